// What an analyst's correction is (#19): its kinds, the nodes it touches, and the record kept in
// Neo4j as a (:Correction) node. Shared by the loader (which re-applies them after every load) and
// the API (which applies them when a reviewer sends one), so both read one definition.
import { createHash } from "node:crypto";
import type { Correction, CorrectionInput } from "../../contract/corrections.ts";

// The schemas live in the contract (the API validates with them); re-exported for the loader and tools.
export {
  CorrectionInput,
  CorrectionRecord,
  CorrectionRequest,
  type Correction,
} from "../../contract/corrections.ts";

/** The labels a correction may target, by the node id's prefix ("actor:lukashenko"). */
export const TARGET_LABELS = {
  actor: "Actor",
  meeting: "Meeting",
  incident: "Incident",
  place: "Place",
} as const;
export type TargetLabel = (typeof TARGET_LABELS)[keyof typeof TARGET_LABELS];

export interface NodeRef {
  label: TargetLabel;
  key: string;
}

export function parseNodeRef(id: string): NodeRef | undefined {
  const match = /^(actor|meeting|incident|place):(\S+)$/.exec(id);
  if (!match) return undefined;
  return { label: TARGET_LABELS[match[1] as keyof typeof TARGET_LABELS], key: match[2]! };
}

/** The node ids a correction touches (its history lists it under each), the one that stays first. */
export function correctionTargets(c: CorrectionInput): string[] {
  if ("keep" in c) return [c.keep, c.drop];
  if (c.kind === "split-actor") return [c.target, c.into, ...c.facts];
  if (c.kind === "edit-fact")
    return [...new Set([c.target, ...(c.participants ?? []), ...(c.place ? [c.place] : [])])];
  return [c.target];
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
