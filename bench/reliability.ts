// Reliability bench (issue #16, "every fault is survived"): server/main.ts as a child process over its own
// Neo4j (7753/7754 unless BENCH_RELIABILITY_BOLT_PORT/_HTTP_PORT say otherwise, seeded with the test
// extraction), then
//   1. a fuzz: 10,000 seeded requests generated from the OpenAPI document over every route, 8 at a time:
//      statuses, 5xx and answers outside the one error shape;
//   0. first requests on a fresh server: Neo4j freshly started, the API started, and 10 s later (a server
//      waiting for its first user) the explorer's first requests, each timed the first and the second
//      time it is asked: once with the warm-up off (NEO4J_WARM_UP_MS=0, cold plans) and once with it on;
//   2. an outage drill: 20 connections asking /api/graph and /api/search in a loop; Neo4j is stopped for
//      ~10 s and started again: 503 latency p50/p95 while it is down (target p95 ≤ 200 ms), time from
//      Neo4j ready to the last failed answer (target ≤ 5 s), and crashes of the API (target 0).
// `--no-fresh` leaves out phase 0. Bounded: a fixed number of requests and fixed phases; stops by itself. Prints numbers, asserts none.
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import { createDriver, loadNeo4jConfig } from "../cypher/neo4j.ts";
import { applySchema } from "../cypher/run.ts";
import { loadExtraction } from "../ingest/load.ts";
import { reset, start, stop } from "../scripts/neo4j.ts";
import { seedExtraction } from "../test/fixtures/seed-extraction.ts";
import {
  documentedErrorCodes,
  sampleRequests,
  sendFuzz,
  type FuzzAnswer,
  type OpenApiDocument,
} from "../test/support/openapi-fuzz.ts";
import { freePort } from "../test/support/ports.ts";

const TOKEN = "bench-reliability-token-0123456789";
const FUZZ_REQUESTS = 10_000;
const FUZZ_CONCURRENCY = 8;
const FUZZ_SEED = 1616;
const CONNECTIONS = 20;
const WARM_MS = 3_000;
const OUTAGE_MS = 10_000;
// Long enough to see a recovery that misses its 5 s target by far (a cold Neo4j took ~30 s).
const AFTER_READY_MS = 40_000;
/** Idle time between the API's start and its first request, in the fresh-server phase. */
const FIRST_USER_AFTER_MS = 10_000;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEO4J_BOLT_PORT: process.env.BENCH_RELIABILITY_BOLT_PORT ?? "7753",
  NEO4J_HTTP_PORT: process.env.BENCH_RELIABILITY_HTTP_PORT ?? "7754",
};
delete env.NEO4J_URI;

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)]!;
}

const ms = (n: number) => (Number.isNaN(n) ? "–" : `${n.toFixed(0)} ms`);

interface Api {
  url: string;
  child: ChildProcess;
  crashes: () => number;
  close(): Promise<void>;
}

