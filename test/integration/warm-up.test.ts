// Issue #16: the server runs the explore routes' queries once at start and each time Neo4j comes back
// (server/warm-up.ts), so the first requests find their plans cached. Against the real Neo4j, the seeded
// graph, and a TCP proxy that the test cuts and restores.
import type { Driver } from "neo4j-driver";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver, neo4jAvailability, neo4jUri } from "../../cypher/neo4j.ts";
import { readBookmarks, type Neo4jTarget } from "../../cypher/run.ts";
import { loadExtraction } from "../../ingest/load.ts";
import { keepWarm, warmUp } from "../../server/warm-up.ts";
import { seedExtraction } from "../fixtures/seed-extraction.ts";
import { clearGraph, openTestDriver, testConfig } from "../support/neo4j.ts";
import { boltAddress, boltUriThrough, startTcpProxy, type TcpProxy } from "../support/tcp-proxy.ts";

const database = testConfig.NEO4J_DATABASE;
const EVERY_STEP = [
  "graph depth 1",
  "graph depth 2",
  "search",
  "nodes",
  "stats",
  "graph (whole)",
  "timeline",
  "countries",
  "paths",
];

let seeded: Driver;

beforeAll(async () => {
  seeded = await openTestDriver();
  await clearGraph(seeded);
  await loadExtraction(seeded, seedExtraction, { database });
});

afterAll(async () => {
  await clearGraph(seeded);
  await seeded.close();
});

/** A logger whose lines the test reads. */
function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { log, lines };
}

/** Waits (polling every 50 ms, at most `ms`) until `condition` holds; whether it did. */
async function eventually(condition: () => boolean, ms = 150_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return condition();
}

describe("the Neo4j warm-up", () => {
  it("runs the queries of every explore route once, on ids from the graph, and logs what it ran", async () => {
    const { log, lines } = capturedLog();
    // A budget no cold Neo4j on a busy machine reaches: here every step must run.
    const report = await warmUp({ driver: seeded, database }, log, { budgetMs: 120_000 });
    expect(report.steps.filter((s) => s.error)).toEqual([]);
    expect(report.steps.map((s) => s.name)).toEqual(EVERY_STEP);
    expect(report.skipped).toEqual([]);
    expect(lines.at(-1)).toMatchObject({ level: 30, msg: "Neo4j warm-up done" });
    expect(Object.keys(lines.at(-1)!.steps as object)).toEqual(EVERY_STEP);
  });

  it("stays within its time budget: steps with no time left are skipped, and nothing throws", async () => {
    const { log, lines } = capturedLog();
    const report = await warmUp({ driver: seeded, database }, log, { budgetMs: 1 });
    expect(report.skipped).toEqual(EVERY_STEP);
    expect(lines.at(-1)).toMatchObject({ skipped: EVERY_STEP });
  });

  it("on an empty graph skips the steps that need actors and runs the rest", async () => {
    await clearGraph(seeded);
    try {
      const report = await warmUp({ driver: seeded, database }, capturedLog().log, { budgetMs: 120_000 });
      expect(report.skipped).toEqual(["graph depth 1", "graph depth 2", "search", "nodes", "paths"]);
      expect(report.steps.filter((s) => s.error)).toEqual([]);
    } finally {
      await loadExtraction(seeded, seedExtraction, { database });
    }
  });

  describe("through a proxy that the test cuts", () => {
    let proxy: TcpProxy;
    let driver: Driver;
    let db: Neo4jTarget;

    beforeAll(async () => {
      const uri = neo4jUri(testConfig);
      proxy = await startTcpProxy(boltAddress(uri));
      driver = createDriver({
        ...testConfig,
        NEO4J_URI: boltUriThrough(proxy, uri),
        NEO4J_PROBE_INTERVAL_MS: 100,
        NEO4J_CONNECTION_TIMEOUT_MS: 1_000,
      });
      db = { driver, database };
    });

    afterAll(async () => {
      proxy?.restore();
      await driver?.close();
      await proxy?.close();
    });

    it("warms at once, and again each time the driver finds Neo4j back after an outage", async () => {
      const { log, lines } = capturedLog();
      const done = () => lines.filter((l) => l.msg === "Neo4j warm-up done");
      const stop = keepWarm(db, log, 120_000);
      try {
        expect(await eventually(() => done().length === 1)).toBe(true);
        expect(lines[0]).toMatchObject({ msg: "Neo4j warm-up started", why: "server start" });

        proxy.cut();
        await expect(readBookmarks(db, 2_000)).rejects.toThrow();
        expect(neo4jAvailability(driver).state).toBe("down");
        // Nothing runs while Neo4j is down.
        expect(done()).toHaveLength(1);

        proxy.restore();
        expect(await eventually(() => done().length === 2)).toBe(true);
        expect(lines.filter((l) => l.msg === "Neo4j warm-up started").map((l) => l.why)).toEqual([
          "server start",
          "Neo4j is back",
        ]);
        expect(Object.keys(done()[1]!.steps as object)).toEqual(EVERY_STEP);
      } finally {
        stop();
      }
      // Stopped: another return of Neo4j starts no warm-up.
      proxy.cut();
      await expect(readBookmarks(db, 2_000)).rejects.toThrow();
      proxy.restore();
      expect(await eventually(() => neo4jAvailability(driver).state === "up")).toBe(true);
      expect(lines.filter((l) => l.msg === "Neo4j warm-up started")).toHaveLength(2);
    });
  });
});
