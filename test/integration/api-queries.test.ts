// Saved queries and ad-hoc Cypher against the real Neo4j, with a catalogue of hostile queries that
// must all be refused or cut with a 4xx and leave the graph as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTx } from "../../cypher/neo4j.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer({
    QUERY_TIMEOUT_MS: "3000",
    QUERY_ROW_CAP: "50",
    RATE_LIMIT_PER_MINUTE: "1000",
  });
});
afterAll(() => server.close());

interface Result {
  columns: string[];
  rows: Record<string, unknown>[];
  elements: { group: string; data: { id: string } }[];
  truncated: boolean;
}
type ErrorResponse = { error: { code: string; message: string; details?: { neo4jCode?: string } } };

async function post<T>(path: string, body: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** Counts and a checksum of every node and relationship, to prove nothing changed. */
async function fingerprint(): Promise<string> {
  return readTx(server.driver, server.config.NEO4J_DATABASE, async (tx) => {
    const r = await tx.run(
      `MATCH (n) WITH count(n) AS nodes, collect(n.id) AS ids
       OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels, ids`,
    );
    const rec = r.records[0]!;
    return `${rec.get("nodes")}/${rec.get("rels")}/${(rec.get("ids") as string[]).sort().join(",")}`;
  });
}

describe("GET /api/queries", () => {
  it("lists the saved queries with a JSON Schema of their parameters", async () => {
    const body = (await (await fetch(`${server.url}/api/queries`)).json()) as {
      queries: { id: string; params: { properties: Record<string, unknown> }; source: string }[];
    };
    const ids = body.queries.map((q) => q.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "who-met-whom",
        "actor-timeline",
        "incidents-by-place",
        "co-participants",
        "shortest-path",
        "most-connected",
      ]),
    );
    const whoMet = body.queries.find((q) => q.id === "who-met-whom")!;
    expect(whoMet.source).toBe("builtin");
    expect(whoMet.params.properties.limit).toMatchObject({
      type: "integer",
      default: 100,
      minimum: 1,
      maximum: 1000,
    });
  });
});

describe("POST /api/queries/:id/run", () => {
  it("who-met-whom: pairs with their number of meetings, and the pair as graph elements", async () => {
    const { status, body } = await post<Result>("/api/queries/who-met-whom/run", { params: {} });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0]!.meetings).toBe(2);
    const ids = body.elements.map((e) => e.data.id);
    expect(ids).toEqual(expect.arrayContaining(["actor:lukashenko", "actor:merkel"]));
  });

  it("who-met-whom: narrows to a date range", async () => {
    const { body } = await post<Result>("/api/queries/who-met-whom/run", {
      params: { from: "2021-11-16", actor: "merkel" },
    });
    expect(body.rows[0]!.dates).toEqual(["2021-11-17"]);
  });

  it("actor-timeline: one actor's meetings in date order", async () => {
    const { body } = await post<Result>("/api/queries/actor-timeline/run", {
      params: { actor: "lukashenko" },
    });
    expect(body.rows.map((r) => r.date)).toEqual(["2021-11-15", "2021-11-17"]);
    expect(body.rows[0]!.with).toEqual(["Angela Merkel"]);
  });

  it("incidents-by-place: incidents at a place in a date range, with actors", async () => {
    const { body } = await post<Result>("/api/queries/incidents-by-place/run", {
      params: { place: "bruzgi", from: "2021-11-01" },
    });
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0]).toMatchObject({
      date: "2021-11-16",
      place: "Bruzgi border crossing",
      kind: "clash",
    });
    const none = await post<Result>("/api/queries/incidents-by-place/run", { params: { to: "2021-11-01" } });
    expect(none.body.rows).toEqual([]);
  });

  it("co-participants: ranked by shared meetings", async () => {
    const { body } = await post<Result>("/api/queries/co-participants/run", { params: { actor: "merkel" } });
    expect(body.rows[0]).toMatchObject({ actor: "Alexander Lukashenko", meetings: 2, lastMet: "2021-11-17" });
  });

  it("shortest-path: paths between two actors as elements", async () => {
    const { body } = await post<Result>("/api/queries/shortest-path/run", {
      params: { from: "lukashenko", to: "merkel" },
    });
    expect(body.rows.map((r) => r.hops)).toEqual([2, 2]);
    expect(body.elements.filter((e) => e.group === "edges")).toHaveLength(4);
  });

  it("most-connected: actors by number of partners", async () => {
    const { body } = await post<Result>("/api/queries/most-connected/run", { params: { limit: 3 } });
    expect(body.rows).toHaveLength(3);
    expect(body.rows.every((r) => r.partners === 1)).toBe(true);
    const states = await post<Result>("/api/queries/most-connected/run", { params: { kind: "state" } });
    expect(states.body.rows).toEqual([]);
  });

  it("answers 400 naming the parameter when one is out of bounds or unknown", async () => {
    const bounds = await post<ErrorResponse>("/api/queries/who-met-whom/run", { params: { limit: 0 } });
    expect(bounds.status).toBe(400);
    expect(bounds.body.error.message).toMatch(/^limit:/);
    const unknown = await post<ErrorResponse>("/api/queries/who-met-whom/run", { params: { colour: "red" } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/colour/);
    const missing = await post<ErrorResponse>("/api/queries/actor-timeline/run", { params: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^actor:/);
  });

  it("answers 404 for an unknown query", async () => {
    expect((await post("/api/queries/nope/run", { params: {} })).status).toBe(404);
  });
});

