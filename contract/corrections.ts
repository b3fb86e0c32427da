// Analysts' corrections of the graph (#19): POST /api/corrections, POST /api/corrections/:id/undo and
// GET /api/nodes/:id/history. The loader reads the same record schema from a curated file.
import { z } from "zod";

const ActorId = z.string().regex(/^actor:\S+$/, 'must be an actor id like "actor:alexander-lukashenko"');
const FactId = z
  .string()
  .regex(/^(meeting|incident):\S+$/, 'must be a meeting or incident id like "meeting:meeting-2021-…"');
const IsoDate = z.iso.date({ error: "must be a real date written YYYY-MM-DD" });
const Reason = z.string().trim().max(2000).optional();

export const CORRECTION_KINDS = ["merge-actors", "reject", "edit-date", "confirm"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

// One object per kind; `kind` tells them apart, so a bad field is named precisely.
const MergeActors = z
  .object({ kind: z.literal("merge-actors"), keep: ActorId, drop: ActorId, reason: Reason })
  .strict();
const Reject = z.object({ kind: z.literal("reject"), target: FactId, reason: Reason }).strict();
const EditDate = z
  .object({ kind: z.literal("edit-date"), target: FactId, date: IsoDate, reason: Reason })
  .strict();
const Confirm = z.object({ kind: z.literal("confirm"), target: FactId, reason: Reason }).strict();

const distinctMerge = (c: { kind: string; keep?: string; drop?: string }, ctx: z.RefinementCtx) => {
  if (c.kind === "merge-actors" && c.keep === c.drop)
    ctx.addIssue({ code: "custom", path: ["drop"], message: "must differ from keep" });
};

export const CorrectionInput = z
  .discriminatedUnion("kind", [MergeActors, Reject, EditDate, Confirm])
  .superRefine(distinctMerge);
export type CorrectionInput = z.infer<typeof CorrectionInput>;

/** Each target's fingerprint as the reviewer saw it; a target changed since answers 409. */
const Expected = z
  .record(z.string(), z.string())
  .optional()
  .describe(
    "Each target's fingerprint as shown (from /api/review or the node's history); a change answers 409",
  );

/** A correction as a reviewer sends it: its kind's fields plus `expected`. */
export const CorrectionRequest = z
  .discriminatedUnion("kind", [
    MergeActors.extend({ expected: Expected }),
    Reject.extend({ expected: Expected }),
    EditDate.extend({ expected: Expected }),
    Confirm.extend({ expected: Expected }),
  ])
  .superRefine(distinctMerge);
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;

/** Who made it and when; `undone` once reverted (kept, so the history shows it). */
const Meta = {
  id: z.string().regex(/^corr-[0-9a-f]{16}$/, 'must be a correction id like "corr-0123456789abcdef"'),
  reviewer: z.string().min(1),
  at: z.iso.datetime({ error: "must be an ISO date-time such as 2026-12-03T15:00:00.000Z" }),
  undone: z.boolean().default(false),
  undoneBy: z.string().optional(),
  undoneAt: z.iso.datetime().optional(),
};

/** A correction as stored and as exported to the curated file. */
export const CorrectionRecord = z
  .discriminatedUnion("kind", [
    MergeActors.extend(Meta),
    Reject.extend(Meta),
    EditDate.extend(Meta),
    Confirm.extend(Meta),
  ])
  .superRefine(distinctMerge);
export type Correction = z.infer<typeof CorrectionRecord>;

export const CorrectionIdParams = z.object({
  id: z.string().regex(/^corr-[0-9a-f]{16}$/, "must be a correction id"),
});

export const NodeHistoryParams = z.object({ id: z.string().meta({ example: "actor:alexander-lukashenko" }) });

/** POST /api/corrections/:id/undo answers the correction, marked undone. */
export const CorrectionAnswer = z.object({ correction: CorrectionRecord });
export type CorrectionAnswer = z.infer<typeof CorrectionAnswer>;

/** POST /api/corrections answers the correction and each target's fingerprint after it. */
export const CorrectionCreated = CorrectionAnswer.extend({ fingerprints: z.record(z.string(), z.string()) });
export type CorrectionCreated = z.infer<typeof CorrectionCreated>;

/** A target changed since it was shown (409 details.changed). */
export const ChangedTarget = z.object({
  target: z.string(),
  expected: z.string(),
  actual: z.string(),
  current: z.record(z.string(), z.unknown()).nullable(),
  corrections: z.array(CorrectionRecord),
});
export type ChangedTarget = z.infer<typeof ChangedTarget>;

export const NodeHistory = z.object({
  id: z.string(),
  present: z.boolean(),
  fingerprint: z.string(),
  history: z.array(CorrectionRecord),
});
export type NodeHistory = z.infer<typeof NodeHistory>;
