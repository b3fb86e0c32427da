// Corrections through the API (#19): apply one a reviewer sends (refused with 409 when a target
// changed since the reviewer saw it), undo one by id, and a node's history. One write or read
// transaction each, through cypher/run.ts.
import { correctionTargets, newCorrection, parseNodeRef } from "../../cypher/corrections/correction.ts";
import { fingerprint, readSnapshot } from "../../cypher/corrections/snapshot.ts";
import { applyAndSave, correctionsOf, findCorrection, undoAndSave } from "../../cypher/corrections/store.ts";
import { readTransaction, writeTransaction, type Neo4jTarget } from "../../cypher/run.ts";
import {
  CorrectionInput,
  type ChangedTarget,
  type Correction,
  type CorrectionCreated,
  type CorrectionRequest,
  type NodeHistory,
} from "../../contract/corrections.ts";
import { AppError } from "../errors.ts";

/** Applies and stores a correction; 409 with what changed when `expected` is stale, 404 for a missing target. */
export async function submitCorrection(
  db: Neo4jTarget,
  request: CorrectionRequest,
  reviewer: string,
): Promise<CorrectionCreated> {
  const { expected, ...input } = request;
  const correction = newCorrection(CorrectionInput.parse(input), reviewer);
  return writeTransaction(db, async (tx) => {
    const changed: ChangedTarget[] = [];
    for (const [target, shown] of Object.entries(expected ?? {})) {
      const ref = parseNodeRef(target);
      if (!ref || !correctionTargets(correction).includes(target))
        throw new AppError(400, "bad_request", `expected: "${target}" is not a target of this correction`);
      const snapshot = await readSnapshot(tx, ref);
      const now = fingerprint(snapshot);
      if (now !== shown)
        changed.push({
          target,
          expected: shown,
          actual: now,
          current: snapshot ? snapshot.props : null,
          corrections: (await correctionsOf(tx, target)).slice(0, 5).map((s) => s.correction),
        });
    }
    if (changed.length)
      throw new AppError(
        409,
        "conflict",
        `${changed.map((c) => c.target).join(", ")} changed since it was shown; look again before correcting`,
        { changed },
      );
    const outcome = await applyAndSave(tx, correction);
    if (outcome.missing.length)
      throw new AppError(
        404,
        "not_found",
        `No node with id ${outcome.missing.map((m) => `"${m}"`).join(", ")}`,
      );
    const fingerprints: Record<string, string> = {};
    for (const target of correctionTargets(correction))
      fingerprints[target] = fingerprint(await readSnapshot(tx, parseNodeRef(target)!));
    return { correction, fingerprints };
  });
}

/** Reverts a stored correction (it stays in the history, marked undone); 404 unknown, 409 undone already. */
export async function undoStoredCorrection(
  db: Neo4jTarget,
  id: string,
  reviewer: string,
): Promise<Correction> {
  return writeTransaction(db, async (tx) => {
    const stored = await findCorrection(tx, id);
    if (!stored) throw new AppError(404, "not_found", `No correction with id "${id}"`);
    if (stored.correction.undone)
      throw new AppError(
        409,
        "conflict",
        `Correction "${id}" was undone already by ${stored.correction.undoneBy}`,
        {
          correction: stored.correction,
        },
      );
    return undoAndSave(tx, stored, reviewer);
  });
}

/** Who corrected a node, when and why (newest first), and its fingerprint now. */
export async function nodeHistory(db: Neo4jTarget, id: string): Promise<NodeHistory> {
  const ref = parseNodeRef(id);
  if (!ref)
    throw new AppError(
      400,
      "bad_request",
      `id: "${id}" is not an actor, meeting or incident id like "actor:lukashenko"`,
    );
  return readTransaction(db, async (tx) => {
    const snapshot = await readSnapshot(tx, ref);
    const history = (await correctionsOf(tx, id)).map((s) => s.correction);
    if (!snapshot && !history.length)
      throw new AppError(404, "not_found", `No node or correction for "${id}"`);
    return { id, present: Boolean(snapshot), fingerprint: fingerprint(snapshot), history };
  });
}
