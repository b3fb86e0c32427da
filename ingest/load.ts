// Writes an Extraction into Neo4j: batched, parameterized statements on stable ids, one bounded
// transaction per batch. Running it twice changes nothing; a run killed midway and run again
// converges. An article whose stored text differs from the text read now (same URL, new version)
// loses its old quotes first, so no quote ever points into a text that does not contain it; facts
// left without any source are removed. Within each batch's transaction, rows whose id is already in the graph go through
// UNWIND … MERGE (and their corroboration is recounted from every REPORTED_IN link); rows that are
// new are written with plain CREATE, which is as fast as a bare insert and equivalent for a node
// that did not exist. If another writer creates one of them meanwhile, the unique constraint fails
// the transaction and the batch is written again through MERGE alone.
import type { Driver } from "neo4j-driver";
import { toPlain } from "../cypher/neo4j.ts";
import { read, write, writeTransaction, type Tx } from "../cypher/run.ts";
import { textHash } from "./article-id.ts";
import { MEETING_CAMEO } from "../cypher/vocabulary.ts";
import type { Extraction } from "./facts.ts";
import { placeLocator, type PlaceLocator } from "./place-coordinates.ts";
import { applyStoredCorrections, type CorrectionsSummary } from "./corrections/reapply.ts";
import type { Correction } from "../cypher/corrections/correction.ts";

export interface LoadCounts {
  created: number;
  /** Already in the graph, and this load changed its properties or links. */
  updated: number;
  unchanged: number;
}

export interface LoadSummary {
  articles: LoadCounts;
  actors: LoadCounts;
  meetings: LoadCounts;
  incidents: LoadCounts;
  places: LoadCounts;
  relationshipsCreated: number;
  /** Meetings and incidents removed because the only articles reporting them changed their text. */
  factsRemoved: number;
  /** Analysts' corrections (#19) applied again on top of what was just written. */
  corrections: CorrectionsSummary;
}

export interface LoadOptions {
  database: string;
  batchSize?: number;
  /** Called after each batch with the rows written so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Corrections from a curated file, stored (by id) before the stored ones are re-applied. */
  corrections?: Correction[];
}

// Corroboration: distinct outlets (or articles without an outlet) that report an event, recomputed
// from all its REPORTED_IN links whenever the event is written, so a later run adds to it.
const SET_SOURCE_COUNT = (v: string) => `
CALL (${v}) {
  MATCH (${v})-[:REPORTED_IN]->(a:Article)
  RETURN count(DISTINCT coalesce(a.source, a.id)) AS sourceCount
}
SET ${v}.sourceCount = sourceCount`;

// A known article whose text changed loses its quotes (they point into the old text): the events
// they supported are returned, to be recounted or removed once the new quotes are linked.
const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH a, row, a.textHash IS NOT NULL AND a.textHash <> row.textHash AS changed
CALL (a, changed) {
  OPTIONAL MATCH (e)-[r:REPORTED_IN]->(a) WHERE changed
  DELETE r
  RETURN collect(DISTINCT e.id) AS unlinked
}
SET a.date = date(row.date), a.slug = row.slug, a.source = row.source, a.title = row.title,
    a.url = row.url, a.file = row.file, a.text = row.text, a.textHash = row.textHash
RETURN unlinked`;

const CREATE_ARTICLES = `
UNWIND $rows AS row
CREATE (a:Article {id: row.id, date: date(row.date), slug: row.slug, source: row.source, title: row.title,
                   url: row.url, file: row.file, text: row.text, textHash: row.textHash})`;

// Actors have no links: the MERGE (known) and CREATE (new) statements differ only in the verb.
const ACTORS = (verb: "MERGE" | "CREATE") => `
UNWIND $rows AS row
${verb} (a:Actor {id: row.id})
SET a.name = row.name, a.kind = row.kind, a.aliases = row.aliases, a.aliasText = row.aliasText,
    a.title = row.title`;

const UPSERT_MEETINGS = `
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m.date = date(row.date), m.kind = row.kind, m.cameo = row.cameo, m.label = row.label,
    m.confidence = row.confidence, m.rule = row.rule
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
// Coordinates from the lexicon (ingest/place-coordinates.ts); a place the lexicon cannot put keeps any
// coordinates coded event data gave it.
const UPSERT_PLACES = `
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
ON CREATE SET p.name = row.name
SET p.lat = coalesce(row.lat, p.lat), p.lon = coalesce(row.lon, p.lon)`;

const UPSERT_INCIDENTS = `
UNWIND $rows AS row
MERGE (i:Incident {id: row.id})
SET i.date = date(row.date), i.kind = row.kind, i.cameo = row.cameo, i.description = row.description,
    i.label = row.label, i.confidence = row.confidence, i.rule = row.rule
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
CREATE (p:Place {id: row.id, name: row.name, lat: row.lat, lon: row.lon})`;

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
CREATE (m:Meeting {id: row.id, date: date(row.date), kind: row.kind, cameo: row.cameo, label: row.label,
                   confidence: row.confidence, rule: row.rule})
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
                    description: row.description, label: row.label, confidence: row.confidence,
                    rule: row.rule})
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

