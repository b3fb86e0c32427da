// Writes mapped event rows into Neo4j, a batch per transaction: actors, Reports, places, then the
// meetings and incidents, each linked (fact)-[:CODED_IN]->(:Report). Every write is a MERGE on a
// stable id and every list a set union, so importing a file twice changes nothing; the aggregate
// fields (cameo, kind, sourceCount) are recomputed from what the graph holds after each write, so
// rows of one event read in different batches or files still end as one fact.
import type { Driver } from "neo4j-driver";
import { writeTransaction } from "../../cypher/run.ts";
import type { EventActor } from "./actors.ts";
import { cameoTable } from "./cameo.ts";
import type { CodedFact, CodedReport, MappedRow } from "./map.ts";

const UNION = (list: string, add: string) =>
  `reduce(s = coalesce(${list}, []), x IN ${add} | CASE WHEN x IN s THEN s ELSE s + x END)`;

// Actors may already exist (from articles, or an earlier import): their name and kind are the
// article side's; the event data adds country and sectors.
const ACTORS = `
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = [], a.aliasText = ''
SET a.country = coalesce(a.country, row.country), a.sectors = ${UNION("a.sectors", "row.sectors")}`;

const REPORTS = `
UNWIND $rows AS row
MERGE (r:Report {id: row.id})
SET r.dataset = row.dataset, r.date = date(row.date), r.storyId = row.storyId, r.sentence = row.sentence,
    r.publisher = row.publisher, r.url = row.url, r.eventIds = ${UNION("r.eventIds", "row.eventIds")}`;

// Coordinates: the first a row gave are kept (rows of one place name agree to the geocoder's precision),
// so re-importing or importing a file without them changes nothing.
const PLACES = `
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
ON CREATE SET p.name = row.name
SET p.lat = coalesce(p.lat, row.lat), p.lon = coalesce(p.lon, row.lon)`;

// Corroboration: distinct publishers (else stories) of the Reports that coded the fact, with the
// outlets of any article that reports it too.
const SOURCE_COUNT = (v: string) => `
CALL (${v}) {
  OPTIONAL MATCH (${v})-[:CODED_IN]->(r:Report)
  WITH collect(DISTINCT coalesce(r.publisher, r.storyId, r.url)) AS coded, count(DISTINCT r) AS reports
  OPTIONAL MATCH (${v})-[:REPORTED_IN]->(a:Article)
  WITH coded, reports, collect(DISTINCT coalesce(a.source, a.id)) AS reported
  RETURN size(${UNION("coded", "reported")}) AS sourceCount, reports
}
SET ${v}.sourceCount = sourceCount, ${v}.reportCount = reports`;

// The fact's CAMEO code is the first of every code its rows carried in $order (the meeting kinds'
// precedence, then specific codes before "not specified below" ones); its kind follows from it.
const FACT = (label: "Meeting" | "Incident", v: string, labelTail: string, link: string) => `
UNWIND $rows AS row
MERGE (${v}:${label} {id: row.id})
ON CREATE SET ${v}.date = date(row.date), ${v}.dataset = row.dataset, ${v}.place = row.place,
              ${v}.description = row.description
SET ${v}.codes = ${UNION(`${v}.codes`, "row.codes")}
WITH ${v}, row, [c IN $order WHERE c IN ${v}.codes] + ${v}.codes AS ranked
SET ${v}.cameo = ranked[0], ${v}.kind = coalesce($kinds[ranked[0]], row.kind)
SET ${v}.label = replace(${v}.kind, '_', ' ') + ${labelTail}
WITH ${v}, row
CALL (${v}, row) {
  UNWIND row.actors AS x
  MATCH (a:Actor {id: x.id})
  ${link}
}
CALL (${v}, row) {
  UNWIND row.reports AS reportId
  MATCH (r:Report {id: reportId})
  MERGE (${v})-[:CODED_IN]->(r)
}
CALL (${v}, row) {
  UNWIND CASE WHEN row.placeId IS NULL THEN [] ELSE [row.placeId] END AS placeId
  MATCH (p:Place {id: placeId})
  MERGE (${v})-[:OCCURRED_AT]->(p)
}
${SOURCE_COUNT(v)}`;

// Labels as the article loader writes them: "talks: A – B", "arrest at Minsk, Belarus".
const MEETINGS = FACT("Meeting", "m", "': ' + row.names", "MERGE (a)-[:PARTICIPATED_IN]->(m)");
const INCIDENTS = FACT(
  "Incident",
  "i",
  "CASE WHEN row.place IS NULL THEN ': ' + row.names ELSE ' at ' + row.place END",
  "MERGE (a)-[r:INVOLVED_IN]->(i) ON CREATE SET r.role = x.role",
);

const MEETING_PRIORITY = ["phone_call", "visit", "summit", "talks", "other"];

