// Ingest benchmark: extraction throughput (MB of text per second) on a generated corpus beside
// compromise's own tokenization of the same text; how extraction time scales with the length of one
// article (one-sentence paragraphs, 1 to 8 MB); and load throughput (facts per second) beside a
// bare UNWIND … CREATE of the same rows and relationships. Everything written carries a "bench-" id
// and is deleted at the end, so it can run against a database that holds real data.
//
//   npm run bench -- ingest [ARTICLES]   all three (the load part needs Neo4j)
//   npm run bench -- ingest --no-load    extraction and scaling only, no database
//   npm run bench -- ingest --scaling    the scaling case only
//   npm run bench -- ingest --memory     the lexicon's memory only
import { readFile } from "node:fs/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import nlp from "compromise";
import type { Driver } from "neo4j-driver";
import { createDriver, loadNeo4jConfig } from "../cypher/neo4j.ts";
import { applySchema } from "../cypher/run.ts";
import { articleId } from "../ingest/article-id.ts";
import { extractArticles } from "../ingest/extract.ts";
import { knownActors } from "../ingest/gazetteer.ts";
import { builtInLexicon } from "../ingest/lexicon.ts";
import { parsePhoenixDictionary } from "../ingest/lexicon-phoenix.ts";
import { applyUserLexicon } from "../ingest/lexicon-read.ts";
import { ActorRegistry } from "../ingest/resolve.ts";
import { splitSentences } from "../ingest/extract-sentences.ts";
import type { Article, Extraction } from "../ingest/facts.ts";
import { loadExtraction, loadSteps, type LoadStepKey } from "../ingest/load.ts";
import { start, stop } from "../scripts/neo4j.ts";
import { mulberry32 } from "../client/graph/prng.ts";

