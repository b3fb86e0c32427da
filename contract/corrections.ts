// Analysts' corrections of the graph (#19): POST /api/corrections, POST /api/corrections/:id/undo and
// GET /api/nodes/:id/history. The loader reads the same record schema from a curated file.
import { z } from "zod";
import { ACTOR_KINDS } from "../cypher/vocabulary.ts";

const ActorId = z.string().regex(/^actor:\S+$/, 'must be an actor id like "actor:alexander-lukashenko"');
const FactId = z
  .string()
  .regex(/^(meeting|incident):\S+$/, 'must be a meeting or incident id like "meeting:meeting-2021-…"');
const MeetingId = z.string().regex(/^meeting:\S+$/, 'must be a meeting id like "meeting:m-2021-11-15-call"');
const IncidentId = z
  .string()
  .regex(/^incident:\S+$/, 'must be an incident id like "incident:i-2021-11-16-bruzgi"');
const PlaceId = z.string().regex(/^place:\S+$/, 'must be a place id like "place:bruzgi"');
const IsoDate = z.iso.date({ error: "must be a real date written YYYY-MM-DD" });
const Reason = z.string().trim().max(2000).optional();
const Name = z.string().trim().min(1, "must not be empty").max(200);
const Aliases = z.array(Name).max(100);

export const CORRECTION_KINDS = [
  "merge-actors",
  "merge-meetings",
  "merge-incidents",
  "merge-places",
  "split-actor",
  "reject",
  "edit-date",
  "edit-fact",
  "edit-actor",
  "confirm",
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

// One object per kind; `kind` tells them apart, so a bad field is named precisely.
const merge = <K extends string>(kind: K, id: z.ZodString) =>
  z.object({ kind: z.literal(kind), keep: id, drop: id, reason: Reason }).strict();
const MergeActors = merge("merge-actors", ActorId);
const MergeMeetings = merge("merge-meetings", MeetingId);
const MergeIncidents = merge("merge-incidents", IncidentId);
const MergePlaces = merge("merge-places", PlaceId);
/** A wrongly merged actor split in two: the listed facts and aliases go to a new actor `into`. */
const SplitActor = z
  .object({
    kind: z.literal("split-actor"),
    target: ActorId,
    into: ActorId.describe("the new actor's id; must not be in the graph yet"),
    name: Name,
    facts: z.array(FactId).max(500).default([]),
    aliases: Aliases.default([]),
    reason: Reason,
  })
  .strict();
const Reject = z.object({ kind: z.literal("reject"), target: FactId, reason: Reason }).strict();
const EditDate = z
  .object({ kind: z.literal("edit-date"), target: FactId, date: IsoDate, reason: Reason })
  .strict();
/** A fact's kind, CAMEO code, participants or (an incident's) place; at least one of them. */
const EditFact = z
  .object({
    kind: z.literal("edit-fact"),
    target: FactId,
    factKind: z
      .string()
      .regex(/^[a-z][a-z_]{0,39}$/, 'must be a kind in lower case like "phone_call"')
      .optional(),
    cameo: z
      .string()
      .regex(/^\d{2,4}$/, 'must be a CAMEO code of 2 to 4 digits like "041"')
      .optional(),
    participants: z.array(ActorId).min(1).max(50).optional(),
    place: PlaceId.optional(),
    reason: Reason,
  })
  .strict();
/** An actor's name, kind, aliases or title; at least one of them. */
const EditActor = z
  .object({
    kind: z.literal("edit-actor"),
    target: ActorId,
    name: Name.optional(),
    actorKind: z.enum(ACTOR_KINDS).optional(),
    aliases: Aliases.optional(),
    title: z.string().trim().max(200).optional(),
    reason: Reason,
  })
  .strict();
const Confirm = z.object({ kind: z.literal("confirm"), target: FactId, reason: Reason }).strict();

const KINDS = [
  MergeActors,
  MergeMeetings,
  MergeIncidents,
  MergePlaces,
  SplitActor,
  Reject,
  EditDate,
  EditFact,
  EditActor,
  Confirm,
] as const;

type Fields = Record<string, unknown> & { kind: string };

/** Rules across fields, named by the field a reviewer should change. */
const consistent = (c: Fields, ctx: z.RefinementCtx) => {
  if (c.kind.startsWith("merge-") && c.keep === c.drop)
    ctx.addIssue({ code: "custom", path: ["drop"], message: "must differ from keep" });
  if (c.kind === "split-actor") {
    if (c.into === c.target)
      ctx.addIssue({ code: "custom", path: ["into"], message: "must differ from target" });
    if (!(c.facts as unknown[]).length && !(c.aliases as unknown[]).length)
      ctx.addIssue({ code: "custom", path: ["facts"], message: "name at least one fact or alias to move" });
  }
  const edits = {
    "edit-fact": ["factKind", "cameo", "participants", "place"],
    "edit-actor": ["name", "actorKind", "aliases", "title"],
  };
  const fields = edits[c.kind as keyof typeof edits];
  if (fields && !fields.some((f) => c[f] !== undefined))
    ctx.addIssue({ code: "custom", path: [fields[0]!], message: `set at least one of ${fields.join(", ")}` });
  if (c.kind === "edit-fact" && c.place !== undefined && !String(c.target).startsWith("incident:"))
    ctx.addIssue({ code: "custom", path: ["place"], message: "only an incident has a place" });
};

export const CorrectionInput = z.discriminatedUnion("kind", KINDS).superRefine(consistent);
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
    MergeMeetings.extend({ expected: Expected }),
    MergeIncidents.extend({ expected: Expected }),
    MergePlaces.extend({ expected: Expected }),
    SplitActor.extend({ expected: Expected }),
    Reject.extend({ expected: Expected }),
    EditDate.extend({ expected: Expected }),
    EditFact.extend({ expected: Expected }),
    EditActor.extend({ expected: Expected }),
    Confirm.extend({ expected: Expected }),
  ])
  .superRefine(consistent);
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
    MergeMeetings.extend(Meta),
    MergeIncidents.extend(Meta),
    MergePlaces.extend(Meta),
    SplitActor.extend(Meta),
    Reject.extend(Meta),
    EditDate.extend(Meta),
    EditFact.extend(Meta),
    EditActor.extend(Meta),
    Confirm.extend(Meta),
  ])
  .superRefine(consistent);
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
