// API benchmark: on a generated graph (≥ 100,000 actors, ≥ 500,000 meetings, skewed so some actors
// are hubs), autocannon drives the HTTP API at 32 connections (and at 1, for latency without queueing)
// and the same work the route does runs through the bare driver in this process at the same
// concurrency (the baseline: for /api/graph the route's own walkGraph, for /api/search its query, for
// the saved query its Cypher). Two servers: as shipped (answers cached until the graph changes,
// server/response-cache.ts) and with the cache off, so the API's own cost shows beside the cache's
// effect; and besides one URL asked again and again, a mix of 300 different centres.
// autocannon runs in a worker thread (bench/load.ts), so the load generator does not share the
// server's event loop. Prints p50/p95/p99 (exact, from every 2xx response time) and ratios; answers that
// are not 2xx, client timeouts and failed bare-driver calls are counted in the table, and the run goes on
// to the next case whatever one case met (#22: a few 503s stopped it half-way).
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import neo4j, { type Driver } from "neo4j-driver";
import { pino } from "pino";
import { createDriver } from "../cypher/neo4j.ts";
import { applySchema, autoCommit, read, readTransaction } from "../cypher/run.ts";
import { createApp } from "../server/app.ts";
import { mulberry32 } from "../client/graph/prng.ts";
import { loadConfig, type Config } from "../server/config.ts";
import { findQuery, loadSavedQueries } from "../server/queries/saved-queries.ts";
import { GraphQuery } from "../contract/graph.ts";
import { walkGraph } from "../server/graph/walk.ts";
import { luceneQuery, SEARCH } from "../server/graph/search.ts";
import { start, stop } from "../scripts/neo4j.ts";
import { benchNeo4jEnv } from "./neo4j-env.ts";
import { load } from "./load.ts";

const ACTORS = 100_000;
const MEETINGS = 500_000;
const CONNECTIONS = 32;
const SECONDS = 10;
const WARM_SECONDS = 3;

// Bench data lives in its own Neo4j (other ports, more memory) so it never touches real data.
const BENCH_ENV = {
  ...benchNeo4jEnv({ bolt: 7699, http: 7498 }),
  // The per-IP limit on query runs would turn most of the saved-query load into 429s.
  RATE_LIMIT_PER_MINUTE: "1000000000",
  // A saved-query run takes ~80 ms alone but seconds on 2 shared cores busy with 32 connections; the 5 s
  // default would cut the slowest with 408s instead of measuring them.
  QUERY_TIMEOUT_MS: "60000",
};
/** Centres of the mixed workload: actors a0 … a299, the most connected ones (r^3 skew). */
const MIXED_CENTRES = 300;

// Generating takes minutes: longer than the server's 30 s default transaction timeout.
const GENERATE_TX = { mapper: () => undefined, timeoutMs: 30 * 60_000 };