async function startApi(extraEnv: NodeJS.ProcessEnv = {}): Promise<Api> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...env,
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "error",
      API_TOKEN: TOKEN,
      // The drill stops Neo4j on purpose; the supervisor would leave it stopped anyway.
      NEO4J_SUPERVISE: "false",
      RATE_LIMIT_PER_MINUTE: "1000000000",
      EMBED_RATE_LIMIT_PER_MINUTE: "1000000000",
      // Every drill request must reach Neo4j, not a cached answer.
      RESPONSE_CACHE_MB: "0",
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
  let crashes = 0;
  let closing = false;
  child.on("exit", (code, signal) => {
    if (closing) return;
    crashes += 1;
    process.stderr.write(`API exited (code ${code}, signal ${signal}):\n${stderr}\n`);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (child.exitCode !== null) throw new Error(`the API did not start:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    crashes: () => crashes,
    async close() {
      closing = true;
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

/** The explorer's first requests on a fresh server, each asked twice: first (cold?) and again (warm). */
async function firstRequests(api: Api, label: string): Promise<void> {
  await new Promise((r) => setTimeout(r, FIRST_USER_AFTER_MS));
  const paths = [
    "/api/graph?center=actor:merkel",
    "/api/graph?center=actor:merkel&depth=2",
    "/api/search?q=Merkel",
    "/api/nodes/actor:lukashenko",
    "/api/stats",
  ];
  const figures: string[] = [];
  for (const path of paths) {
    const times: string[] = [];
    for (let i = 0; i < 2; i++) {
      const began = performance.now();
      const res = await fetch(`${api.url}${path}`, { signal: AbortSignal.timeout(60_000) });
      await res.arrayBuffer();
      times.push(`${(performance.now() - began).toFixed(0)}${res.ok ? "" : ` (${res.status})`}`);
    }
    figures.push(`    ${path}: first ${times[0]} ms, again ${times[1]} ms`);
  }
  console.log(
    `\nfresh server, ${label}: first requests ${FIRST_USER_AFTER_MS / 1000} s after start (load ${load()})`,
  );
  for (const line of figures) console.log(line);
}

async function restartNeo4j(config: ReturnType<typeof loadNeo4jConfig>): Promise<void> {
  await stop(config, () => undefined);
  await start(config, () => undefined);
}

async function fuzz(api: Api, count: number): Promise<void> {
  const doc = (await (await fetch(`${api.url}/api/openapi.json`)).json()) as OpenApiDocument;
  const codes = documentedErrorCodes(doc);
  const requests = sampleRequests(doc, TOKEN, FUZZ_SEED, count);
  const answers: FuzzAnswer[] = [];
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: FUZZ_CONCURRENCY }, async () => {
      while (next < requests.length) answers.push(await sendFuzz(api.url, requests[next++]!, doc, codes));
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  const statuses = new Map<number, number>();
  for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
  const problems = answers.filter((a) => a.problem);
  const routes = new Set(requests.map((r) => `${r.method} ${r.route}`));
  console.log(
    `\nfuzz: ${answers.length} requests over ${routes.size} routes (seed ${FUZZ_SEED}) in ${seconds.toFixed(1)} s`,
  );
  console.log(
    `  statuses: ${[...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join("  ")}`,
  );
  console.log(`  5xx: ${answers.filter((a) => a.status >= 500 && a.problem).length}`);
  console.log(`  answers outside the contract (5xx, no answer, error shape): ${problems.length}`);
  for (const p of problems.slice(0, 10))
    console.log(`    ${p.request.method} ${p.request.url.slice(0, 120)} → ${p.problem?.slice(0, 160)}`);
}

interface Sample {
  start: number;
  at: number;
  ms: number;
  status: number;
}

async function outageDrill(api: Api, config: ReturnType<typeof loadNeo4jConfig>): Promise<void> {
  const samples: Sample[] = [];
  let running = true;
  const paths = [
    "/api/graph?center=actor:merkel",
    "/api/search?q=Merkel",
    "/api/stats",
    "/api/nodes/actor:lukashenko",
  ];
  const loops = Array.from({ length: CONNECTIONS }, async (_, i) => {
    let n = i;
    while (running) {
      const began = performance.now();
      let status: number;
      try {
        const res = await fetch(`${api.url}${paths[n++ % paths.length]}`, {
          signal: AbortSignal.timeout(30_000),
        });
        await res.arrayBuffer();
        status = res.status;
      } catch {
        status = 0;
      }
      const end = performance.now();
      samples.push({ start: began, at: end, ms: end - began, status });
    }
  });
  await new Promise((r) => setTimeout(r, WARM_MS));
  const downAt = performance.now();
  await stop(config, () => undefined);
  const stoppedAt = performance.now();
  await new Promise((r) => setTimeout(r, OUTAGE_MS));
  const restartAt = performance.now();
  await start(config, () => undefined);
  const readyAt = performance.now();
  await new Promise((r) => setTimeout(r, AFTER_READY_MS));
  running = false;
  await Promise.all(loops);

  const during = samples.filter((s) => s.at > stoppedAt && s.at < restartAt);
  const unavailable = during.filter((s) => s.status === 503).map((s) => s.ms);
  // Full recovery: from Neo4j ready until the last request started after it that failed.
  const failedAfterReady = samples.filter((s) => s.start >= readyAt && s.status !== 200);
  const lastFailure = Math.max(readyAt, ...failedAfterReady.map((s) => s.at));
  const firstOk = Math.min(...samples.filter((s) => s.start >= readyAt && s.status === 200).map((s) => s.at));
  const okBefore = samples.filter((s) => s.at < downAt && s.status === 200).length;
  // Requests in flight while Neo4j shut down, and how long they were held.
  const stopping = samples.filter((s) => s.at > downAt && s.at <= stoppedAt + 1_000);
  console.log(
    `\noutage drill (load ${load()}): ${CONNECTIONS} connections; Neo4j's shutdown took ${ms(stoppedAt - downAt)}, down ${((restartAt - stoppedAt) / 1000).toFixed(1)} s, ready ${((readyAt - restartAt) / 1000).toFixed(1)} s after its start`,
  );
  console.log(`  before: ${okBefore} answers 200 in ${WARM_MS / 1000} s`);
  console.log(
    `  during the shutdown: ${stopping.length} answers, latency p50 ${ms(
      percentile(
        stopping.map((s) => s.ms),
        0.5,
      ),
    )}, max ${ms(Math.max(0, ...stopping.map((s) => s.ms)))}`,
  );
  const statuses = new Map<number, number>();
  for (const s of during) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
  console.log(
    `  while down: ${during.length} answers (${[...statuses.entries()].map(([s, n]) => `${s}×${n}`).join("  ")}); 503 latency p50 ${ms(percentile(unavailable, 0.5))}, p95 ${ms(percentile(unavailable, 0.95))}, max ${ms(Math.max(...unavailable))} (target p95 ≤ 200 ms)`,
  );
  console.log(
    // Recovered once requests neither fail nor wait: the later of the first 200 and the last failure
    // (requests held while a cold Neo4j plans count as not recovered, though none of them fails).
    `  after ready: recovered ${((Math.max(firstOk, lastFailure) - readyAt) / 1000).toFixed(2)} s after Neo4j was ready (target ≤ 5 s): first 200 at ${((firstOk - readyAt) / 1000).toFixed(2)} s, last failure at ${((lastFailure - readyAt) / 1000).toFixed(2)} s (${failedAfterReady.length} failed answers to requests sent after ready)`,
  );
  // What the late failures were (0: no answer within the client's 30 s), so a miss points at its cause.
  const late = new Map<number, { n: number; maxMs: number; lastAt: number }>();
  for (const s of failedAfterReady) {
    const entry = late.get(s.status) ?? { n: 0, maxMs: 0, lastAt: 0 };
    late.set(s.status, {
      n: entry.n + 1,
      maxMs: Math.max(entry.maxMs, s.ms),
      lastAt: Math.max(entry.lastAt, s.at - readyAt),
    });
  }
  for (const [status, { n, maxMs, lastAt }] of late)
    console.log(
      `    failed after ready: ${status}×${n}, slowest ${ms(maxMs)}, last ${(lastAt / 1000).toFixed(2)} s after ready`,
    );
  console.log(
    `  API crashes: ${api.crashes()} (target 0); connection errors: ${samples.filter((s) => s.status === 0).length}`,
  );
}

export async function run(args: string[]): Promise<void> {
  const countArg = args.indexOf("--fuzz");
  const count = countArg >= 0 ? Number(args[countArg + 1]) : FUZZ_REQUESTS;
  const config = loadNeo4jConfig(env);
  console.log(`reliability bench: own Neo4j on 127.0.0.1:${config.NEO4J_BOLT_PORT}`);
  await start(config, (m) => console.log(`[neo4j] ${m}`));
  let api: Api | undefined;
  try {
    const driver = createDriver(config);
    try {
      await applySchema(driver, config.NEO4J_DATABASE);
      await loadExtraction(driver, seedExtraction, { database: config.NEO4J_DATABASE });
    } finally {
      await driver.close();
    }
    if (!args.includes("--no-fresh")) {
      // Both variants start from a Neo4j just started (the seeding above warmed its write paths).
      await restartNeo4j(config);
      const cold = await startApi({ NEO4J_WARM_UP_MS: "0" });
      await firstRequests(cold, "warm-up off");
      await cold.close();
      await restartNeo4j(config);
    }
    api = await startApi();
    if (!args.includes("--no-fresh")) await firstRequests(api, "warm-up on (as shipped)");
    await fuzz(api, count);
    await outageDrill(api, config);
  } finally {
    await api?.close();
    await reset(config, (m) => console.log(`[neo4j] ${m}`));
  }
}
