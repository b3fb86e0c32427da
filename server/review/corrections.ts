// Corrections through the API (#19): apply one a reviewer sends (refused with 409 when a target
// changed since the reviewer saw it), undo one by id, and a node's history. One write or read
// transaction each, through cypher/run.ts.
import { correctionTargets, newCorrection, parseNodeRef } from "../../cypher/corrections/correction.ts";
import { fingerprint, readSnapshot } from "../../cypher/corrections/snapshot.ts";
import { applyAndSave, correctionsOf, findCorrection, undoAndSave } from "../../cypher/corrections/store.ts";
import { linkTarget } from "../../cypher/corrections/apply.ts";
import { readTransaction, writeTransaction, type Neo4jTarget, type Tx } from "../../cypher/run.ts";
import {
  CorrectionInput,
  type ChangedTarget,
  type Correction,
  type CorrectionCreated,
  type CorrectionRequest,
  type NodeHistory,
} from "../../contract/corrections.ts";
import { AppError } from "../errors.ts";

/** Takes each target's write lock (held until the transaction ends) by writing a property and removing it. */
async function lockTargets(tx: Tx, targets: string[]): Promise<void> {
  for (const target of [...targets].sort()) {
    const ref = parseNodeRef(target);
    if (ref)
      await tx.exec(`MATCH (n:${ref.label} {id: $key}) SET n.reviewLock = true REMOVE n.reviewLock`, {
        key: ref.key,
      });
  }
}

/** A split makes a new actor of facts the target has: 409 when the new id is taken or a fact is not the target's. */
async function checkSplit(tx: Tx, c: Extract<Correction, { kind: "split-actor" }>): Promise<void> {
  const into = parseNodeRef(c.into)!;
  if (await readSnapshot(tx, into))
    throw new AppError(409, "conflict", `into: "${c.into}" is in the graph already; pick a new id`);
  const target = await readSnapshot(tx, parseNodeRef(c.target)!);
  if (!target) throw new AppError(404, "not_found", `No node with id "${c.target}"`);
  const facts = new Set(target.links.map(linkTarget));
  const foreign = c.facts.filter((f) => !facts.has(f));
  if (foreign.length)
    throw new AppError(
      409,
      "conflict",
      `facts: ${foreign.map((f) => `"${f}"`).join(", ")} ${foreign.length > 1 ? "are" : "is"} not linked to "${c.target}"`,
    );
  const aliases = Array.isArray(target.props.aliases) ? target.props.aliases.map(String) : [];
  const unknown = c.aliases.filter((a) => !aliases.includes(a));
  if (unknown.length)
    throw new AppError(
      409,
      "conflict",
      `aliases: "${unknown.join('", "')}" not among the aliases of "${c.target}"`,
    );
}

/** Applies and stores a correction; 409 with what changed when `expected` is stale, 404 for a missing target. */
export async function submitCorrection(
  db: Neo4jTarget,
  request: CorrectionRequest,
  reviewer: string,
): Promise<CorrectionCreated> {
  const { expected, ...input } = request;
  const correction = newCorrection(CorrectionInput.parse(input), reviewer);
  return writeTransaction(db, async (tx) => {
    // Two reviewers saving on one target at once: the second waits for the first to commit, then
    // sees the target changed (409), instead of both passing the check on the same old state.
    await lockTargets(tx, correctionTargets(correction));
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
    if (correction.kind === "split-actor") await checkSplit(tx, correction);
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
      `id: "${id}" is not an actor, meeting, incident or place id like "actor:lukashenko"`,
    );
  return readTransaction(db, async (tx) => {
    const snapshot = await readSnapshot(tx, ref);
    const history = (await correctionsOf(tx, id)).map((s) => s.correction);
    if (!snapshot && !history.length)
      throw new AppError(404, "not_found", `No node or correction for "${id}"`);
    return { id, present: Boolean(snapshot), fingerprint: fingerprint(snapshot), history };
  });
}
