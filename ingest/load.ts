// Writes an Extraction into Neo4j: batched, parameterized UNWIND … MERGE on stable ids, one bounded
// transaction per batch. Running it twice changes nothing; a run killed midway and run again
// converges, because every statement is a MERGE on a key and the derived counts are recomputed.
import type { Driver } from "neo4j-driver";
import { writeTx } from "../cypher/neo4j.ts";
import { MEETING_CAMEO } from "../cypher/vocabulary.ts";
import type { Extraction } from "./facts.ts";

export interface LoadCounts {
  created: number;
  unchanged: number;
}

export interface LoadSummary {
  articles: LoadCounts;
  actors: LoadCounts;
  meetings: LoadCounts;
  incidents: LoadCounts;
  places: LoadCounts;
  relationshipsCreated: number;
}

export interface LoadOptions {
  database: string;
  batchSize?: number;
  /** Called after each batch with the rows written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

// Corroboration: distinct outlets (or articles without an outlet) that report an event, recomputed
// from all its REPORTED_IN links whenever the event is written, so a later run adds to it.
const SET_SOURCE_COUNT = (v: string) => `
CALL (${v}) {
  MATCH (${v})-[:REPORTED_IN]->(a:Article)
  RETURN count(DISTINCT coalesce(a.source, a.id)) AS sourceCount
}
SET ${v}.sourceCount = sourceCount`;

const UPSERT_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.date = date(row.date), a.source = row.source, a.title = row.title, a.url = row.url, a.file = row.file`;

const UPSERT_ACTORS = `
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.kind = row.kind, a.aliases = row.aliases, a.aliasText = row.aliasText,
    a.title = row.title`;

const UPSERT_MEETINGS = `
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m.date = date(row.date), m.kind = row.kind, m.cameo = row.cameo, m.label = row.label
WITH m, row
CALL (m, row) {
  UNWIND row.participants AS actorId
  MATCH (a:Actor {id: actorId})
  MERGE (a)-[:PARTICIPATED_IN]->(m)
}
CALL (m, row) {
  UNWIND row.sources AS src
  MATCH (art:Article {id: src.article})
  MERGE (m)-[r:REPORTED_IN]->(art)
  SET r.quote = src.quote, r.start = src.start, r.end = src.end
}
${SET_SOURCE_COUNT("m")}`;

// Places first, so each statement creates nodes of one label and its counter says how many.
const UPSERT_PLACES = `
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
ON CREATE SET p.name = row.name`;

const UPSERT_INCIDENTS = `
UNWIND $rows AS row
MERGE (i:Incident {id: row.id})
SET i.date = date(row.date), i.kind = row.kind, i.cameo = row.cameo, i.description = row.description,
    i.label = row.label
WITH i, row
MATCH (p:Place {id: row.placeId})
MERGE (i)-[:OCCURRED_AT]->(p)
WITH i, row
CALL (i, row) {
  UNWIND row.actors AS actorId
  MATCH (a:Actor {id: actorId})
  MERGE (a)-[r:INVOLVED_IN]->(i)
  SET r.role = 'participant'
}
CALL (i, row) {
  UNWIND row.sources AS src
  MATCH (art:Article {id: src.article})
  MERGE (i)-[r:REPORTED_IN]->(art)
  SET r.quote = src.quote, r.start = src.start, r.end = src.end
}
${SET_SOURCE_COUNT("i")}`;

export function placeId(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export type LoadStepKey = keyof Omit<LoadSummary, "relationshipsCreated">;

/** The rows each step writes, in order; the ingest bench writes the same rows for its baseline. */
export function loadSteps(extraction: Extraction): { key: LoadStepKey; query: string; rows: object[] }[] {
  const actorNames = new Map(extraction.actors.map((a) => [a.id, a.name]));
  const names = (ids: string[]) => ids.map((id) => actorNames.get(id) ?? id).join(" – ");
  return [
    {
      key: "articles",
      query: UPSERT_ARTICLES,
      rows: extraction.articles.map((a) => ({
        id: a.id,
        date: a.date,
        source: a.source ?? null,
        title: a.title ?? null,
        url: a.url ?? null,
        file: a.file ?? null,
      })),
    },
    {
      key: "actors",
      query: UPSERT_ACTORS,
      rows: extraction.actors.map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        aliases: a.aliases ?? [],
        aliasText: (a.aliases ?? []).join(" | "),
        title: a.title ?? null,
      })),
    },
    {
      key: "places",
      query: UPSERT_PLACES,
      rows: [...new Map(extraction.incidents.map((i) => [placeId(i.place), i.place])).entries()].map(
        ([id, name]) => ({ id, name }),
      ),
    },
    {
      key: "meetings",
      query: UPSERT_MEETINGS,
      rows: extraction.meetings.map((m) => ({
        id: m.id,
        date: m.date,
        kind: m.kind,
        participants: m.participants,
        sources: m.sources,
        cameo: m.cameo ?? MEETING_CAMEO[m.kind],
        label: `${m.kind.replace("_", " ")}: ${names(m.participants)}`,
      })),
    },
    {
      key: "incidents",
      query: UPSERT_INCIDENTS,
      rows: extraction.incidents.map((i) => ({
        id: i.id,
        date: i.date,
        kind: i.kind,
        actors: i.actors,
        sources: i.sources,
        cameo: i.cameo ?? null,
        description: i.description ?? null,
        placeId: placeId(i.place),
        label: `${i.kind.replaceAll("_", " ")} at ${i.place}`,
      })),
    },
  ];
}

export async function loadExtraction(
  driver: Driver,
  extraction: Extraction,
  options: LoadOptions,
): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? 1000;
  const steps = loadSteps(extraction);
  const total = steps.reduce((n, s) => n + s.rows.length, 0);
  const summary: LoadSummary = {
    articles: { created: 0, unchanged: 0 },
    actors: { created: 0, unchanged: 0 },
    meetings: { created: 0, unchanged: 0 },
    incidents: { created: 0, unchanged: 0 },
    places: { created: 0, unchanged: 0 },
    relationshipsCreated: 0,
  };
  let done = 0;
  for (const step of steps) {
    for (const batch of chunks(step.rows, batchSize)) {
      // Each statement creates nodes of one label only, so nodesCreated counts new rows exactly.
      const counters = await writeTx(driver, options.database, async (tx) =>
        (await tx.run(step.query, { rows: batch })).summary.counters.updates(),
      );
      summary[step.key].created += counters.nodesCreated;
      summary[step.key].unchanged += batch.length - counters.nodesCreated;
      summary.relationshipsCreated += counters.relationshipsCreated;
      done += batch.length;
      options.onProgress?.(done, total);
    }
  }
  return summary;
}
