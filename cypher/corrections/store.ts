// Corrections as (:Correction) nodes: saved with what they changed, listed per node for the history,
// re-applied in the order they were made after every load, undone by id. The graph a load leaves is
// the extraction with every live correction applied on top, whatever was there before.
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { readTransaction, writeTransaction, type Tx } from "../run.ts";
import { applyCorrection, undoCorrection, type Applied, type ApplyResult } from "./apply.ts";
import { correctionTargets, CorrectionRecord, type Correction } from "./correction.ts";

export interface StoredCorrection {
  correction: Correction;
  applied?: Applied;
}

const CorrectionRow = z.object({
  payload: z.string(),
  undone: z.boolean().nullable(),
  undoneBy: z.string().nullable(),
  undoneAt: z.string().nullable(),
  applied: z.string().nullable(),
});
type CorrectionRow = z.infer<typeof CorrectionRow>;

const RETURN_ROW = `RETURN c.payload AS payload, c.undone AS undone, c.undoneBy AS undoneBy,
  c.undoneAt AS undoneAt, c.applied AS applied`;

function fromRow(row: CorrectionRow): StoredCorrection {
  const correction = CorrectionRecord.parse({
    ...JSON.parse(row.payload),
    undone: row.undone ?? false,
    ...(row.undoneBy ? { undoneBy: row.undoneBy } : {}),
    ...(row.undoneAt ? { undoneAt: row.undoneAt } : {}),
  });
  return { correction, ...(row.applied ? { applied: JSON.parse(row.applied) as Applied } : {}) };
}

function rows(tx: Tx, query: string, params: Record<string, unknown>): Promise<StoredCorrection[]> {
  return tx.rows(query, params, (row) => fromRow(row.object(CorrectionRow)));
}

/** Writes a correction (new, or imported again: the same id is the same correction) with its state. */
export async function saveCorrection(
  tx: Tx,
  correction: Correction,
  applied: Applied | undefined,
): Promise<void> {
  const { undone, undoneBy, undoneAt, ...payload } = correction;
  await tx.exec(
    `MERGE (c:Correction {id: $id})
     SET c.kind = $kind, c.targets = $targets, c.reviewer = $reviewer, c.at = $at, c.reason = $reason,
         c.payload = $payload, c.undone = $undone, c.undoneBy = $undoneBy, c.undoneAt = $undoneAt,
         c.applied = coalesce($applied, c.applied)`,
    {
      id: correction.id,
      kind: correction.kind,
      targets: correctionTargets(correction),
      reviewer: correction.reviewer,
      at: correction.at,
      reason: correction.reason ?? null,
      payload: JSON.stringify(payload),
      undone,
      undoneBy: undoneBy ?? null,
      undoneAt: undoneAt ?? null,
      applied: applied ? JSON.stringify(applied) : null,
    },
  );
}

export async function findCorrection(tx: Tx, id: string): Promise<StoredCorrection | undefined> {
  return (await rows(tx, `MATCH (c:Correction {id: $id}) ${RETURN_ROW}`, { id }))[0];
}

/** Every correction touching a node, newest first (undone ones included: they are its history). */
export async function correctionsOf(tx: Tx, nodeId: string): Promise<StoredCorrection[]> {
  return rows(
    tx,
    `MATCH (c:Correction) WHERE $nodeId IN c.targets
     WITH c ORDER BY c.at DESC, c.id DESC LIMIT 500 ${RETURN_ROW}`,
    { nodeId },
  );
}

/** Every correction, oldest first: the order they are applied in. */
export async function allCorrections(driver: Driver, database: string): Promise<StoredCorrection[]> {
  return readTransaction({ driver, database }, (tx) =>
    rows(tx, `MATCH (c:Correction) WITH c ORDER BY c.at, c.id ${RETURN_ROW}`, {}),
  );
}

export interface ReapplySummary {
  applied: number;
  /** Live corrections whose targets are not in the graph. */
  missing: { id: string; kind: string; targets: string[] }[];
}

/**
 * Runs every live correction again, oldest first, one transaction each, over the graph a load has
 * just written; each stores what it changed this time, for undo.
 */
export async function reapplyCorrections(driver: Driver, database: string): Promise<ReapplySummary> {
  const summary: ReapplySummary = { applied: 0, missing: [] };
  const live = (await allCorrections(driver, database)).filter((s) => !s.correction.undone);
  for (const { correction } of live) {
    const result = await writeTransaction({ driver, database }, async (tx) => {
      const prior = (await findCorrection(tx, correction.id))?.applied;
      const outcome = await applyCorrection(tx, correction, prior);
      if (outcome.applied) await saveCorrection(tx, correction, outcome.applied);
      return outcome;
    });
    if (result.missing.length)
      summary.missing.push({ id: correction.id, kind: correction.kind, targets: result.missing });
    else summary.applied++;
  }
  return summary;
}

/** Stores corrections read from a curated file (their ids keep them from being added twice). */
export async function importCorrections(
  driver: Driver,
  database: string,
  corrections: Correction[],
): Promise<void> {
  if (!corrections.length) return;
  await writeTransaction({ driver, database }, async (tx) => {
    for (const c of corrections) await saveCorrection(tx, c, undefined);
  });
}

/** Applies a new correction and stores it; nothing is stored when a target is missing. */
export async function applyAndSave(tx: Tx, correction: Correction): Promise<ApplyResult> {
  const outcome = await applyCorrection(tx, correction);
  if (!outcome.missing.length) await saveCorrection(tx, correction, outcome.applied);
  return outcome;
}

/** Puts back what a stored correction changed and marks it undone (it stays in the history). */
export async function undoAndSave(
  tx: Tx,
  stored: StoredCorrection,
  by: string,
  at = new Date(),
): Promise<Correction> {
  if (stored.applied) await undoCorrection(tx, stored.correction, stored.applied);
  const undone: Correction = { ...stored.correction, undone: true, undoneBy: by, undoneAt: at.toISOString() };
  await saveCorrection(tx, undone, stored.applied);
  return undone;
}