describe("POST /api/cypher", () => {
  it("runs a read query and returns a table and graph elements", async () => {
    const { status, body } = await post<Result>("/api/cypher", {
      query: "MATCH (a:Actor {id: $id})-[r:PARTICIPATED_IN]->(m:Meeting) RETURN a, r, m ORDER BY m.date",
      params: { id: "merkel" },
    });
    expect(status).toBe(200);
    expect(body.columns).toEqual(["a", "r", "m"]);
    expect(body.rows).toHaveLength(2);
    expect(body.rows[0]!.a).toEqual({ id: "actor:merkel", label: "Angela Merkel" });
    expect(body.elements.filter((e) => e.group === "edges")).toHaveLength(2);
    expect(body.truncated).toBe(false);
  });

  it("connects the nodes a query returns, as Neo4j Browser does", async () => {
    const { status, body } = await post<Result>("/api/cypher", {
      query: "MATCH (a:Actor {id: $id})-[:PARTICIPATED_IN]->(m:Meeting) RETURN a, m",
      params: { id: "merkel" },
    });
    expect(status).toBe(200);
    const edges = body.elements.filter((e) => e.group === "edges");
    expect(edges).toHaveLength(2);
    expect(edges.every((e) => (e.data as { source?: string }).source === "actor:merkel")).toBe(true);
  });

  it("cuts a long result at the row cap and says so", async () => {
    const { status, body } = await post<Result>("/api/cypher", {
      query: "UNWIND range(1, 500) AS x RETURN x",
    });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(50);
    expect(body.truncated).toBe(true);
  });

  it("answers a syntax error with 400 and Neo4j's code and message", async () => {
    const { status, body } = await post<ErrorResponse>("/api/cypher", { query: "MATCH (n RETURN n" });
    expect(status).toBe(400);
    expect(body.error.details?.neo4jCode).toMatch(/^Neo\.ClientError\.Statement\.SyntaxError/);
    // Positions point into the user's query, not the EXPLAIN the guard wraps it in.
    expect(body.error.message).toMatch(/\(line 1, column 10 \(offset: 9\)\)/);
    expect(body.error.message).toContain('"MATCH (n RETURN n"');
    expect(body.error.message).toMatch(/\n {10}\^$/);
    const second = await post<ErrorResponse>("/api/cypher", { query: "MATCH (n:Actor)\nRETRN n" });
    expect(second.body.error.message).toMatch(/\(line 2, column 1 \(offset: 16\)\)/);
  });
});

