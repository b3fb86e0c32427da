// Issue #16: a Neo4j that has just started plans every query cold (its plan cache is empty and its own
// code not yet compiled): the first /api/graph?center= on a fresh server took ~1.8 s against ~0.1 s warm,
// and after an outage full throughput came back ~30 s after Neo4j was ready. Neo4j caches a plan by the
// exact query text and the types of its parameters (Cypher manual, "Query caches"), so the warm-up runs
// the explore routes' own functions once, with the same defaults a request gets from its zod schema, on
// real ids read from the graph: the same texts and parameter types. Reads only; run in the background
// at start and each time the driver sees Neo4j come back, one query at a time (it must not compete with
// the requests it prepares for), every step within what is left of a time budget, failures logged.
import type { Logger } from "pino";
import { onNeo4jBack } from "../cypher/neo4j.ts";
import { CountriesQuery } from "../contract/countries.ts";
import { GraphQuery } from "../contract/graph.ts";
import { PathsQuery } from "../contract/paths.ts";
import { SearchQuery } from "../contract/search.ts";
import { TimelineQuery } from "../contract/timeline.ts";
import { read, readTransaction, type Neo4jTarget } from "../cypher/run.ts";
import { DEFAULT_TIMEOUTS } from "../cypher/timeouts.ts";
import { countryGraph } from "./graph/countries.ts";
import { nodeDetails } from "./graph/node-details.ts";
import { shortestPaths } from "./graph/paths.ts";
import { searchNodes } from "./graph/search.ts";
import { graphStats } from "./graph/stats.ts";
import { timeline } from "./graph/timeline.ts";
import { walkGraph } from "./graph/walk.ts";

/** Longest a whole warm-up may take, ms, unless told (NEO4J_WARM_UP_MS): past it the remaining steps
 * are skipped. A cold Neo4j on a busy 2-core machine took ~22 s for all of them. */
export const WARM_UP_BUDGET_MS = 30_000;

export interface WarmUpStep {
  /** The route (and its variant) whose queries the step ran. */
  name: string;
  ms: number;
  /** Why it failed; absent when it ran. */
  error?: string;
}

export interface WarmUpReport {
  steps: WarmUpStep[];
  /** Steps left out because the budget ran out (or the graph is empty, for those that need an actor). */
  skipped: string[];
  ms: number;
}

/** The requests the explorer makes first; `actors` is how many actor ids (from the graph) a step needs. */
interface Step {
  name: string;
  actors: 0 | 1 | 2;
  run: (db: Neo4jTarget, [a, b]: string[]) => Promise<unknown>;
}

const walk = (db: Neo4jTarget, query: Record<string, string>) =>
  readTransaction(db, (tx) => walkGraph(tx, GraphQuery.parse(query)));

// In the order the explorer asks: a neighbourhood first (the walk's big UNION query is the slowest to
// plan cold: ~30 s on a busy 2-core machine), then the rest.
const STEPS: Step[] = [
  { name: "graph depth 1", actors: 1, run: (db, [a]) => walk(db, { center: `actor:${a}` }) },
  { name: "graph depth 2", actors: 1, run: (db, [a]) => walk(db, { center: `actor:${a}`, depth: "2" }) },
  { name: "search", actors: 1, run: (db, [a]) => searchNodes(db, SearchQuery.parse({ q: a })) },
  { name: "nodes", actors: 1, run: (db, [a]) => nodeDetails(db, `actor:${a}`) },
  { name: "stats", actors: 0, run: (db) => graphStats(db) },
  { name: "graph (whole)", actors: 0, run: (db) => walk(db, {}) },
  { name: "timeline", actors: 0, run: (db) => timeline(db, TimelineQuery.parse({})) },
  { name: "countries", actors: 0, run: (db) => countryGraph(db, CountriesQuery.parse({})) },
  { name: "paths", actors: 2, run: (db, [a, b]) => shortestPaths(db, PathsQuery.parse({ from: a, to: b })) },
];

/**
 * Runs the explore routes' queries once each; never throws. `budgetMs` bounds the whole run: each step's
 * transaction gets what is left of it as its timeout, and a step with nothing left is skipped.
 */
export async function warmUp(
  db: Neo4jTarget,
  log: Logger,
  { budgetMs = WARM_UP_BUDGET_MS }: { budgetMs?: number } = {},
): Promise<WarmUpReport> {
  const began = performance.now();
  const left = () => Math.floor(budgetMs - (performance.now() - began));
  // Each step runs with the time left as its read timeout, so a slow step cannot overrun the budget.
  const stepTarget = (): Neo4jTarget => ({
    ...db,
    timeouts: { ...(db.timeouts ?? DEFAULT_TIMEOUTS), NEO4J_READ_TIMEOUT_MS: Math.max(100, left()) },
  });
  const report: WarmUpReport = { steps: [], skipped: [], ms: 0 };
  let actors: string[] = [];
  try {
    actors = await read(
      stepTarget(),
      "MATCH (a:Actor) RETURN a.id AS id ORDER BY a.id LIMIT 2",
      {},
      {
        mapper: (row) => row.string("id"),
        timeoutMs: Math.max(100, left()),
      },
    );
  } catch (error) {
    report.steps.push({ name: "actors", ms: performance.now() - began, error: (error as Error).message });
  }
  for (const { name, actors: needs, run } of STEPS) {
    if (actors.length < needs || left() < 100) {
      report.skipped.push(name);
      continue;
    }
    const stepBegan = performance.now();
    try {
      await run(stepTarget(), actors);
      report.steps.push({ name, ms: Math.round(performance.now() - stepBegan) });
    } catch (error) {
      report.steps.push({
        name,
        ms: Math.round(performance.now() - stepBegan),
        error: (error as Error).message,
      });
    }
  }
  report.ms = Math.round(performance.now() - began);
  const failed = report.steps.filter((s) => s.error);
  log[failed.length ? "warn" : "info"](
    {
      ms: report.ms,
      steps: Object.fromEntries(report.steps.map((s) => [s.name, s.error ? `failed: ${s.error}` : s.ms])),
      ...(report.skipped.length ? { skipped: report.skipped } : {}),
    },
    failed.length ? "Neo4j warm-up: some queries failed" : "Neo4j warm-up done",
  );
  return report;
}

/**
 * Warms Neo4j now and each time the driver finds it back after an outage, in the background: never more
 * than one warm-up at a time (a return during a warm-up is covered by it). Returns the means to stop.
 */
export function keepWarm(db: Neo4jTarget, log: Logger, budgetMs = WARM_UP_BUDGET_MS): () => void {
  let running: Promise<unknown> | undefined;
  const start = (why: string) => {
    if (running) return;
    log.info({ why }, "Neo4j warm-up started");
    running = warmUp(db, log, { budgetMs }).finally(() => (running = undefined));
  };
  start("server start");
  return onNeo4jBack(db.driver, () => start("Neo4j is back"));
}