async function generate(driver: Driver, database: string): Promise<void> {
  const db = { driver, database };
  const count = async (query: string) =>
    (await autoCommit(db, query, {}, { mapper: (row) => row.number("n") }))[0] ?? 0;
  if ((await count("MATCH (m:Meeting) RETURN count(m) AS n")) >= MEETINGS) return;
  if ((await count("MATCH (n) RETURN count(n) AS n")) > 0) {
    throw new Error(
      "the bench database holds a partial graph: run `NEO4J_BOLT_PORT=7699 NEO4J_HTTP_PORT=7498 npm run neo4j -- reset` and retry",
    );
  }
  console.log(`generating ${ACTORS} actors and ${MEETINGS} meetings…`);
  await autoCommit(
    db,
    `UNWIND range(0, $n - 1) AS i
     CALL (i) { CREATE (:Actor {id: 'a' + i, name: 'Actor ' + i, kind: CASE i % 4 WHEN 0 THEN 'state' WHEN 1 THEN 'organization' ELSE 'person' END, aliases: [], aliasText: ''}) }
     IN TRANSACTIONS OF 10000 ROWS`,
    { n: neo4j.int(ACTORS) },
    GENERATE_TX,
  );
  // Participants drawn with r^3 skew: low ids are hubs, as heads of state are in the news.
  await autoCommit(
    db,
    `UNWIND range(0, $m - 1) AS i
     CALL (i) {
       WITH i, toInteger($n * rand() ^ 3) AS x, toInteger($n * rand() ^ 3) AS y
       WITH i, x, CASE WHEN x = y THEN (y + 1) % $n ELSE y END AS y
       MATCH (a:Actor {id: 'a' + x}), (b:Actor {id: 'a' + y})
       CREATE (m:Meeting {id: 'm' + i, date: date('2021-01-01') + duration({days: i % 730}), kind: 'talks', cameo: '040',
                          label: 'talks ' + i, sourceCount: 1 + i % 3})
       CREATE (a)-[:PARTICIPATED_IN]->(m), (b)-[:PARTICIPATED_IN]->(m)
     } IN TRANSACTIONS OF 10000 ROWS`,
    { m: neo4j.int(MEETINGS), n: neo4j.int(ACTORS) },
    GENERATE_TX,
  );
}

interface Latency {
  p50: number;
  p95: number;
  p99: number;
  /** Successful answers a second. */
  rps: number;
  /** Answers or calls that failed, by HTTP status or error code ("503", "timeout", "Neo.Transient…"). */
  failed: Record<string, number>;
}

/** Percentiles of one side's successful response times (ms), the same way for the API and the bare driver. */
function latency(times: number[], failed: Record<string, number> = {}): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99), rps: times.length / SECONDS, failed };
}

/** The same work as a route, `connections` at a time for SECONDS, through the bare driver; a failed call
 * is counted by its error code and the loop goes on. */
async function bare(work: () => Promise<unknown>, connections: number): Promise<Latency> {
  const times: number[] = [];
  const failed: Record<string, number> = {};
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        try {
          await work();
          times.push(performance.now() - t);
        } catch (error) {
          const code = (error as { code?: string }).code ?? (error as Error).message;
          failed[code] = (failed[code] ?? 0) + 1;
        }
      }
    }),
  );
  return latency(times, failed);
}

/** "—" when nothing failed, else each status or code with its count: "503×8 timeout×2". */
function failures(failed: Record<string, number>): string {
  const parts = Object.entries(failed).map(([what, n]) => `${what.replace(/^Neo\.\w+Error\./, "")}×${n}`);
  return parts.length ? parts.join(" ") : "—";
}

/** A request autocannon sends: GET of a path, or POST of a JSON body. */
interface Call {
  path: string;
  body?: object;
}

async function http(base: string, calls: Call[], connections: number, seconds = SECONDS): Promise<Latency> {
  const result = await load({
    url: base,
    // Each connection goes through the list in turn.
    requests: calls.map((c) =>
      c.body
        ? {
            method: "POST" as const,
            path: c.path,
            headers: { "content-type": "application/json" },
            body: JSON.stringify(c.body),
          }
        : { method: "GET" as const, path: c.path },
    ),
    connections,
    duration: seconds,
  });
  const failed: Record<string, number> = {};
  for (const [status, n] of Object.entries(result.statuses)) if (!status.startsWith("2")) failed[status] = n;
  // autocannon counts a timeout among its errors too.
  if (result.timeouts) failed.timeout = result.timeouts;
  if (result.errors > result.timeouts) failed.error = result.errors - result.timeouts;
  return latency(result.times, failed);
}

interface Served {
  base: string;
  close(): Promise<void>;
}

async function listen(config: Config, driver: Driver): Promise<Served> {
  const app = createApp({ config, driver, log: pino({ level: "silent" }) });
  const listener = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return {
    base: `http://127.0.0.1:${(listener.address() as AddressInfo).port}`,
    close: () => {
      listener.closeAllConnections();
      return new Promise((resolve) => listener.close(() => resolve()));
    },
  };
}