// Each hostile query must be refused (or cut) with a 4xx; where a rule applies, its words are checked.
const HOSTILE: [string, string, RegExp?][] = [
  ["create", "CREATE (:Actor {id: 'x'})", /writes are not allowed/],
  ["merge", "MERGE (a:Actor {id: 'x'}) RETURN a", /writes are not allowed/],
  ["set", "MATCH (a:Actor) SET a.name = 'x'", /writes are not allowed/],
  ["delete", "MATCH (a:Actor) DELETE a", /writes are not allowed/],
  ["detach delete", "MATCH (n) DETACH DELETE n", /writes are not allowed/],
  ["remove", "MATCH (a:Actor) REMOVE a.name", /writes are not allowed/],
  ["foreach", "MATCH (a:Actor) FOREACH (x IN [1] | SET a.n = x)", /writes are not allowed/],
  ["lower-case write", "match (a:Actor) detach delete a", /writes are not allowed/],
  ["create index", "CREATE INDEX x IF NOT EXISTS FOR (n:Actor) ON (n.name)", /not allowed/],
  ["drop constraint", "DROP CONSTRAINT actor_id", /not allowed/],
  ["create database", "CREATE DATABASE evil", /not allowed/],
  ["create user", "CREATE USER evil SET PASSWORD 'password1'", /not allowed/],
  ["load csv file", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV is not allowed/],
  [
    "load csv http",
    "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS r RETURN r",
    /LOAD CSV is not allowed/,
  ],
  ["dbms.listConfig", "CALL dbms.listConfig() YIELD name RETURN name", /dbms procedures are not allowed/],
  ["dbms.security", "CALL dbms.security.createUser('evil', 'password1', false)", /not allowed/],
  ["dbms.killQuery", "CALL dbms.killQuery('query-1')", /dbms procedures are not allowed/],
  ["db.createLabel", "CALL db.createLabel('Evil')", /procedure db\.createLabel is not allowed|writes/],
  ["db.clearQueryCaches", "CALL db.clearQueryCaches()", /procedure db\.clearQueryCaches is not allowed/],
  ["show users", "SHOW USERS", /SHOW commands are not allowed/],
  ["show databases", "SHOW DATABASES", /SHOW commands are not allowed/],
  ["show transactions", "SHOW TRANSACTIONS", /SHOW commands are not allowed/],
  ["terminate", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE is not allowed/],
  [
    "call in transactions",
    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS",
    /not allowed/,
  ],
  [
    "read in transactions",
    "UNWIND [1,2] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y",
    /IN TRANSACTIONS is not allowed/,
  ],
  [
    "cartesian explosion",
    "MATCH (a), (b), (c), (d), (e) RETURN a.id, b.id, c.id, d.id, e.id",
    /cartesian product|estimated 10\^/,
  ],
  ["unbounded var-length", "MATCH p = (a)-[*]-(b) RETURN p", /upper bound/],
  ["open-ended var-length", "MATCH p = (a)-[:PARTICIPATED_IN*2..]-(b) RETURN p", /upper bound/],
  ["very long var-length", "MATCH p = (a)-[*1..100]-(b) RETURN p", /at most 10 hops/],
  ["huge unwind", "UNWIND range(1, 1000000000) AS x RETURN count(x)", /range\(\) over more than 10\^6/],
  [
    "nested range unwinds",
    "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)",
    /estimated 10\^|not allowed|time limit/,
  ],
  ["multiple statements", "MATCH (n) RETURN n; MATCH (n) DETACH DELETE n", /only one statement per request/],
  [
    "comment hiding a statement",
    "MATCH (n) RETURN n /* ok */ ; CREATE (:X)",
    /only one statement per request/,
  ],
  ["use system", "USE system SHOW USERS", /not allowed/],
  [
    "apoc",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})",
    /APOC procedures are not allowed/,
  ],
  ["too long", `RETURN '${"x".repeat(10_001)}'`, /10,000 characters/],
  ["write via parameters", "MATCH (a:Actor {id: $id}) SET a += $props", /writes are not allowed/],
];

describe("hostile ad-hoc queries", () => {
  let before: string;
  beforeAll(async () => {
    before = await fingerprint();
  });

  it(`has a catalogue of at least 30 (${HOSTILE.length})`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE)("refuses %s", async (_name, query, rule) => {
    const { status, body } = await post<ErrorResponse>("/api/cypher", {
      query,
      params: { id: "merkel", props: { name: "x" } },
    });
    expect(status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    if (rule) expect(body.error.message).toMatch(rule);
  });

  it("leaves the graph exactly as it was", async () => {
    expect(await fingerprint()).toBe(before);
  });
});