export type LoadStepKey = keyof Omit<LoadSummary, "relationshipsCreated" | "factsRemoved" | "corrections">;

/** The rows each step writes, in order; the ingest bench writes the same rows for its baseline. */
export interface LoadStep {
  key: LoadStepKey;
  /** MERGE: for rows whose id is in the graph already. */
  query: string;
  /** CREATE: for rows whose id is not. */
  create: string;
  rows: { id: string }[];
}

export function loadSteps(extraction: Extraction, locate: PlaceLocator = placeLocator()): LoadStep[] {
  const actorNames = new Map(extraction.actors.map((a) => [a.id, a.name]));
  const names = (ids: string[]) => ids.map((id) => actorNames.get(id) ?? id).join(" – ");
  return [
    {
      key: "articles",
      query: MERGE_ARTICLES,
      create: CREATE_ARTICLES,
      rows: extraction.articles.map((a) => ({
        id: a.id,
        slug: a.slug,
        text: a.text,
        textHash: textHash(a.text),
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
        ([id, name]) => {
          const at = locate(name);
          return { id, name, lat: at?.lat ?? null, lon: at?.lon ?? null };
        },
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
        confidence: m.confidence ?? null,
        rule: m.rule ?? null,
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
        confidence: i.confidence ?? null,
        rule: i.rule ?? null,
      })),
    },
  ];
}

/** Raised before anything is written when the graph holds articles stored the old way (by file name). */
export class LegacyArticlesError extends Error {
  constructor(readonly count: number) {
    super(
      `the graph holds ${count} article(s) stored under file-name ids by an earlier whomet, whose quotes may ` +
        "point to the wrong article: run `npm run ingest -- migrate PATHS…` with the folders you load, " +
        "which removes them (and the facts only they reported) and loads PATHS under the new ids",
    );
  }
}

/** Articles without a text fingerprint: written by a loader that keyed articles by file name. */
export async function countLegacyArticles(driver: Driver, database: string): Promise<number> {
  const [n] = await read(
    { driver, database },
    "MATCH (a:Article) WHERE a.textHash IS NULL RETURN count(a) AS n",
    {},
    {
      mapper: (row) => row.number("n"),
    },
  );
  return n ?? 0;
}

export async function loadExtraction(
  driver: Driver,
  extraction: Extraction,
  options: LoadOptions,
): Promise<LoadSummary> {
  const legacy = await countLegacyArticles(driver, options.database);
  if (legacy) throw new LegacyArticlesError(legacy);
  const batchSize = options.batchSize ?? 1000;
  const steps = loadSteps(extraction);
  const total = steps.reduce((n, s) => n + s.rows.length, 0);
  const counts = (): LoadCounts => ({ created: 0, updated: 0, unchanged: 0 });
  const summary: LoadSummary = {
    articles: counts(),
    actors: counts(),
    meetings: counts(),
    incidents: counts(),
    places: counts(),
    relationshipsCreated: 0,
    factsRemoved: 0,
    corrections: { applied: 0, missing: [] },
  };
  const unlinked = new Set<string>();
  let done = 0;
  for (const step of steps) {
    for (const batch of chunks(step.rows, batchSize)) {
      const written = await writeBatch(driver, options.database, step, batch);
      summary[step.key].created += written.created;
      summary[step.key].updated += written.updated;
      summary[step.key].unchanged += batch.length - written.created - written.updated;
      summary.relationshipsCreated += written.relationshipsCreated;
      written.unlinked.forEach((id) => unlinked.add(id));
      done += batch.length;
      options.onProgress?.(done, total);
    }
  }
  if (unlinked.size) summary.factsRemoved = await settleEvents(driver, options.database, [...unlinked]);
  // Last, so the extraction just written never undoes an analyst's correction.
  summary.corrections = await applyStoredCorrections(driver, options.database, options.corrections ?? []);
  return summary;
}

/**
 * Events that lost quotes: those still reported somewhere get their corroboration recounted, those
 * reported nowhere are removed (a fact without a source is worse than no fact). Returns how many went.
 */
export async function settleEvents(driver: Driver, database: string, ids: string[]): Promise<number> {
  let removed = 0;
  for (const batch of chunks(ids, 1000)) {
    const [count] = await write(
      { driver, database },

      `UNWIND $ids AS id
         MATCH (e) WHERE (e:Meeting OR e:Incident) AND e.id = id
         CALL (e) {
           MATCH (e)-[:REPORTED_IN]->(a:Article)
           RETURN count(DISTINCT coalesce(a.source, a.id)) AS sourceCount
         }
         WITH e, sourceCount, sourceCount = 0 AS orphan
         SET e.sourceCount = sourceCount
         WITH e, orphan WHERE orphan
         DETACH DELETE e
         RETURN count(*) AS removed`,
      { ids: batch },
      { mapper: (row) => row.number("removed") },
    );
    removed += count ?? 0;
  }
  return removed;
}

