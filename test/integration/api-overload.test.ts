// Saved queries under load (#22): 32 runs at once around a hub are all answered, where they used to
// outgrow Neo4j's memory pool for all transactions (Neo.TransientError.General.MemoryPoolOutOfMemoryError)
// and come back as 503 "Neo4j is unavailable"; past the queue the server says it is overloaded, with
// Retry-After, and never that Neo4j is unavailable.
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

// The hub's co-participants query needs ~20 MB of transaction memory (PROFILE: 20,087,840 bytes for
// 50,000 partners), so 32 at once need ~640 MB of the launcher's 256 MiB pool (as in the API bench,
// where 32 runs around a hub of 21,358 meetings need ~8 MiB each and sometimes outgrew it).
const PARTNERS = 50_000;
const MEETINGS = 5_000;
const RUNS = 32;

// Enough time for 32 runs on 2 shared cores: the test is about memory and 503s, not timeouts.
const roomy = { RATE_LIMIT_PER_MINUTE: "100000", QUERY_TIMEOUT_MS: "30000", RESPONSE_CACHE_MB: "0" };

let server: TestServer;
let tiny: TestServer;

/** Deletes everything in batches: one transaction for the whole seed (or 10,000 nodes) outgrows
 * Neo4j's transaction memory limits. */
async function clearInBatches(): Promise<void> {
  const session = server.driver.session({ database: server.config.NEO4J_DATABASE });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
  } finally {
    await session.close();
  }
}

async function seedHub(): Promise<void> {
  const session = server.driver.session({ database: server.config.NEO4J_DATABASE });
  try {
    await session.run("CREATE (:Actor {id: 'hub', name: 'Hub', kind: 'state', aliases: []})");
    await session.run(
      `MATCH (h:Actor {id: 'hub'}) UNWIND range(0, $meetings - 1) AS i
       CREATE (h)-[:PARTICIPATED_IN]->(:Meeting {id: 'load-' + i, date: date('2021-01-01') + duration({days: i % 365}),
                                                 kind: 'talks', cameo: '040', sourceCount: 1})`,
      { meetings: neo4j.int(MEETINGS) },
    );
    // Ten partners a meeting, each in one meeting only: 50,000 rows for the query to group. Written in
    // small transactions, each well inside Neo4j's transaction timeout also on a busy machine.
    const chunk = 5000;
    for (let from = 0; from < PARTNERS; from += chunk) {
      await session.run(
        `UNWIND range($from, $to - 1) AS i
         MATCH (m:Meeting {id: 'load-' + (i % $meetings)})
         CREATE (:Actor {id: 'partner-' + i, name: 'Partner ' + i, kind: 'person', aliases: []})-[:PARTICIPATED_IN]->(m)`,
        {
          from: neo4j.int(from),
          to: neo4j.int(Math.min(from + chunk, PARTNERS)),
          meetings: neo4j.int(MEETINGS),
        },
      );
    }
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  server = await startTestServer(roomy);
  tiny = await startTestServer({
    ...roomy,
    QUERY_CONCURRENCY: "1",
    QUERY_QUEUE: "1",
    EXPLORE_CONCURRENCY: "1",
    EXPLORE_QUEUE: "0",
  });
  await clearInBatches();
  await seedHub();
});
afterAll(async () => {
  await clearInBatches();
  await server.close();
  await tiny.close();
});

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { rows?: unknown[]; error?: { code: string; message: string; details?: Record<string, unknown> } };
}

async function ask(url: string, init?: RequestInit): Promise<Answer> {
  const res = await fetch(url, init);
  return {
    status: res.status,
    retryAfter: res.headers.get("retry-after"),
    body: (await res.json()) as never,
  };
}

function runHub(base: string): Promise<Answer> {
  return ask(`${base}/api/queries/co-participants/run`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ params: { actor: "hub", limit: 25 } }),
  });
}

/** Answers counted by status and error code, e.g. {"200": 30, "503 overloaded": 2}. */
function tally(answers: Answer[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of answers) {
    const key = a.body.error ? `${a.status} ${a.body.error.code}` : String(a.status);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe("a saved query run 32 times at once", () => {
  it("answers every run with its rows, none with 503", { timeout: 180_000 }, async () => {
    const answers = await Promise.all(Array.from({ length: RUNS }, () => runHub(server.url)));
    expect(tally(answers)).toEqual({ "200": RUNS });
    for (const a of answers) expect(a.body.rows).toHaveLength(25);
  });
});

describe("past the queue", () => {
  it("refuses the excess saved-query runs as overloaded with Retry-After, never neo4j_unavailable", async () => {
    // One runs, one waits, the other ten arrive while the first is still at work (~250 ms or more).
    const answers = await Promise.all(Array.from({ length: 12 }, () => runHub(tiny.url)));
    const counts = tally(answers);
    expect(Object.keys(counts).sort(), JSON.stringify(counts)).toEqual(["200", "503 overloaded"]);
    expect(counts["200"]).toBeGreaterThanOrEqual(2);
    for (const a of answers.filter((x) => x.status === 503)) {
      expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(a.body.error!.details).toMatchObject({
        queue: "query",
        retryAfterSeconds: Number(a.retryAfter),
      });
      expect(a.body.error!.message).toMatch(/busy/);
    }
  });

  it("refuses excess exploration reads the same way, and serves the next one", async () => {
    const url = `${tiny.url}/api/graph?center=actor:hub&depth=2`;
    const answers = await Promise.all(Array.from({ length: 40 }, () => ask(url)));
    const counts = tally(answers);
    expect(Object.keys(counts).sort(), JSON.stringify(counts)).toEqual(["200", "503 overloaded"]);
    for (const a of answers.filter((x) => x.status === 503)) expect(a.retryAfter).toMatch(/^\d+$/);
    // Every slot was given back.
    expect((await ask(url)).status).toBe(200);
  });
});