/** Codes by precedence: meeting kinds as the extractor ranks them, then specific codes first. */
export function codeOrder(): { order: string[]; kinds: Record<string, string> } {
  const entries = [...cameoTable().values()];
  const rank = (e: (typeof entries)[number]) =>
    e.type === "meeting"
      ? MEETING_PRIORITY.indexOf(e.kind)
      : 10 + (e.code.length === 3 && e.code.endsWith("0") ? 1 : 0);
  entries.sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code));
  return {
    order: entries.map((e) => e.code),
    kinds: Object.fromEntries(entries.map((e) => [e.code, e.kind])),
  };
}

export interface WriteCounts {
  actors: number;
  reports: number;
  places: number;
  meetings: number;
  incidents: number;
}

interface FactRow {
  type: CodedFact["type"];
  id: string;
  date: string;
  dataset: string;
  kind: string;
  place: string | null;
  placeId: string | null;
  description: string | null;
  names: string;
  codes: string[];
  actors: CodedFact["actors"];
  reports: string[];
}

/** Groups a batch's rows by actor, report, place and fact, as the statements take them. */
export function batchParams(rows: MappedRow[]) {
  const actors = new Map<string, EventActor>();
  const reports = new Map<string, CodedReport & { eventIds: string[] }>();
  // Meetings too (#20 map): a coded meeting has a place, and the map finds it through OCCURRED_AT.
  const places = new Map<string, { id: string; name: string; lat: number | null; lon: number | null }>();
  const facts = new Map<string, FactRow>();
  for (const { fact, actors: as, report } of rows) {
    for (const a of as) {
      const seen = actors.get(a.id);
      if (!seen) actors.set(a.id, { ...a, sectors: [...a.sectors] });
      else {
        seen.country ??= a.country;
        for (const s of a.sectors) if (!seen.sectors.includes(s)) seen.sectors.push(s);
      }
    }
    const r = reports.get(report.id);
    if (!r) reports.set(report.id, { ...report, eventIds: [report.eventId] });
    else if (!r.eventIds.includes(report.eventId)) r.eventIds.push(report.eventId);
    if (fact.placeId && fact.place) {
      const seen = places.get(fact.placeId);
      if (!seen)
        places.set(fact.placeId, {
          id: fact.placeId,
          name: fact.place,
          lat: fact.lat ?? null,
          lon: fact.lon ?? null,
        });
      else if (seen.lat === null && fact.lat !== undefined && fact.lon !== undefined) {
        seen.lat = fact.lat;
        seen.lon = fact.lon;
      }
    }
    const f = facts.get(fact.id);
    if (!f) {
      const names = [...as]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((a) => a.name)
        .join(" – ");
      facts.set(fact.id, {
        type: fact.type,
        id: fact.id,
        date: fact.date,
        dataset: fact.dataset,
        kind: fact.kind,
        place: fact.place ?? null,
        placeId: fact.placeId ?? null,
        description: fact.description ?? null,
        names,
        codes: [fact.code],
        actors: fact.actors,
        reports: [report.id],
      });
    } else {
      if (!f.codes.includes(fact.code)) f.codes.push(fact.code);
      if (!f.reports.includes(report.id)) f.reports.push(report.id);
      for (const x of fact.actors) if (!f.actors.some((y) => y.id === x.id)) f.actors.push(x);
    }
  }
  const isMeeting = (f: FactRow) => f.type === "meeting";
  return {
    actors: [...actors.values()].map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      country: a.country ?? null,
      sectors: a.sectors,
    })),
    reports: [...reports.values()].map((r) => ({
      id: r.id,
      dataset: r.dataset,
      date: r.date,
      storyId: r.storyId ?? null,
      sentence: r.sentence ?? null,
      publisher: r.publisher ?? null,
      url: r.url ?? null,
      eventIds: r.eventIds,
    })),
    places: [...places.values()],
    meetings: [...facts.values()].filter(isMeeting),
    incidents: [...facts.values()].filter((f) => !isMeeting(f)),
  };
}

/** One batch in one transaction; returns the nodes it created, by kind. */
export async function writeEventBatch(
  driver: Driver,
  database: string,
  rows: MappedRow[],
): Promise<WriteCounts> {
  const params = batchParams(rows);
  const { order, kinds } = codeOrder();
  return writeTransaction({ driver, database }, async (tx) => {
    const created = async (query: string, list: object[]) => {
      if (!list.length) return 0;
      const counters = await tx.exec(query, { rows: list, order, kinds });
      // Each statement creates nodes of one label only.
      return counters.updates().nodesCreated;
    };
    return {
      actors: await created(ACTORS, params.actors),
      reports: await created(REPORTS, params.reports),
      places: await created(PLACES, params.places),
      meetings: await created(MEETINGS, params.meetings),
      incidents: await created(INCIDENTS, params.incidents),
    };
  });
}
