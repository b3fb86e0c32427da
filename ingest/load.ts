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
  places: { created: number };
  relationshipsCreated: number;
}

export interface LoadOptions {
  database: string;
  batchSize?: number;
  /** Called after each batch with the rows written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

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
}`;

const UPSERT_INCIDENTS = `
UNWIND $rows AS row
MERGE (i:Incident {id: row.id})
SET i.date = date(row.date), i.kind = row.kind, i.cameo = row.cameo, i.description = row.description,
    i.label = row.label
MERGE (p:Place {id: row.placeId})
ON CREATE SET p.name = row.place
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
}`;

// Corroboration: distinct outlets (or articles without an outlet) that report an event.
const UPDATE_SOURCE_COUNTS = `
UNWIND $ids AS id
MATCH (e {id: id}) WHERE e:Meeting OR e:Incident
CALL (e) {
  MATCH (e)-[:REPORTED_IN]->(a:Article)
  RETURN count(DISTINCT coalesce(a.source, a.id)) AS n
}
SET e.sourceCount = n`;

export function placeId(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

// Labels come from this fixed map, never from input.
const LABELS = { articles: "Article", actors: "Actor", meetings: "Meeting", incidents: "Incident" } as const;

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export async function loadExtraction(
  driver: Driver,
  extraction: Extraction,
  options: LoadOptions,
): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? 500;
  const actorNames = new Map(extraction.actors.map((a) => [a.id, a.name]));
  const names = (ids: string[]) => ids.map((id) => actorNames.get(id) ?? id).join(" – ");
  const steps: {
    key: keyof Omit<LoadSummary, "relationshipsCreated" | "places">;
    query: string;
    rows: object[];
  }[] = [
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
      key: "meetings",
      query: UPSERT_MEETINGS,
      rows: extraction.meetings.map((m) => ({
        ...m,
        cameo: m.cameo ?? MEETING_CAMEO[m.kind],
        label: `${m.kind.replace("_", " ")}: ${names(m.participants)}`,
      })),
    },
    {
      key: "incidents",
      query: UPSERT_INCIDENTS,
      rows: extraction.incidents.map((i) => ({
        ...i,
        cameo: i.cameo ?? null,
        description: i.description ?? null,
        placeId: placeId(i.place),
        label: `${i.kind.replaceAll("_", " ")} at ${i.place}`,
      })),
    },
  ];
  const total = steps.reduce((n, s) => n + s.rows.length, 0);
  const summary: LoadSummary = {
    articles: { created: 0, unchanged: 0 },
    actors: { created: 0, unchanged: 0 },
    meetings: { created: 0, unchanged: 0 },
    incidents: { created: 0, unchanged: 0 },
    places: { created: 0 },
    relationshipsCreated: 0,
  };
  let done = 0;
  for (const step of steps) {
    for (const batch of chunks(step.rows, batchSize)) {
      const label = LABELS[step.key];
      const { existing, counters } = await writeTx(driver, options.database, async (tx) => {
        // Counted first, in the same transaction, so "created" means new to the graph.
        const before = await tx.run(`MATCH (n:${label}) WHERE n.id IN $ids RETURN count(n) AS n`, {
          ids: batch.map((row) => (row as { id: string }).id),
        });
        const result = await tx.run(step.query, { rows: batch });
        return {
          existing: before.records[0]?.get("n") as number,
          counters: result.summary.counters.updates(),
        };
      });
      const created = batch.length - existing;
      summary[step.key].created += created;
      summary[step.key].unchanged += existing;
      if (step.key === "incidents") summary.places.created += counters.nodesCreated - created;
      summary.relationshipsCreated += counters.relationshipsCreated;
      done += batch.length;
      options.onProgress?.(done, total);
    }
  }
  const eventIds = [...extraction.meetings.map((m) => m.id), ...extraction.incidents.map((i) => i.id)];
  for (const ids of chunks(eventIds, batchSize)) {
    await writeTx(driver, options.database, (tx) => tx.run(UPDATE_SOURCE_COUNTS, { ids }));
  }
  return summary;
}
