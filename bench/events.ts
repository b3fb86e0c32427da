// Event import benchmark (#21): `npm run bench -- events [--rows 100000,300000,1000000] [--seed 1]`.
// For each size, a seeded ICEWS-format file (bench/events/generate.ts) is
//  1. written to the bare driver as `UNWIND … CREATE` of the same aggregated facts (actors, Reports,
//     places, meetings, incidents and their relationships, computed in this process from the file),
//  2. imported by `ingest import-events`' importer in a child process into the emptied database:
//     rows/s, and the importer's peak RSS (its own process, so the bench's memory is not counted),
//  3. queried through the API (response cache off, so each answer is computed) and beside it through
//     the bare driver: search, country-level who-met-whom, one country's expansion, a depth-2
//     neighbourhood of the largest hub; the first call (cold) and p50/p95 of the next ones (warm).
// Everything runs in its own Neo4j (BENCH_NEO4J_* ports), emptied between steps. Prints numbers; no
// timing is asserted.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { pino } from "pino";
import { createDriver } from "../cypher/neo4j.ts";
import {
  applySchema,
  autoCommit,
  read,
  readTransaction,
  writeTransaction,
  type Neo4jTarget,
} from "../cypher/run.ts";
import { parseIcewsHeader, parseIcewsRow } from "../ingest/events/icews.ts";
import { mapEventRow, type MappedRow } from "../ingest/events/map.ts";
import { readLines } from "../ingest/events/read-lines.ts";
import { batchParams } from "../ingest/events/write.ts";
import { createApp } from "../server/app.ts";
import { loadConfig, type Config } from "../server/config.ts";
import { countryActors, countryGraph } from "../server/graph/countries.ts";
import { CountriesQuery, CountryActorsQuery } from "../contract/countries.ts";
import { GraphQuery } from "../contract/graph.ts";
import { walkGraph } from "../server/graph/walk.ts";
import { luceneQuery, SEARCH } from "../server/graph/search.ts";
import { start, stop } from "../scripts/neo4j.ts";
import { benchNeo4jEnv } from "./neo4j-env.ts";
import { generateIcews } from "./events/generate.ts";

const BENCH_ENV = {
  ...benchNeo4jEnv({ bolt: 7743, http: 7744 }),
  RESPONSE_CACHE_MB: "0",
  QUERY_TIMEOUT_MS: "60000",
  RATE_LIMIT_PER_MINUTE: "1000000000",
};
const WARM_CALLS = 10;
const BATCH = 1000;

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

async function clear(db: Neo4jTarget): Promise<void> {
  // Relationships first: a hub's thousands of them in one DETACH DELETE exceed the launcher's
  // 128 MiB per-transaction limit.
  // The launcher's default transaction timeout is for API reads; emptying takes minutes.
  const long = { mapper: () => undefined, timeoutMs: 60 * 60_000 };
  await autoCommit(db, "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS", {}, long);
  await autoCommit(db, "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS", {}, long);
}

/** The file's aggregated facts, as the importer would write them, computed in this process. */
async function aggregate(file: string) {
  const mapped: MappedRow[] = [];
  let header: ReturnType<typeof parseIcewsHeader> | undefined;
  for await (const { text } of readLines(file)) {
    const fields = text.split("\t");
    if (!header) {
      header = parseIcewsHeader(fields);
      continue;
    }
    const row = mapEventRow(parseIcewsRow(fields, header));
    if (typeof row !== "string") mapped.push(row);
  }
  return batchParams(mapped);
}

const chunks = <T>(xs: T[]) =>
  Array.from({ length: Math.ceil(xs.length / BATCH) }, (_, i) => xs.slice(i * BATCH, (i + 1) * BATCH));

/** The baseline: bare UNWIND … CREATE of the same nodes, properties and relationships. */
async function bareCreate(db: Neo4jTarget, facts: Awaited<ReturnType<typeof aggregate>>) {
  const run = async (query: string, rows: object[]) => {
    for (const batch of chunks(rows)) await writeTransaction(db, (tx) => tx.exec(query, { rows: batch }));
  };
  await run(
    "UNWIND $rows AS r CREATE (:Actor {id: r.id, name: r.name, kind: r.kind, country: r.country, sectors: r.sectors})",
    facts.actors,
  );
  await run(
    `UNWIND $rows AS r CREATE (:Report {id: r.id, dataset: r.dataset, date: date(r.date), storyId: r.storyId,
       sentence: r.sentence, publisher: r.publisher, url: r.url, eventIds: r.eventIds})`,
    facts.reports,
  );
  await run("UNWIND $rows AS r CREATE (:Place {id: r.id, name: r.name})", facts.places);
  for (const [label, link] of [
    ["Meeting", "CREATE (a)-[:PARTICIPATED_IN]->(f)"],
    ["Incident", "CREATE (a)-[:INVOLVED_IN {role: x.role}]->(f)"],
  ] as const) {
    await run(
      `UNWIND $rows AS r
       CREATE (f:${label} {id: r.id, date: date(r.date), dataset: r.dataset, kind: r.kind, place: r.place,
               description: r.description, codes: r.codes, cameo: r.codes[0], sourceCount: size(r.reports)})
       WITH f, r
       CALL (f, r) { UNWIND r.actors AS x MATCH (a:Actor {id: x.id}) ${link} }
       CALL (f, r) { UNWIND r.reports AS id MATCH (p:Report {id: id}) CREATE (f)-[:CODED_IN]->(p) }
       CALL (f, r) { UNWIND CASE WHEN r.placeId IS NULL OR '${label}' = 'Meeting' THEN [] ELSE [r.placeId] END AS id
                     MATCH (p:Place {id: id}) CREATE (f)-[:OCCURRED_AT]->(p) }`,
      label === "Meeting" ? facts.meetings : facts.incidents,
    );
  }
}

