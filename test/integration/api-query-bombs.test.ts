// Query bombs (#16) against the real Neo4j: each is answered with a 4xx, never 500 or a false 503,
// within the time limit, and Neo4j still answers `RETURN 1` afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESPONSE_BYTE_CAP, runUserCypher } from "../../server/queries/run-cypher.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

const TOKEN = "query-bombs-test-token";
let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer({
    QUERY_TIMEOUT_MS: "3000",
    QUERY_ROW_CAP: "50",
    RATE_LIMIT_PER_MINUTE: "10000",
    API_TOKEN: TOKEN,
  });
});
afterAll(() => server.close());

type ErrorResponse = { error: { code: string; message: string } };
interface Result {
  rows: Record<string, unknown>[];
  truncated: boolean;
  truncatedReason?: string;
  integersAsText?: string[];
}

async function post<T>(path: string, body: unknown): Promise<{ status: number; body: T; bytes: number }> {
  const res = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as T, bytes: text.length };
}

/** Neo4j itself (not the API) still answers. */
async function neo4jAnswers(): Promise<boolean> {
  const session = server.driver.session({ database: server.config.NEO4J_DATABASE });
  try {
    const r = await session.run("RETURN 1 AS one");
    return Number(r.records[0]?.get("one")) === 1;
  } catch {
    return false;
  } finally {
    await session.close();
  }
}

let deepParam: unknown = 1;
for (let i = 0; i < 3000; i++) deepParam = [deepParam];

const BOMBS: [string, string, Record<string, unknown>?][] = [
  ["string doubling", "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n"],
  ["nested comprehensions", "RETURN size([i IN range(1, 100000) | [j IN range(1, 100000) | j]]) AS n"],
  ["a billion-step reduce", "RETURN reduce(a = 0, i IN range(1, toInteger(1e9)) | a + i) AS n"],
  ["1,000 nested lists", `RETURN ${"[".repeat(1000)}1${"]".repeat(1000)} AS x`],
  ["4,900 nested parentheses", `RETURN ${"(".repeat(4900)}1${")".repeat(4900)} AS x`],
  ["a parameter nested 3,000 deep", "RETURN $p AS p", { p: deepParam }],
  ["a one-row payload bomb", "RETURN [i IN range(1, 100000) | range(1, 100)] AS l"],
];

