// What an analyst's correction is (#19): its kinds, the nodes it touches, and the record kept in
// Neo4j as a (:Correction) node. Shared by the loader (which re-applies them after every load) and
// the API (which applies them when a reviewer sends one), so both read one definition.
import { createHash } from "node:crypto";
import { z } from "zod";

/** The labels a correction may target, by the node id's prefix ("actor:lukashenko"). */
export const TARGET_LABELS = { actor: "Actor", meeting: "Meeting", incident: "Incident" } as const;
export type TargetLabel = (typeof TARGET_LABELS)[keyof typeof TARGET_LABELS];

export interface NodeRef {
  label: TargetLabel;
  key: string;
}

export function parseNodeRef(id: string): NodeRef | undefined {
  const match = /^(actor|meeting|incident):(\S+)$/.exec(id);
  if (!match) return undefined;
  return { label: TARGET_LABELS[match[1] as keyof typeof TARGET_LABELS], key: match[2]! };
}

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

/** The node ids a correction touches, the one that stays first. */
export function correctionTargets(c: CorrectionInput): string[] {
  return c.kind === "merge-actors" ? [c.keep, c.drop] : [c.target];
}

/** Ids come from what a correction is: its content, who made it and when. */
export function correctionId(c: CorrectionInput, reviewer: string, at: string): string {
  const { kind, reason: _reason, ...rest } = c;
  const content = JSON.stringify([kind, rest, reviewer, at]);
  return `corr-${createHash("sha256").update(content).digest("hex").slice(0, 16)}`;
}

export function newCorrection(input: CorrectionInput, reviewer: string, at = new Date()): Correction {
  const when = at.toISOString();
  return { ...input, id: correctionId(input, reviewer, when), reviewer, at: when, undone: false };
}