interface Timing {
  cold: number;
  p50: number;
  p95: number;
}

async function time(work: () => Promise<unknown>): Promise<Timing> {
  const once = async () => {
    const t = performance.now();
    await work();
    return performance.now() - t;
  };
  const cold = await once();
  const warm: number[] = [];
  for (let i = 0; i < WARM_CALLS; i++) warm.push(await once());
  warm.sort((a, b) => a - b);
  const at = (q: number) => warm[Math.min(warm.length - 1, Math.ceil(q * warm.length) - 1)]!;
  return { cold, p50: at(0.5), p95: at(0.95) };
}

async function listen(config: Config, driver: Driver): Promise<{ url: string; server: Server }> {
  const app = createApp({ config, driver, log: pino({ level: "silent" }) });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function fetchOk(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} → ${res.status} ${await res.text()}`);
  return res.json();
}

const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;

export async function run(args: string[] = []): Promise<void> {
  const sizes = option(args, "--rows", "100000,300000,1000000").split(",").map(Number);
  const seed = Number(option(args, "--seed", "1"));
  const config = loadConfig({ ...process.env, ...BENCH_ENV, LOG_LEVEL: "silent" });
  if (config.NEO4J_URI)
    throw new Error("the events bench empties its database: run it on the local launcher");
  const launched = await start(config, (m) => process.stderr.write(`${m}\n`));
  const driver = createDriver(config);
  const database = config.NEO4J_DATABASE;
  const db: Neo4jTarget = { driver, database };
  const childEnv = { ...process.env, ...BENCH_ENV, LOG_LEVEL: "warn" };
  try {
    await applySchema(driver, database);
    for (const rows of sizes) {
      const file = join(tmpdir(), `whomet-bench-icews-${rows}-${seed}.tab`);
      if (!existsSync(file)) await generateIcews(file, rows, seed);
      const facts = await aggregate(file);
      console.log(
        `\n${rows.toLocaleString("en")} rows (${file}): ${facts.meetings.length} meetings, ${facts.incidents.length} incidents, ` +
          `${facts.actors.length} actors, ${facts.reports.length} reports`,
      );
      await clear(db);
      let t = performance.now();
      await bareCreate(db, facts);
      const bareMs = performance.now() - t;
      await clear(db);
      t = performance.now();
      const child = spawnSync("npx", ["tsx", "bench/events/import-child.ts", file], {
        env: childEnv,
        encoding: "utf8",
        maxBuffer: 1 << 26,
      });
      if (child.status !== 0) throw new Error(`importer failed: ${child.stderr}`);
      const imported = JSON.parse(child.stdout.trim().split("\n").pop()!) as {
        rowsRead: number;
        ms: number;
        peakMiB: number;
      };
      console.log(
        `import: ${Math.round(imported.ms / 1000)} s, ${Math.round((imported.rowsRead / imported.ms) * 1000)} rows/s, ` +
          `importer peak RSS ${Math.round(imported.peakMiB)} MiB; bare UNWIND … CREATE of the same facts ` +
          `${Math.round(bareMs / 1000)} s: importer at ${Math.round((bareMs / imported.ms) * 100)} % of bare speed`,
      );

      const [hub] = await read(
        db,
        `MATCH (a:Actor) WITH a, COUNT { (a)-[:PARTICIPATED_IN]->() } AS d ORDER BY d DESC LIMIT 1
         RETURN a.id AS id, a.name AS name, d`,
        {},
        { mapper: (row) => ({ id: row.string("id"), name: row.string("name") }) },
      );
      if (!hub) throw new Error("the import left no actor");
      const top = await countryGraph(db, CountriesQuery.parse({ limit: "1" }));
      const country = top.countries[0]!.country;
      const word = hub.name.split(" ")[0]!.toLowerCase();
      const graphQuery = GraphQuery.parse({ center: `actor:${hub.id}`, depth: "2" });
      const { url, server } = await listen(config, driver);
      try {
        const cases: [string, string, () => Promise<unknown>][] = [
          [
            `search "${word}"`,
            `/api/search?q=${encodeURIComponent(word)}`,
            () =>
              read(
                db,
                SEARCH,
                { query: luceneQuery(word), limit: neo4j.int(10) },
                { mapper: () => undefined },
              ),
          ],
          ["countries (who met whom)", "/api/countries", () => countryGraph(db, CountriesQuery.parse({}))],
          [
            `expand ${country}`,
            `/api/countries/${encodeURIComponent(country)}/actors`,
            () => countryActors(db, country, CountryActorsQuery.parse({})),
          ],
          [
            `depth 2 around ${hub.name}`,
            `/api/graph?center=actor:${encodeURIComponent(hub.id)}&depth=2`,
            () => readTransaction(db, (tx) => walkGraph(tx, graphQuery)),
          ],
        ];
        console.log("query                               API cold   p50     p95   | bare cold  p50     p95");
        for (const [name, path, bare] of cases) {
          const api = await time(() => fetchOk(`${url}${path}`));
          const b = await time(bare);
          console.log(
            `${name.padEnd(34)} ${ms(api.cold).padStart(8)} ${ms(api.p50).padStart(7)} ${ms(api.p95).padStart(7)} | ` +
              `${ms(b.cold).padStart(8)} ${ms(b.p50).padStart(7)} ${ms(b.p95).padStart(7)}`,
          );
        }
      } finally {
        server.close();
      }
    }
  } finally {
    await driver.close();
    if (launched.started && !args.includes("--keep"))
      await stop(config, (m) => process.stderr.write(`${m}\n`));
  }
}