describe("query bombs", () => {
  it.each(BOMBS)(
    "answers %s with a 4xx in under 10 s and Neo4j stays up",
    async (_name, query, params) => {
      const started = Date.now();
      const { status, body } = await post<ErrorResponse>("/api/cypher", { query, params: params ?? {} });
      expect(status, JSON.stringify(body).slice(0, 300)).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await neo4jAnswers()).toBe(true);
    },
    20_000,
  );

  it("abandons a query Neo4j does not interrupt, 2 s past its timeout", async () => {
    // A trusted query (no guard) whose one expression Neo4j computes for ~5 s without checking its timeout.
    const started = Date.now();
    const run = runUserCypher(
      server.driver,
      "RETURN reduce(a = 0, i IN range(1, 200000000) | a + i) AS n",
      {},
      {
        database: server.config.NEO4J_DATABASE,
        timeoutMs: 500,
        rowCap: 10,
        guard: false,
      },
    );
    await expect(run).rejects.toMatchObject({ status: 408, code: "query_timeout" });
    expect(Date.now() - started).toBeLessThan(3_500);
  }, 20_000);

  it("refuses to save a bomb as a user query", async () => {
    const { status, body } = await post<ErrorResponse>("/api/queries", {
      id: "bomb",
      title: "Bomb",
      description: "Sums a billion numbers in one expression",
      query: "RETURN reduce(a = 0, i IN range(1, toInteger(1e9)) | a + i) AS n",
    });
    expect(status, JSON.stringify(body)).toBe(403);
    expect(body.error.code).toBe("forbidden_query");
  });

  it("returns an integer beyond 2^53 exactly, as decimal text, and says which columns hold one", async () => {
    const { status, body } = await post<Result>("/api/cypher", {
      query:
        "RETURN 9007199254740993 AS n, [-9223372036854775808, 1] AS l, {big: 9223372036854775807} AS m, 2 AS small",
    });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.rows).toEqual([
      { n: "9007199254740993", l: ["-9223372036854775808", 1], m: { big: "9223372036854775807" }, small: 2 },
    ]);
    expect(body.integersAsText).toEqual(["n", "l", "m"]);
  });

  it("returns a large integer computed by a saved user query exactly", async () => {
    const saved = await post<unknown>("/api/queries", {
      id: "big-sum",
      title: "A big sum",
      description: "Adds past 2^53",
      query: "RETURN 9007199254740992 + 3 AS n",
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    try {
      const { status, body } = await post<Result>("/api/queries/big-sum/run", {});
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.rows).toEqual([{ n: "9007199254740995" }]);
      expect(body.integersAsText).toEqual(["n"]);
    } finally {
      await fetch(`${server.url}/api/queries/big-sum`, {
        method: "DELETE",
        headers: { authorization: `Bearer ${TOKEN}` },
      });
    }
  });

  it("sends no integersAsText when every integer fits", async () => {
    const { body } = await post<Result>("/api/cypher", { query: "RETURN 1 AS n" });
    expect(body.integersAsText).toBeUndefined();
  });

  it("still returns integers within 2^53 as numbers", async () => {
    const { status, body } = await post<Result>("/api/cypher", { query: "RETURN 9007199254740991 AS n" });
    expect(status).toBe(200);
    expect(body.rows[0]!.n).toBe(9007199254740991);
  });

  it(`cuts an answer at ${RESPONSE_BYTE_CAP} bytes and says why`, async () => {
    const { status, body, bytes } = await post<Result>("/api/cypher", {
      query: `UNWIND range(1, 40) AS i RETURN i, [j IN range(1, 2000) | '${"x".repeat(50)}'] AS l`,
    });
    expect(status).toBe(200);
    expect(body.truncated).toBe(true);
    expect(body.truncatedReason).toBe("bytes");
    expect(body.rows.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(RESPONSE_BYTE_CAP + 64 * 1024);
  });

  it("says a row cap cut an answer", async () => {
    const { body } = await post<Result>("/api/cypher", { query: "UNWIND range(1, 500) AS x RETURN x" });
    expect(body.truncated).toBe(true);
    expect(body.truncatedReason).toBe("rows");
  });
});

describe("planner internals and app data stay private", () => {
  it.each([
    ["CYPHER debug=tostring", "CYPHER debug=tostring RETURN 1 AS one"],
    ["saved views' ids", "MATCH (v:SavedView) RETURN v.id"],
    ["any node's id", "MATCH (n) RETURN n.id"],
    ["a node by element id", "MATCH (n) WHERE elementId(n) = $id RETURN n"],
    ["any relationship", "MATCH ()-[r]->() RETURN type(r)"],
    [
      "a quantified path over 50 hops",
      "MATCH p = (a:Actor)(()-[:PARTICIPATED_IN]-()){1,50}(b:Actor) RETURN count(p)",
    ],
  ])("refuses %s with 403", async (_name, query) => {
    const { status, body } = await post<ErrorResponse>("/api/cypher", { query, params: { id: "4:x:0" } });
    expect(status, JSON.stringify(body)).toBe(403);
    expect(body.error.code).toBe("forbidden_query");
  });

  it.each([
    ["a map key named create", "RETURN {create: 1} AS m"],
    ["an alias named use", "RETURN 1 AS use"],
  ])("answers %s", async (_name, query) => {
    const { status, body } = await post<Result>("/api/cypher", { query });
    expect(status, JSON.stringify(body)).toBe(200);
  });
});