const ARTICLES = 10_000;
const ROUNDS = 3;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const FIRST = [
  "Anna",
  "Piotr",
  "Jonas",
  "Marta",
  "Ivan",
  "Elena",
  "Tomas",
  "Laura",
  "Mikhail",
  "Sofia",
  "Janis",
  "Katarzyna",
];
const LAST = [
  "Kowalski",
  "Petrauskas",
  "Ozols",
  "Tamm",
  "Ivanov",
  "Nowak",
  "Berzins",
  "Kask",
  "Sidorov",
  "Lehtonen",
  "Novak",
  "Horvath",
];
const STATES = [
  ["Poland", "Polish"],
  ["Lithuania", "Lithuanian"],
  ["Latvia", "Latvian"],
  ["Estonia", "Estonian"],
  ["Finland", "Finnish"],
  ["Belarus", "Belarusian"],
] as const;
const ROLES = ["Foreign Minister", "Interior Minister", "Prime Minister", "Defence Minister"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/** `n` articles in the style of wire copy: a call, talks, a border incident and filler. */
export function generateCorpus(n: number, seed = 42): Article[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const day = 1 + Math.floor(rand() * 28);
    const date = `2021-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const [s1, d1] = pick(STATES);
    const [, d2] = pick(STATES.filter(([s]) => s !== s1));
    const p1 = `${pick(FIRST)} ${pick(LAST)}`;
    const p2 = `${pick(FIRST)} ${pick(LAST)}`;
    const body = [
      `${d1} ${pick(ROLES)} ${p1} held a telephone conversation with ${d2} ${pick(ROLES)} ${p2} on ${pick(WEEKDAYS)}, the ministry said.`,
      `The two ministers discussed the situation on the ${d1}-${d2} border and agreed to remain in contact. "We will keep working together," ${p1.split(" ")[1]} told reporters in ${s1 === "Poland" ? "Warsaw" : "the capital"}.`,
      `On ${pick(WEEKDAYS)}, several hundred migrants tried to break through the border fence near the village of ${pick(LAST)}ka, and ${d1} border guards used tear gas. The European Union and NATO called for calm.`,
      `Officials said the number of crossing attempts had fallen since the summer, although aid groups warned that conditions in the forest remained dire for the people stranded there.`,
    ].join("\n\n");
    out.push({ id: articleId({ date, text: body }), slug: `bench-${i}`, date, source: "BENCH", body });
  }
  return out;
}

/**
 * One article of about `megabytes` MB whose paragraphs are one sentence each (the generated corpus's
 * sentences, one after another): the shape that once made extraction quadratic.
 */
export function generateParagraphArticle(megabytes: number, seed = 7): Article {
  const paragraphs: string[] = [];
  let bytes = 0;
  for (let round = 0; bytes < megabytes * 1e6; round++) {
    for (const a of generateCorpus(100, seed + round)) {
      for (const s of splitSentences(a.body)) {
        paragraphs.push(s.text);
        bytes += Buffer.byteLength(s.text) + 2;
      }
    }
  }
  const body = paragraphs.join("\n\n");
  const date = "2021-11-30";
  return { id: articleId({ date, text: body }), slug: `bench-scaling-${megabytes}`, date, body };
}

/** The same text as one line: no paragraph breaks, the shape of a dump or a scraped page. */
export function generateSingleLineArticle(megabytes: number): Article {
  const a = generateParagraphArticle(megabytes);
  return { ...a, slug: `bench-line-${megabytes}`, body: a.body.replace(/\n+/g, " ") };
}

// Extraction time of one article at 1, 2, 4 and 8 MB: linear when MB/s stays flat. CPU seconds
// beside wall seconds, since a busy machine stretches the latter.
function scaling(): void {
  scalingOf("one article of one-sentence paragraphs", generateParagraphArticle);
  scalingOf("one article on a single line", generateSingleLineArticle);
}

function scalingOf(title: string, generate: (megabytes: number) => Article): void {
  console.log(`scaling: ${title}`);
  console.log("     MB   seconds   MB/s   CPU s");
  for (const size of [1, 2, 4, 8]) {
    const article = generate(size);
    const cpu = process.cpuUsage();
    const x = time(() => extractArticles([article]));
    const used = process.cpuUsage(cpu);
    const megabytes = mb([article]);
    console.log(
      [
        megabytes.toFixed(2).padStart(7),
        x.seconds.toFixed(2).padStart(9),
        (megabytes / x.seconds).toFixed(2).padStart(6),
        ((used.user + used.system) / 1e6).toFixed(2).padStart(7),
      ].join(" "),
    );
  }
}

const PHOENIX = "data/lexicon/phoenix/Phoenix.Countries.actors.txt";

// The garbage collector, without a command-line flag: heap figures are read after a full collection.
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

function heapMb(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

// The lexicon's memory (target < 200 MB): the heap in use once the built-in lexicon, its actors and
// name index are loaded and one article extracted (everything in the process, so an upper bound), and
// what PETRARCH2's whole country dictionary (18,000 persons) adds, kept alive while measured.
async function lexiconMemory(): Promise<void> {
  const gc = collector();
  const sample = generateCorpus(20);
  extractArticles(sample);
  const builtIn = heapMb(gc);
  console.log(
    `lexicon memory: built-in lexicon, index and extractor loaded: ${builtIn.toFixed(0)} MB heap in use (target < 200 MB)`,
  );
  const text = await readFile(PHOENIX, "utf8");
  const t0 = performance.now();
  const parsed = parsePhoenixDictionary(text, PHOENIX);
  const lexicon = applyUserLexicon(builtInLexicon(), {
    format: "phoenix",
    lexicon: parsed.lexicon!,
    problems: [],
  });
  const registry = new ActorRegistry(knownActors(lexicon));
  const seconds = (performance.now() - t0) / 1000;
  const x = time(() => extractArticles(sample, { registry, lexicon }));
  const withPhoenix = heapMb(gc);
  console.log(
    `lexicon memory: with ${PHOENIX} (${lexicon.persons.length} persons, read and indexed in ${seconds.toFixed(1)} s): ${withPhoenix.toFixed(0)} MB heap in use, +${(withPhoenix - builtIn).toFixed(0)} MB (target < 200 MB); ${x.value.actors.length} actors in the sample`,
  );
  // Kept reachable until measured.
  if (!registry.index) throw new Error("no index");
}

function mb(articles: Article[]): number {
  return articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0) / 1e6;
}

function time<T>(fn: () => T): { value: T; seconds: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, seconds: (performance.now() - t0) / 1000 };
}

// Prefix every id so the bench never touches real facts, and cleanup can find what it wrote.
function namespaced(x: Extraction): Extraction {
  const p = (id: string) => (id.startsWith("bench-") ? id : `bench-${id}`);
  return {
    articles: x.articles.map((a) => ({ ...a, id: p(a.id) })),
    actors: x.actors.map((a) => ({ ...a, id: p(a.id) })),
    meetings: x.meetings.map((m) => ({
      ...m,
      id: p(m.id),
      participants: m.participants.map(p),
      sources: m.sources.map((s) => ({ ...s, article: p(s.article) })),
    })),
    incidents: x.incidents.map((i) => ({
      ...i,
      id: p(i.id),
      place: `bench ${i.place}`,
      actors: i.actors.map(p),
      sources: i.sources.map((s) => ({ ...s, article: p(s.article) })),
    })),
  };
}

async function cleanup(driver: Driver, database: string): Promise<void> {
  for (const query of [
    "MATCH (n) WHERE (n:Article OR n:Actor OR n:Meeting OR n:Incident OR n:Place) AND n.id STARTS WITH 'bench-' WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n",
  ]) {
    for (;;) {
      const res = await driver.executeQuery(query, {}, { database });
      if (Number(res.records[0]?.get("n") ?? 0) === 0) break;
    }
  }
}

// The baseline: the loader's own rows (loadSteps), with the same properties and relationships,
// written with plain UNWIND … CREATE into the same labels under the same constraints and indexes
// (no existence check, no MERGE, no corroboration count), in batches of the loader's size. What
// the ratio shows is then the loader's own cost, not the cost of the schema the app needs.
const BARE_STATEMENTS: Record<LoadStepKey, string> = {
  articles: `UNWIND $rows AS row CREATE (a:Article)
    SET a.id = row.id, a.date = date(row.date), a.slug = row.slug, a.source = row.source, a.title = row.title,
        a.url = row.url, a.file = row.file, a.text = row.text, a.textHash = row.textHash`,
  actors: `UNWIND $rows AS row CREATE (a:Actor)
    SET a.id = row.id, a.name = row.name, a.kind = row.kind, a.aliases = row.aliases, a.aliasText = row.aliasText, a.title = row.title`,
  places: "UNWIND $rows AS row CREATE (p:Place {id: row.id, name: row.name})",
  meetings: `UNWIND $rows AS row
    CREATE (m:Meeting {id: row.id, date: date(row.date), kind: row.kind, cameo: row.cameo, label: row.label,
                       confidence: row.confidence, rule: row.rule})
    WITH m, row
    CALL (m, row) { UNWIND row.participants AS pid MATCH (a:Actor {id: pid}) CREATE (a)-[:PARTICIPATED_IN]->(m) }
    CALL (m, row) { UNWIND row.sources AS src MATCH (a:Article {id: src.article})
      CREATE (m)-[:REPORTED_IN {quote: src.quote, start: src.start, end: src.end}]->(a) }`,
  incidents: `UNWIND $rows AS row
    CREATE (i:Incident {id: row.id, date: date(row.date), kind: row.kind, cameo: row.cameo,
                        description: row.description, label: row.label, confidence: row.confidence,
                        rule: row.rule})
    WITH i, row
    MATCH (p:Place {id: row.placeId})
    CREATE (i)-[:OCCURRED_AT]->(p)
    WITH i, row
    CALL (i, row) { UNWIND row.actors AS pid MATCH (a:Actor {id: pid}) CREATE (a)-[:INVOLVED_IN {role: 'participant'}]->(i) }
    CALL (i, row) { UNWIND row.sources AS src MATCH (a:Article {id: src.article})
      CREATE (i)-[:REPORTED_IN {quote: src.quote, start: src.start, end: src.end}]->(a) }`,
};

async function bareCreate(driver: Driver, database: string, x: Extraction, batch = 1000): Promise<void> {
  for (const step of loadSteps(x)) {
    for (let i = 0; i < step.rows.length; i += batch) {
      await driver.executeQuery(
        BARE_STATEMENTS[step.key],
        { rows: step.rows.slice(i, i + batch) },
        { database },
      );
    }
  }
}

export async function run(args: string[] = []): Promise<void> {
  const flags = new Set(args.filter((a) => a.startsWith("--")));
  for (const f of flags)
    if (f !== "--no-load" && f !== "--scaling" && f !== "--memory")
      throw new Error(`${f}: unknown option (--no-load, --scaling, --memory)`);
  const count = args.find((a) => !a.startsWith("--"));
  const n = Number(count ?? ARTICLES);
  if (!Number.isInteger(n) || n < 1) throw new Error(`articles: "${count}" must be a positive integer`);
  if (flags.has("--memory")) {
    await lexiconMemory();
    return;
  }
  if (flags.has("--scaling")) {
    extractArticles(generateCorpus(50));
    scaling();
    return;
  }
  const articles = generateCorpus(n);
  const size = mb(articles);
  console.log(`corpus: ${n} articles, ${size.toFixed(2)} MB`);

  // Warm both paths once so JIT and lexicon loading are not measured.
  extractArticles(articles.slice(0, 50));
  for (const a of articles.slice(0, 50)) nlp.tokenize(a.body);

  const baseline = time(() => {
    let terms = 0;
    for (const a of articles) terms += nlp.tokenize(a.body).terms().length;
    return terms;
  });
  const extraction = time(() => extractArticles(articles));
  const x = extraction.value;
  const facts = x.actors.length + x.meetings.length + x.incidents.length;
  const extractMbs = size / extraction.seconds;
  const baseMbs = size / baseline.seconds;
  console.log(
    `extract: ${extractMbs.toFixed(2)} MB/s (${extraction.seconds.toFixed(2)} s; ${x.meetings.length} meetings, ${x.incidents.length} incidents, ${x.actors.length} actors)`,
  );
  console.log(`baseline compromise tokenize: ${baseMbs.toFixed(2)} MB/s (${baseline.seconds.toFixed(2)} s)`);
  console.log(`extract ratio: ${((extractMbs / baseMbs) * 100).toFixed(0)}% of baseline (target ≥ 50%)`);
  await lexiconMemory();
  scaling();
  if (flags.has("--no-load")) return;

  const config = loadNeo4jConfig();
  const log = (msg: string) => process.stderr.write(`${msg}\n`);
  const server = await start(config, log);
  const driver = createDriver(config);
  const database = config.NEO4J_DATABASE;
  try {
    await applySchema(driver, database);
    await cleanup(driver, database);
    const data = namespaced(x);
    const rows = data.articles.length + facts;
    // One full, unmeasured round of each side first: a fresh server's JIT, page cache and store
    // growth would otherwise bill whichever side runs first (seen: 13 s cold against 3–4 s warm).
    await loadExtraction(driver, data, { database });
    await cleanup(driver, database);
    await bareCreate(driver, database, data);
    await cleanup(driver, database);
    // Rounds alternate which side goes first, so neither always writes into a freshly cleared store;
    // the medians are compared.
    const bareTimes: number[] = [];
    const loadTimes: number[] = [];
    const timed = async (work: () => Promise<unknown>) => {
      const t = performance.now();
      await work();
      const seconds = (performance.now() - t) / 1000;
      await cleanup(driver, database);
      return seconds;
    };
    for (let round = 0; round < ROUNDS; round++) {
      const bare = () => bareCreate(driver, database, data);
      const load = () => loadExtraction(driver, data, { database });
      if (round % 2 === 0) {
        bareTimes.push(await timed(bare));
        loadTimes.push(await timed(load));
      } else {
        loadTimes.push(await timed(load));
        bareTimes.push(await timed(bare));
      }
    }
    const bareS = median(bareTimes);
    const loadS = median(loadTimes);
    console.log(
      `rounds: load ${loadTimes.map((t) => t.toFixed(2)).join(", ")} s; baseline ${bareTimes.map((t) => t.toFixed(2)).join(", ")} s`,
    );
    const loadRate = rows / loadS;
    const bareRate = rows / bareS;
    console.log(
      `load: ${loadRate.toFixed(0)} rows/s (${rows} rows: articles + actors + meetings + incidents, median ${loadS.toFixed(2)} s)`,
    );
    console.log(
      `baseline UNWIND … CREATE (same rows, relationships, labels and indexes): ${bareRate.toFixed(0)} rows/s (median ${bareS.toFixed(2)} s)`,
    );
    console.log(`load ratio: ${((loadRate / bareRate) * 100).toFixed(0)}% of baseline (target ≥ 80%)`);
  } finally {
    await cleanup(driver, database);
    await driver.close();
    if (server.started) await stop(config, log);
  }
}
