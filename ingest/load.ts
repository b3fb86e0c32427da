// Writes an Extraction into Neo4j: batched, parameterized statements on stable ids, one bounded
// transaction per batch. Running it twice changes nothing; a run killed midway and run again
// converges. Within each batch's transaction, rows whose id is already in the graph go through
// UNWIND … MERGE (and their corroboration is recounted from every REPORTED_IN link); rows that are
// new are written with plain CREATE, which is as fast as a bare insert and equivalent for a node
// that did not exist. If another writer creates one of them meanwhile, the unique constraint fails
// the transaction and the batch is written again through MERGE alone.
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

// Articles and actors have no links: the MERGE (known) and CREATE (new) statements differ only in the verb.
const ARTICLES = (verb: "MERGE" | "CREATE") => `
UNWIND $rows AS row
${verb} (a:Article {id: row.id})
SET a.date = date(row.date), a.source = row.source, a.title = row.title, a.url = row.url, a.file = row.file`;

const ACTORS = (verb: "MERGE" | "CREATE") => `
UNWIND $rows AS row
${verb} (a:Actor {id: row.id})
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

// New rows: CREATE, and the corroboration counted from the articles just linked.
const CREATE_PLACES = `
UNWIND $rows AS row
CREATE (p:Place {id: row.id, name: row.name})`;

const CREATE_REPORTS = (v: string) => `
CALL (${v}, row) {
  UNWIND row.sources AS src
  MATCH (art:Article {id: src.article})
  CREATE (${v})-[:REPORTED_IN {quote: src.quote, start: src.start, end: src.end}]->(art)
  RETURN count(DISTINCT coalesce(art.source, art.id)) AS sourceCount
}
SET ${v}.sourceCount = sourceCount`;

const CREATE_MEETINGS = `
UNWIND $rows AS row
CREATE (m:Meeting {id: row.id, date: date(row.date), kind: row.kind, cameo: row.cameo, label: row.label})
WITH m, row
CALL (m, row) {
  UNWIND row.participants AS actorId
  MATCH (a:Actor {id: actorId})
  CREATE (a)-[:PARTICIPATED_IN]->(m)
}
${CREATE_REPORTS("m")}`;

const CREATE_INCIDENTS = `
UNWIND $rows AS row
CREATE (i:Incident {id: row.id, date: date(row.date), kind: row.kind, cameo: row.cameo,
                    description: row.description, label: row.label})
WITH i, row
MATCH (p:Place {id: row.placeId})
CREATE (i)-[:OCCURRED_AT]->(p)
WITH i, row
CALL (i, row) {
  UNWIND row.actors AS actorId
  MATCH (a:Actor {id: actorId})
  CREATE (a)-[:INVOLVED_IN {role: 'participant'}]->(i)
}
${CREATE_REPORTS("i")}`;

const LABELS = {
  articles: "Article",
  actors: "Actor",
  places: "Place",
  meetings: "Meeting",
  incidents: "Incident",
} as const;

/** One link per event and article (the first sentence quoted), the same on either path. */
function oneSourcePerArticle<S extends { article: string }>(sources: S[]): S[] {
  const seen = new Set<string>();
  return sources.filter((src) => !seen.has(src.article) && seen.add(src.article));
}

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
export interface LoadStep {
  key: LoadStepKey;
  /** MERGE: for rows whose id is in the graph already. */
  query: string;
  /** CREATE: for rows whose id is not. */
  create: string;
  rows: { id: string }[];
}

export function loadSteps(extraction: Extraction): LoadStep[] {
  const actorNames = new Map(extraction.actors.map((a) => [a.id, a.name]));
  const names = (ids: string[]) => ids.map((id) => actorNames.get(id) ?? id).join(" – ");
  return [
    {
      key: "articles",
      query: ARTICLES("MERGE"),
      create: ARTICLES("CREATE"),
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
      query: ACTORS("MERGE"),
      create: ACTORS("CREATE"),
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
      create: CREATE_PLACES,
      rows: [...new Map(extraction.incidents.map((i) => [placeId(i.place), i.place])).entries()].map(
        ([id, name]) => ({ id, name }),
      ),
    },
    {
      key: "meetings",
      query: UPSERT_MEETINGS,
      create: CREATE_MEETINGS,
      rows: extraction.meetings.map((m) => ({
        id: m.id,
        date: m.date,
        kind: m.kind,
        participants: m.participants,
        sources: oneSourcePerArticle(m.sources),
        cameo: m.cameo ?? MEETING_CAMEO[m.kind],
        label: `${m.kind.replace("_", " ")}: ${names(m.participants)}`,
      })),
    },
    {
      key: "incidents",
      query: UPSERT_INCIDENTS,
      create: CREATE_INCIDENTS,
      rows: extraction.incidents.map((i) => ({
        id: i.id,
        date: i.date,
        kind: i.kind,
        actors: i.actors,
        sources: oneSourcePerArticle(i.sources),
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
      const counters = await writeBatch(driver, options.database, step, batch);
      // Each statement creates nodes of one label only, so nodesCreated counts new rows exactly.
      summary[step.key].created += counters.nodesCreated;
      summary[step.key].unchanged += batch.length - counters.nodesCreated;
      summary.relationshipsCreated += counters.relationshipsCreated;
      done += batch.length;
      options.onProgress?.(done, total);
    }
  }
  return summary;
}

interface Written {
  nodesCreated: number;
  relationshipsCreated: number;
}

/** One batch in one transaction: known ids through MERGE, new ids through CREATE. */
async function writeBatch(
  driver: Driver,
  database: string,
  step: LoadStep,
  batch: { id: string }[],
): Promise<Written> {
  const run = (split: boolean) =>
    writeTx(driver, database, async (tx) => {
      const known = split
        ? new Set(
            (
              await tx.run(`UNWIND $ids AS id MATCH (n:${LABELS[step.key]} {id: id}) RETURN n.id AS id`, {
                ids: batch.map((row) => row.id),
              })
            ).records.map((r) => r.get("id") as string),
          )
        : undefined;
      const total: Written = { nodesCreated: 0, relationshipsCreated: 0 };
      const parts: [string, object[]][] = known
        ? [
            [step.query, batch.filter((row) => known.has(row.id))],
            [step.create, batch.filter((row) => !known.has(row.id))],
          ]
        : [[step.query, batch]];
      for (const [query, rows] of parts) {
        if (!rows.length) continue;
        const counters = (await tx.run(query, { rows })).summary.counters.updates();
        total.nodesCreated += counters.nodesCreated;
        total.relationshipsCreated += counters.relationshipsCreated;
      }
      return total;
    });
  try {
    return await run(true);
  } catch (error) {
    // Another writer created one of the new ids meanwhile: MERGE copes with that.
    if ((error as { code?: string }).code === "Neo.ClientError.Schema.ConstraintValidationFailed")
      return run(false);
    throw error;
  }
}
