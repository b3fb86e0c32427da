// Saved queries and ad-hoc Cypher against the real Neo4j, with a catalogue of hostile queries that
// must all be refused or cut with a 4xx and leave the graph as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTx } from "../../cypher/run.ts";
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

/** Counts by label and type and a checksum of every node and relationship, to prove nothing changed. */
async function fingerprint(): Promise<string> {
  return readTx(server.driver, server.config.NEO4J_DATABASE, async (tx) => {
    const r = await tx.run(
      `MATCH (n) WITH count(n) AS nodes, collect(n.id) AS ids
       OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels, ids`,
    );
    const rec = r.records[0]!;
    const labels = await tx.run(
      "MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS n RETURN label + ':' + n AS c ORDER BY c",
    );
    const types = await tx.run(
      "MATCH ()-[r]->() WITH type(r) AS type, count(*) AS n RETURN type + ':' + n AS c ORDER BY c",
    );
    const counts = [...labels.records, ...types.records].map((x) => x.get("c") as string).join(",");
    return `${rec.get("nodes")}/${rec.get("rels")}/${counts}/${(rec.get("ids") as string[]).sort().join(",")}`;
  });
}

/** Neo4j itself, not only the API, still answers after a hostile query. */
async function neo4jAnswers(): Promise<boolean> {
  const session = server.driver.session({ database: server.config.NEO4J_DATABASE });
  try {
    return Number((await session.run("RETURN 1 AS one")).records[0]?.get("one")) === 1;
  } catch {
    return false;
  } finally {
    await session.close();
  }
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

  it("refuses an actor parameter that names no actor, suggesting the actors whose names match (#20)", async () => {
    const typed = await post<ErrorResponse>("/api/queries/actor-timeline/run", {
      params: { actor: "Lukashenko" },
    });
    expect(typed.status).toBe(400);
    expect(typed.body.error.message).toBe(
      'actor: no actor with id "Lukashenko"; did you mean Alexander Lukashenko ("lukashenko")?',
    );
    // The id search answers ("actor:lukashenko") is taken as the bare id.
    const picked = await post<Result>("/api/queries/actor-timeline/run", {
      params: { actor: "actor:lukashenko" },
    });
    expect(picked.status).toBe(200);
    expect(picked.body.rows.length).toBeGreaterThan(0);
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
  ["huge unwind", "UNWIND range(1, 1000000000) AS x RETURN count(x)", /range\(\) over more than 10\^5/],
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
  // Query bombs (#16): memory, time and stack in one expression, which Neo4j does not bound itself.
  ["string doubling", "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n", /accumulator/],
  [
    "string doubling by a function",
    "RETURN size(reduce(s = 'ab', i IN range(1, 40) | s + toUpper(s))) AS n",
    /accumulator/,
  ],
  ["list doubling", "RETURN size(reduce(l = [1], i IN range(1, 40) | l + l)) AS n", /accumulator/],
  ["replace doubling", "RETURN reduce(s = 'x', i IN range(1, 30) | replace(s, 'x', 'xx')) AS n", /replace/],
  [
    "nested replace",
    "RETURN replace(replace(replace('aa', 'a', 'aaaa'), 'a', 'aaaa'), 'a', 'aaaa') AS s",
    /replace/,
  ],
  [
    "accumulator copied in a comprehension",
    "RETURN reduce(l = [1], i IN range(1, 30) | [x IN [1, 2] | l]) AS n",
    /accumulator/,
  ],
  [
    "nested comprehensions",
    "RETURN size([i IN range(1, 100000) | [j IN range(1, 100000) | j]]) AS n",
    /10\^5/,
  ],
  ["one-row payload bomb", "RETURN [i IN range(1, 100000) | range(1, 100)] AS l", /10\^5/],
  [
    "billion-step reduce",
    "RETURN reduce(a = 0, i IN range(1, toInteger(1e9)) | a + i) AS n",
    /whole numbers or parameters/,
  ],
  ["range bound by a power", "UNWIND range(1, 10^9) AS x RETURN count(x)", /whole numbers or parameters/],
  [
    "range bound by size()",
    "MATCH (a:Actor) WITH collect(a) AS l UNWIND range(0, size(l) * 1000000) AS i RETURN count(i)",
    /whole numbers or parameters/,
  ],
  ["range bound by a string parameter", "UNWIND range(1, $id) AS x RETURN x", /whole numbers or parameters/],
  [
    "three nested comprehensions",
    "MATCH (a:Actor) WITH collect(a.id) AS l RETURN [x IN l | [y IN l | [z IN l | 1]]] AS n",
    /nested more than 2 deep/,
  ],
  [
    "quantifiers over comprehensions",
    "MATCH (a:Actor) WITH collect(a.id) AS l RETURN any(x IN l WHERE any(y IN l WHERE all(z IN l WHERE x = z))) AS n",
    /nested more than 2 deep/,
  ],
  ["1,000 nested lists", `RETURN ${"[".repeat(1000)}1${"]".repeat(1000)} AS x`, /nested deeper than/],
  ["4,900 nested parentheses", `RETURN ${"(".repeat(4900)}1${")".repeat(4900)} AS x`, /nested deeper than/],
  ["100 nested maps", `RETURN ${"{a: ".repeat(100)}1${"}".repeat(100)} AS x`, /nested deeper than/],
  ["2,400 NOTs", `RETURN ${"NOT ".repeat(2400)}true AS x`, /NOTs in a row/],
  [
    "400 nested CASEs",
    `RETURN ${"CASE WHEN true THEN ".repeat(400)}1${" END".repeat(400)} AS x`,
    /CASE nested/,
  ],
  ["4,900 additions", `RETURN ${"1+".repeat(4900)}1 AS x`, /operators/],
  ["1,100 ANDs", `RETURN ${"true AND ".repeat(1100)}true AS x`, /operators/],
  ["a 2,000-hop fixed pattern", `MATCH (a:Actor)${"--()".repeat(2000)} RETURN a LIMIT 1`, /operators/],
  [
    "string doubled by WITH",
    `WITH 'x' AS s ${"WITH s + s AS s ".repeat(30)}RETURN size(s)`,
    /added or concatenated/,
  ],
  ["list doubled by WITH", `WITH [1] AS l ${"WITH [l, l] AS l ".repeat(30)}RETURN l`, /twice/],
  // Text-rule gaps (#16): comments, odd whitespace, backticks and positions.
  [
    "comment ended by a bare CR",
    "WITH 1 AS x // c\rLOAD CSV FROM 'http://127.0.0.1:9/a.csv' AS l RETURN l",
    /LOAD CSV/,
  ],
  [
    "comment ended by U+2028",
    "WITH 1 AS x // c\u2028LOAD CSV FROM 'http://127.0.0.1:9/a.csv' AS l RETURN l",
    /LOAD CSV/,
  ],
  ["U+001C between keywords", "LOAD\u001cCSV FROM 'http://127.0.0.1:9/a.csv' AS l RETURN l", /LOAD CSV/],
  ["U+001F before a write", "MATCH (a:Actor)\u001fSET a.name = 'x'", /writes are not allowed/],
  ["no-break space before a write", "MATCH (a:Actor)\u00a0DETACH\u00a0DELETE a", /writes are not allowed/],
  [
    "block comment splitting a clause",
    "LOAD/* */CSV FROM 'http://127.0.0.1:9/a.csv' AS l RETURN l",
    /LOAD CSV/,
  ],
  [
    "IN CONCURRENT TRANSACTIONS",
    "UNWIND [1] AS x CALL (x) { RETURN x AS y } IN CONCURRENT TRANSACTIONS RETURN y",
    /IN TRANSACTIONS/,
  ],
  [
    "IN 4 CONCURRENT TRANSACTIONS",
    "UNWIND [1] AS x CALL (x) { RETURN x AS y } IN 4 CONCURRENT TRANSACTIONS RETURN y",
    /IN TRANSACTIONS/,
  ],
  ["backticked dbms namespace", "CALL `dbms`.listConfig() YIELD name RETURN name", /dbms procedures/],
  ["backticked dbms procedure", "CALL `dbms.listConfig`() YIELD name RETURN name", /dbms procedures/],
  [
    "upper-case DBMS namespace",
    "CALL DBMS.listConfig() YIELD name RETURN name",
    /dbms procedures|not allowed/,
  ],
  ["dbms function", "RETURN dbms.components() AS c", /dbms|not allowed/],
  ["apoc function", "RETURN apoc.version() AS v", /APOC/],
  [
    "db.stats procedure",
    "CALL db.stats.retrieve('GRAPH COUNTS')",
    /procedure db\.stats\.retrieve is not allowed/,
  ],
  ["tx.setMetaData", "CALL tx.setMetaData({a: 1})", /procedure tx\.setMetaData is not allowed/],
  ["USE after CYPHER", "CYPHER USE `system` SHOW USERS", /not allowed/],
  ["USE backticked", "USE `system` MATCH (a:Actor) RETURN a", /USE \(switching databases\)/],
  [
    "USE in a UNION",
    "MATCH (a:Actor) RETURN a.id AS id UNION USE `neo4j` MATCH (b:Actor) RETURN b.id AS id",
    /USE/,
  ],
  ["USE in a subquery", "CALL { USE neo4j MATCH (a:Actor) RETURN a.id AS id } RETURN id", /USE/],
  ["CYPHER debug=tostring", "CYPHER debug=tostring RETURN 1 AS one", /CYPHER option debug=tostring/],
  ["CYPHER debug=ast", "CYPHER debug=ast RETURN 1 AS one", /CYPHER option debug=ast/],
  ["CYPHER planner=dp", "CYPHER planner=dp MATCH (a:Actor) RETURN a", /CYPHER option planner=dp/],
  ["PROFILE", "PROFILE MATCH (a:Actor) RETURN a", /PROFILE/],
  ["EXPLAIN", "EXPLAIN MATCH (a:Actor) RETURN a", /EXPLAIN/],
  [
    "quantified path {1,50}",
    "MATCH p = (a:Actor)(()-[:PARTICIPATED_IN]-()){1,50}(b:Actor) RETURN count(p)",
    /at most 10 hops/,
  ],
  [
    "quantified path {2,}",
    "MATCH p = (a:Actor)(()-[:PARTICIPATED_IN]-()){2,}(b:Actor) RETURN count(p)",
    /upper bound/,
  ],
  [
    "quantified path +",
    "MATCH p = (a:Actor)(()-[:PARTICIPATED_IN]-())+(b:Actor) RETURN count(p)",
    /upper bound/,
  ],
  [
    "quantified path *",
    "MATCH p = (a:Actor)(()-[:PARTICIPATED_IN]-())*(b:Actor) RETURN count(p)",
    /upper bound/,
  ],
  [
    "quantified relationship {1,99}",
    "MATCH p = (a:Actor)-[:PARTICIPATED_IN]-{1,99}(b:Actor) RETURN count(p)",
    /at most 10 hops/,
  ],
  [
    "shortest with a long bound",
    "MATCH p = SHORTEST 1 (a:Actor)-[:PARTICIPATED_IN]-+(b:Actor) RETURN p",
    /upper bound/,
  ],
  ["shortestPath unbounded", "MATCH p = shortestPath((a:Actor)-[*]-(b:Actor)) RETURN p", /upper bound/],
  // App data stays private: only the news graph's labels and types.
  ["saved views' ids", "MATCH (v:SavedView) RETURN v.id", /label SavedView/],
  ["saved queries' text", "MATCH (q:`SavedQuery`) RETURN q.query", /label SavedQuery/],
  ["private label in WHERE", "MATCH (a:Actor) WHERE a:SavedView RETURN a", /label SavedView/],
  ["private label with IS", "MATCH (v IS SavedView) RETURN v.id", /label SavedView/],
  ["label alternatives", "MATCH (v:Actor|SavedView) RETURN v.id", /label SavedView/],
  ["label wildcard", "MATCH (v:%) RETURN v.id", /wildcard/],
  ["any node", "MATCH (n) RETURN n.id", /labelled node/],
  ["any node by element id", "MATCH (n) WHERE elementId(n) = $id RETURN n", /labelled node/],
  ["any relationship", "MATCH ()-[r]->() RETURN type(r)", /labelled node|typed relationship/],
  ["unknown relationship type", "MATCH (a:Actor)-[r:OWNS]->(b) RETURN b", /OWNS/],
  // Writes and commands in disguise.
  ["lower-case merge", "merge (a:Actor {id: 'x'})", /writes are not allowed/],
  ["insert", "INSERT (a:Actor {id: 'x'})", /writes are not allowed/],
  ["write in a subquery", "CALL { CREATE (a:Actor {id: 'x'}) } RETURN 1", /writes are not allowed/],
  [
    "write in a CASE",
    "MATCH (a:Actor) FOREACH (x IN CASE WHEN true THEN [1] ELSE [] END | SET a.x = 1)",
    /writes are not allowed/,
  ],
  [
    "backticked LOAD",
    "`LOAD` CSV FROM 'http://127.0.0.1:9/a.csv' AS l RETURN l",
    /not allowed|Invalid|expected/,
  ],
  ["show settings", "SHOW SETTINGS", /SHOW commands are not allowed/],
  ["show procedures", "SHOW PROCEDURES YIELD name RETURN name", /SHOW commands are not allowed/],
  ["terminate lower-case", "terminate transactions 'neo4j-transaction-1'", /TERMINATE is not allowed/],
  ["alter user", "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'b'", /administration commands/],
  ["start database", "START DATABASE neo4j", /administration commands/],
  ["drop index", "DROP INDEX actor_name IF EXISTS", /not allowed/],
  ["create alias", "CREATE ALIAS evil FOR DATABASE neo4j", /not allowed/],
  [
    "statement after a comment",
    "RETURN 1 // x\n; MATCH (n) DETACH DELETE n",
    /only one statement per request/,
  ],
  [
    "semicolon after a CR comment",
    "RETURN 1 AS x // x\r; CREATE (:Actor {id: 'x'})",
    /only one statement|writes/,
  ],
  [
    "quantified path in extra brackets",
    "MATCH p = (a:Actor)(((x)-[:PARTICIPATED_IN]-(y)))+(b:Actor) RETURN count(p)",
    /upper bound/,
  ],
  [
    "quantified path leftwards, starred",
    "MATCH p = (a:Actor)((x)<-[:PARTICIPATED_IN]-(y))*(b:Actor) RETURN count(p)",
    /upper bound/,
  ],
];

// Queries the text rules once refused by mistake (#16 item 8): each runs and answers what Neo4j says.
const HARMLESS: [string, string, Record<string, unknown>][] = [
  ["a sum of bracketed numbers", "RETURN (1)+(2) AS n", { n: 3 }],
  ["a product of bracketed numbers", "RETURN (2) * (3) AS n", { n: 6 }],
  ["a map key named like a clause", "RETURN {create: 1} AS m", { m: { create: 1 } }],
  ["an alias named use", "RETURN 1 AS use", { use: 1 }],
  ["an alias named like clauses", "RETURN 1 AS set, 2 AS delete", { set: 1, delete: 2 }],
];

describe("harmless ad-hoc queries the guard once refused", () => {
  it.each(HARMLESS)("runs %s", async (_name, query, row) => {
    const { status, body } = await post<Result>("/api/cypher", { query });
    expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(body.rows).toEqual([row]);
  });
});

describe("hostile ad-hoc queries", () => {
  let before: string;
  beforeAll(async () => {
    before = await fingerprint();
  });

  it(`has a catalogue of at least 80 (${HOSTILE.length})`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(80);
  });

  it.each(HOSTILE)("refuses %s, and Neo4j still answers", async (_name, query, rule) => {
    const { status, body } = await post<ErrorResponse>("/api/cypher", {
      query,
      params: { id: "merkel", props: { name: "x" } },
    });
    expect(status, JSON.stringify(body).slice(0, 300)).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    if (rule) expect(body.error.message).toMatch(rule);
    expect(await neo4jAnswers()).toBe(true);
  });

  it("leaves the graph exactly as it was", async () => {
    expect(await fingerprint()).toBe(before);
  });
});
