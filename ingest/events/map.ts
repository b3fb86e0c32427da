// Maps one coded event row to whomet facts: a meeting (CAMEO 04x) or an incident (15x–20x) with its
// actors and the Report that coded it. Rows of the same event (same day, same unordered pair of
// actors, same CAMEO root, same place) map to one fact id, so they aggregate into one node.
import { placeId } from "../load.ts";
import { resolveEventActor, type EventActor, type KnownIndex } from "./actors.ts";
import { cameoEntry, cameoRoot, cameoTable, codeSelected, type CameoEntry } from "./cameo.ts";
import { reportId } from "./report-id.ts";
import type { EventDataset, EventRow } from "./rows.ts";

export interface CodedReport {
  /** From what the report is: dataset + story id + sentence, or dataset + the URL's hash. */
  id: string;
  dataset: EventDataset;
  date: string;
  storyId?: string;
  sentence?: number;
  publisher?: string;
  url?: string;
  eventId: string;
}

export interface CodedFact {
  type: "meeting" | "incident";
  /** date + sorted actor ids + CAMEO root + place: the same for every row of one event. */
  id: string;
  dataset: EventDataset;
  date: string;
  code: string;
  kind: string;
  place?: string;
  placeId?: string;
  /** The place's coordinates, when the row gave them. */
  lat?: number;
  lon?: number;
  description?: string;
  actors: { id: string; role: "source" | "target" }[];
}

export interface MappedRow {
  fact: CodedFact;
  actors: EventActor[];
  report: CodedReport;
}

/** Why a readable row was not imported. */
export type PassReason = "not a meeting or incident code" | "not in --codes" | "meeting without two actors";

export interface MapOptions {
  /** `--codes 04,19`: CAMEO prefixes to import; empty means all meeting and incident codes. */
  codes?: readonly string[];
  index?: KnownIndex;
  table?: Map<string, CameoEntry>;
}

const MAPPED_ROOTS = ["04", "15", "16", "17", "18", "19", "20"];

export function factId(
  type: "meeting" | "incident",
  date: string,
  actorIds: string[],
  code: string,
  place: string | undefined,
): string {
  const ids = [...new Set(actorIds)].sort().join("--");
  return `${type}-coded-${date}-${ids}-${cameoRoot(code)}-${place ? placeId(place) : "unplaced"}`;
}

export function mapEventRow(row: EventRow, options: MapOptions = {}): MappedRow | PassReason {
  const entry = MAPPED_ROOTS.includes(cameoRoot(row.code))
    ? cameoEntry(row.code, options.table ?? cameoTable())
    : undefined;
  if (!entry) return "not a meeting or incident code";
  if (!codeSelected(row.code, options.codes ?? [])) return "not in --codes";
  const source = resolveEventActor(row.source, options.index);
  const target = row.target ? resolveEventActor(row.target, options.index) : undefined;
  const distinct = target && target.id !== source.id ? [source, target] : [source];
  if (entry.type === "meeting" && distinct.length < 2) return "meeting without two actors";
  const roles: CodedFact["actors"] = distinct.map((a, i) => ({
    id: a.id,
    role: i === 0 ? "source" : "target",
  }));
  const fact: CodedFact = {
    type: entry.type,
    id: factId(
      entry.type,
      row.date,
      distinct.map((a) => a.id),
      row.code,
      row.place,
    ),
    dataset: row.dataset,
    date: row.date,
    code: row.code,
    kind: entry.kind,
    actors: roles,
  };
  if (row.place) {
    fact.place = row.place;
    fact.placeId = placeId(row.place);
    if (row.lat !== undefined && row.lon !== undefined) {
      fact.lat = row.lat;
      fact.lon = row.lon;
    }
  }
  if (entry.type === "incident") fact.description = row.eventText ?? entry.name;
  const report: CodedReport = {
    id: reportId(row),
    dataset: row.dataset,
    date: row.date,
    eventId: row.eventId,
  };
  if (row.storyId) report.storyId = row.storyId;
  if (row.sentence !== undefined) report.sentence = row.sentence;
  if (row.publisher) report.publisher = row.publisher;
  if (row.url) report.url = row.url;
  return { fact, actors: distinct, report };
}
