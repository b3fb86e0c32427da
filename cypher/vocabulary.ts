// The only list of labels and relationship types. Any label or type that comes from a request is
// checked against these lists before it reaches Cypher; no other text is ever spliced into a query.

export const NODE_LABELS = ["Actor", "Meeting", "Incident", "Place", "Article", "Report"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

// App data kept beside the news graph; never part of /api/graph results. A Correction is an analyst's
// fix to the graph (#19), re-applied after every load.
export const APP_LABELS = ["SavedView", "SavedQuery", "Correction"] as const;
export type AppLabel = (typeof APP_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  "PARTICIPATED_IN",
  "INVOLVED_IN",
  "OCCURRED_AT",
  "REPORTED_IN",
  "CODED_IN",
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const ACTOR_KINDS = ["person", "organization", "state", "group"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const MEETING_KINDS = ["phone_call", "talks", "visit", "summit", "other"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

// CAMEO codes for meetings (GDELT/ICEWS vocabulary), by our meeting kinds.
export const MEETING_CAMEO: Record<MeetingKind, string> = {
  phone_call: "041",
  visit: "042",
  talks: "040",
  summit: "044",
  other: "040",
};

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}