export async function run(): Promise<void> {
  const config = loadConfig({ ...process.env, ...BENCH_ENV, LOG_LEVEL: "silent" });
  if (config.NEO4J_URI)
    throw new Error("the API bench generates data: run it on the local launcher (unset NEO4J_URI)");
  const server = await start(config, (m) => process.stderr.write(`${m}\n`));
  const driver = createDriver(config);
  const database = config.NEO4J_DATABASE;
  // Closed whatever happens: an open listener would keep the process alive after a failure.
  const servers: Served[] = [];
  try {
    await applySchema(driver, database);
    await generate(driver, database);
    const db = { driver, database, timeouts: config };
    const [hub] = await read(
      db,
      "MATCH (a:Actor {id: 'a0'}) RETURN COUNT { (a)-[:PARTICIPATED_IN]->() } AS degree",
      {},
      { mapper: (row) => row.number("degree") },
    );
    console.log(`graph: ${ACTORS} actors, ${MEETINGS} meetings; hub actor:a0 has ${hub} meetings`);

    // As shipped (response cache on) and with the cache off: the same app, one setting apart.
    const cached = await listen(config, driver);
    const uncached = await listen({ ...config, RESPONSE_CACHE_MB: 0 }, driver);
    servers.push(cached, uncached);
    const graphQuery = GraphQuery.parse({ center: "actor:a0", depth: "2" });
    const graphWork = () => readTransaction(db, (tx) => walkGraph(tx, graphQuery));
    const mixedQueries = Array.from({ length: MIXED_CENTRES }, (_, i) =>
      GraphQuery.parse({ center: `actor:a${i}`, depth: "2" }),
    );
    let nextMixed = 0;
    const mixedWork = () =>
      readTransaction(db, (tx) => walkGraph(tx, mixedQueries[nextMixed++ % MIXED_CENTRES]!));
    const searchWork = () =>
      read(db, SEARCH, { query: luceneQuery("actor 12"), limit: neo4j.int(10) }, { mapper: () => undefined });
    const coParticipants = findQuery(loadSavedQueries(), "co-participants");
    const savedParams = { actor: "a0", limit: 25 };
    const savedWork = () =>
      read(
        db,
        coParticipants.query,
        { actor: "a0", limit: neo4j.int(savedParams.limit) },
        { mapper: () => undefined },
      );
    const graphCall: Call = { path: "/api/graph?center=actor:a0&depth=2" };
    // Shuffled once (seeded), so neighbouring connections do not ask for the same centre in step.
    const random = mulberry32(7);
    const mixedCalls: Call[] = mixedQueries
      .map((_, i) => ({ path: `/api/graph?center=actor:a${i}&depth=2`, order: random() }))
      .sort((a, b) => a.order - b.order)
      .map(({ path }) => ({ path }));
    const searchCall: Call = { path: "/api/search?q=actor%2012" };
    const savedCall: Call = { path: "/api/queries/co-participants/run", body: { params: savedParams } };

    const answer = await fetch(`${cached.base}${graphCall.path}`);
    const text = await answer.text();
    const body = JSON.parse(text) as {
      elements: { group: string; data: { kind?: string } }[];
      truncated: boolean;
      capped: { id: string; shown: number; total: number }[];
    };
    const nodes = body.elements.filter((e) => e.group === "nodes");
    console.log(
      `depth-2 answer around actor:a0 (perNode ${graphQuery.perNode}, limit ${graphQuery.limit}): ` +
        `${nodes.filter((e) => e.data.kind === "meeting").length} meetings, ` +
        `${nodes.filter((e) => e.data.kind === "actor").length} actors, ` +
        `${body.elements.length - nodes.length} edges, ${(text.length / 1024).toFixed(0)} KiB, ` +
        `truncated ${body.truncated}, ${body.capped.length} nodes capped ` +
        `(first: ${body.capped
          .slice(0, 3)
          .map((c) => `${c.id} ${c.shown}/${c.total}`)
          .join(", ")})`,
    );

    const cases: {
      name: string;
      server: Served;
      calls: Call[];
      work: () => Promise<unknown>;
      connections: number;
    }[] = [
      {
        name: "graph depth 2 (a0)",
        server: cached,
        calls: [graphCall],
        work: graphWork,
        connections: CONNECTIONS,
      },
      {
        name: "  same, cache off",
        server: uncached,
        calls: [graphCall],
        work: graphWork,
        connections: CONNECTIONS,
      },
      {
        name: `graph, ${MIXED_CENTRES} centres`,
        server: cached,
        calls: mixedCalls,
        work: mixedWork,
        connections: CONNECTIONS,
      },
      {
        name: "  same, cache off",
        server: uncached,
        calls: mixedCalls,
        work: mixedWork,
        connections: CONNECTIONS,
      },
      {
        name: "search 'actor 12'",
        server: cached,
        calls: [searchCall],
        work: searchWork,
        connections: CONNECTIONS,
      },
      {
        name: "  same, cache off",
        server: uncached,
        calls: [searchCall],
        work: searchWork,
        connections: CONNECTIONS,
      },
      {
        name: "saved co-participants (a0)",
        server: cached,
        calls: [savedCall],
        work: savedWork,
        connections: CONNECTIONS,
      },
      {
        name: "graph depth 2, cache off",
        server: uncached,
        calls: [graphCall],
        work: graphWork,
        connections: 1,
      },
      { name: "search, cache off", server: uncached, calls: [searchCall], work: searchWork, connections: 1 },
      { name: "saved query", server: cached, calls: [savedCall], work: savedWork, connections: 1 },
    ];
    console.log(
      `\n${SECONDS} s each; latencies in ms; autocannon in a worker thread, server on this process's event loop`,
    );
    console.log(
      "endpoint                      | conns |  API p50   p95   p99  req/s  failed | bare p50   p95   p99  req/s  failed | p95 ratio",
    );
    for (const c of cases) {
      try {
        // Both sides warmed first: Neo4j's caches and query plans, the server's code and its cache.
        await bare(c.work, c.connections);
        await http(c.server.base, c.calls, c.connections, WARM_SECONDS);
        const api = await http(c.server.base, c.calls, c.connections);
        const drv = await bare(c.work, c.connections);
        const f = (x: number) => x.toFixed(1).padStart(5);
        console.log(
          `${c.name.padEnd(30)}| ${String(c.connections).padStart(5)} | ${f(api.p50)} ${f(api.p95)} ${f(api.p99)} ${api.rps.toFixed(0).padStart(6)} ${failures(api.failed).padStart(7)} |` +
            ` ${f(drv.p50)} ${f(drv.p95)} ${f(drv.p99)} ${drv.rps.toFixed(0).padStart(6)} ${failures(drv.failed).padStart(7)} | ${(api.p95 / drv.p95).toFixed(2)}× (target ≤ 1.3×)`,
        );
      } catch (error) {
        // A case that cannot be measured at all (the load generator failed) is said, and the next one runs.
        console.log(
          `${c.name.padEnd(30)}| ${String(c.connections).padStart(5)} | failed: ${(error as Error).message}`,
        );
      }
    }
    console.log(
      "(targets: API p95 ≤ 1.3× bare, ≤ 50 ms for depth 2; the server as shipped checks the graph for\n" +
        ` writes at most every ${config.RESPONSE_CACHE_FRESH_MS} ms (RESPONSE_CACHE_FRESH_MS);\n` +
        ` each case follows a ${WARM_SECONDS} s warm-up of both sides, whose answers the cache keeps; the graph does not change during the run)`,
    );
  } finally {
    for (const served of servers) await served.close();
    await driver.close();
    if (server.started && !process.env.KEEP_NEO4J) await stop(config, (m) => process.stderr.write(`${m}\n`));
  }
}