interface Written {
  created: number;
  updated: number;
  relationshipsCreated: number;
  /** Ids of events whose quotes into a changed article were removed. */
  unlinked: string[];
}

// What a row's node looks like in the graph: its properties and, for events, its links. Compared
// before and after a write, it tells an updated row from an unchanged one.
const STATE = (label: string, withLinks: boolean) => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN n.id AS id, properties(n) AS props${
  withLinks ? ", [(n)-[r]-(o) | [type(r), o.id, properties(r)]] AS links" : ", [] AS links"
}`;

/** A stable text for a node's state: keys sorted, links sorted. */
function stateText(props: unknown, links: unknown): string {
  const sortKeys = (value: unknown): unknown =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
        )
      : value;
  const plainLinks = toPlain(links);
  const linkTexts = (Array.isArray(plainLinks) ? plainLinks : [])
    .map((l) => JSON.stringify(sortKeys(l)))
    .sort();
  return JSON.stringify([sortKeys(toPlain(props)), linkTexts]);
}

async function readStates(tx: Tx, step: LoadStep, ids: string[]): Promise<Map<string, string>> {
  const withLinks = step.key === "meetings" || step.key === "incidents";
  const rows = await tx.rows(STATE(LABELS[step.key], withLinks), { ids }, (row): [string, string] => [
    row.string("id"),
    stateText(row.raw("props"), row.raw("links")),
  ]);
  return new Map(rows);
}

/** One batch in one transaction: known ids through MERGE, new ids through CREATE. */
async function writeBatch(
  driver: Driver,
  database: string,
  step: LoadStep,
  batch: { id: string }[],
): Promise<Written> {
  const run = (split: boolean) =>
    writeTransaction({ driver, database }, async (tx) => {
      const ids = batch.map((row) => row.id);
      const before = await readStates(tx, step, ids);
      const parts: [string, object[]][] = split
        ? [
            [step.query, batch.filter((row) => before.has(row.id))],
            [step.create, batch.filter((row) => !before.has(row.id))],
          ]
        : [[step.query, batch]];
      const written: Written = { created: 0, updated: 0, relationshipsCreated: 0, unlinked: [] };
      for (const [query, rows] of parts) {
        if (!rows.length) continue;
        const result = await tx.write(query, { rows }, (row) =>
          row.has("unlinked") ? row.strings("unlinked") : [],
        );
        const counters = result.counters.updates();
        // Each statement creates nodes of one label only, so nodesCreated counts new rows exactly.
        written.created += counters.nodesCreated;
        written.relationshipsCreated += counters.relationshipsCreated;
        for (const unlinked of result.rows) written.unlinked.push(...unlinked);
      }
      if (before.size) {
        const after = await readStates(tx, step, [...before.keys()]);
        for (const [id, state] of before) if (after.get(id) !== state) written.updated++;
      }
      return written;
    });
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(true);
    } catch (error) {
      // Another writer created one of the new ids meanwhile: MERGE copes with that.
      if ((error as { code?: string }).code === "Neo.ClientError.Schema.ConstraintValidationFailed")
        return run(false);
      // A reviewer's correction (#19) deleted a node this batch had just found (a merged-away actor):
      // the batch is written again over the graph as it is now; the load re-applies the corrections last.
      if (attempt < 5 && deletedMeanwhile(error)) continue;
      throw error;
    }
  }
}

function deletedMeanwhile(error: unknown): boolean {
  return /^Unable to load (NODE|RELATIONSHIP) /.test((error as { message?: string }).message ?? "");
}

/**
 * Moves a graph written by an earlier whomet (articles keyed by file name, with no text) to
 * content ids: those articles and their quotes go; the caller then loads the texts again and
 * settles the returned events (recounted if re-reported, removed if no article reports them).
 */
export async function removeLegacyArticles(
  driver: Driver,
  database: string,
): Promise<{ articles: number; events: string[] }> {
  const [row] = await write(
    { driver, database },

    `MATCH (a:Article) WHERE a.textHash IS NULL
       OPTIONAL MATCH (e)-[:REPORTED_IN]->(a)
       WITH collect(DISTINCT a) AS articles, collect(DISTINCT e.id) AS events
       FOREACH (a IN articles | DETACH DELETE a)
       RETURN size(articles) AS articles, events`,
    {},
    { mapper: (r) => ({ articles: r.number("articles"), events: r.strings("events") }) },
  );
  return row ?? { articles: 0, events: [] };
}
