// The guard's first gate on query bombs and text-rule gaps (#16): it reads the query's tokens and
// brackets, not its raw text, so comments, odd whitespace and backticks cannot hide a clause.
import { describe, expect, it } from "vitest";
import { checkParams, checkText } from "../../../../server/queries/cypher-guard.ts";

const nested = (open: string, inner: string, close: string, n: number) =>
  `${open.repeat(n)}${inner}${close.repeat(n)}`;

describe("query bombs are refused before they reach Neo4j", () => {
  it.each([
    [
      "a string doubled in reduce()",
      "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n",
      /accumulator/,
    ],
    [
      "nested comprehensions over big ranges",
      "RETURN size([i IN range(1, 100000) | [j IN range(1, 100000) | j]]) AS n",
      /range\(\) over more than 10\^5 values/,
    ],
    [
      "a computed range bound",
      "RETURN reduce(a = 0, i IN range(1, toInteger(1e9)) | a + i) AS n",
      /range\(\) bounds must be whole numbers or parameters/,
    ],
    ["1,000 nested lists", `RETURN ${nested("[", "1", "]", 1000)} AS x`, /nested deeper than/],
    ["4,900 nested parentheses", `RETURN ${nested("(", "1", ")", 4900)} AS x`, /nested deeper than/],
    [
      "a one-row payload bomb",
      "RETURN [i IN range(1, 100000) | range(1, 100)] AS l",
      /range\(\) over more than 10\^5 values/,
    ],
    [
      "replace() doubling in reduce()",
      "RETURN reduce(s = 'x', i IN range(1, 30) | replace(s, 'x', 'xx')) AS n",
      /replace/,
    ],
    ["nested replace()", "RETURN replace(replace('aaaa', 'a', 'aaaa'), 'a', 'aaaa') AS s", /replace/],
    [
      "the accumulator copied inside a comprehension",
      "RETURN reduce(l = [1], i IN range(1, 30) | [x IN [1, 2] | l]) AS n",
      /accumulator/,
    ],
    [
      "three nested comprehensions",
      "MATCH (a:Actor) WITH collect(a.id) AS l RETURN [x IN l | [y IN l | [z IN l | 1]]] AS n",
      /nested more than 2 deep/,
    ],
    ["2,400 NOTs", `RETURN ${"NOT ".repeat(2400)}true AS x`, /NOTs in a row/],
    [
      "400 nested CASEs",
      `RETURN ${"CASE WHEN true THEN ".repeat(400)}1${" END".repeat(400)} AS x`,
      /CASE nested/,
    ],
    ["4,900 additions", `RETURN ${"1+".repeat(4900)}1 AS x`, /operators/],
    ["1,100 ANDs", `RETURN ${"true AND ".repeat(1100)}true AS x`, /operators/],
    [
      "a 2,000-hop fixed pattern",
      `MATCH (a:Actor)${"--()".repeat(2000)} RETURN a LIMIT 1`,
      /operators|characters/,
    ],
    [
      "a string doubled by WITH 30 times",
      `WITH 'x' AS s ${"WITH s + s AS s ".repeat(30)}RETURN size(s)`,
      /added or concatenated/,
    ],
    ["a list doubled by WITH 30 times", `WITH [1] AS l ${"WITH [l, l] AS l ".repeat(30)}RETURN l`, /twice/],
  ])("refuses %s", (_name, query, rule) => {
    expect(() => checkText(query)).toThrow(rule);
  });

  it("takes a range() bound from a parameter's value", () => {
    expect(() => checkText("UNWIND range(1, $n) AS x RETURN x", { n: 10 })).not.toThrow();
    expect(() => checkText("UNWIND range(1, $n) AS x RETURN x", { n: 1e9 })).toThrow(/10\^5/);
    expect(() => checkText("UNWIND range(1, $n) AS x RETURN x", { n: "x" })).toThrow(/whole numbers/);
  });

  it("refuses a parameter nested 3,000 deep with a 400", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 3000; i++) deep = [deep];
    expect(() => checkParams({ p: deep })).toThrow(/params\.p: nested deeper than/);
    expect(() => checkParams({ p: [[1]], q: { a: { b: 1 } } })).not.toThrow();
  });
});

describe("text-rule gaps are closed", () => {
  it.each([
    [
      "a // comment ended by a bare CR",
      "WITH 1 AS x // c\rLOAD CSV FROM 'http://127.0.0.1:9/a.csv' AS l RETURN l",
      /LOAD CSV/,
    ],
    ["U+001C between keywords", "LOAD\u001cCSV FROM 'http://127.0.0.1:9/a.csv' AS l RETURN l", /LOAD CSV/],
    [
      "IN CONCURRENT TRANSACTIONS without a count",
      "UNWIND [1] AS x CALL (x) { RETURN x AS y } IN CONCURRENT TRANSACTIONS RETURN y",
      /IN TRANSACTIONS is not allowed/,
    ],
    ["a backticked dbms namespace", "CALL `dbms`.listConfig() YIELD name RETURN name", /dbms procedures/],
    ["a backticked procedure name", "CALL `dbms.listConfig`() YIELD name RETURN name", /dbms procedures/],
    ["USE after a CYPHER prefix", "CYPHER USE `system` SHOW USERS", /USE|SHOW|CYPHER/],
    [
      "USE with a backticked database",
      "USE `system` MATCH (a:Actor) RETURN a",
      /USE \(switching databases\)/,
    ],
    [
      "USE inside a UNION",
      "MATCH (a:Actor) RETURN a.id AS id UNION USE `neo4j` MATCH (b:Actor) RETURN b.id AS id",
      /USE \(switching databases\)/,
    ],
    [
      "a quantified path pattern {1,50}",
      "MATCH p = (a:Actor)(()-[:PARTICIPATED_IN]-()){1,50}(b:Actor) RETURN count(p)",
      /at most 10 hops/,
    ],
    [
      "a quantified path pattern without an upper bound",
      "MATCH p = (a:Actor)(()-[:PARTICIPATED_IN]-()){2,}(b:Actor) RETURN count(p)",
      /upper bound/,
    ],
    [
      "a quantified path pattern with +",
      "MATCH p = (a:Actor)(()-[:PARTICIPATED_IN]-())+(b:Actor) RETURN count(p)",
      /upper bound/,
    ],
    [
      "a quantified relationship with *",
      "MATCH p = (a:Actor)-[:PARTICIPATED_IN]-*(b:Actor) RETURN count(p)",
      /upper bound/,
    ],
    [
      "CYPHER debug=tostring",
      "CYPHER debug=tostring RETURN 1",
      /CYPHER option debug=tostring is not allowed/,
    ],
    ["a private label", "MATCH (v:SavedView) RETURN v.id", /label SavedView is not allowed/],
    [
      "a backticked private label",
      "MATCH (v:`SavedQuery`) RETURN v.query",
      /label SavedQuery is not allowed/,
    ],
    [
      "a private label in WHERE",
      "MATCH (a:Actor) WHERE a:SavedView RETURN a",
      /label SavedView is not allowed/,
    ],
    ["a private label with IS", "MATCH (v IS SavedView) RETURN v.id", /label SavedView is not allowed/],
    ["the label wildcard", "MATCH (v:%) RETURN v.id", /wildcard/],
    ["PROFILE", "PROFILE MATCH (a:Actor) RETURN a", /PROFILE/],
    [
      "a quantified path in extra brackets",
      "MATCH p = (a:Actor)(((x)-[:PARTICIPATED_IN]-(y)))+(b:Actor) RETURN count(p)",
      /upper bound/,
    ],
    [
      "a quantified path written leftwards, starred",
      "MATCH p = (a:Actor)((x)<-[:PARTICIPATED_IN]-(y))*(b:Actor) RETURN count(p)",
      /upper bound/,
    ],
  ])("refuses %s", (_name, query, rule) => {
    expect(() => checkText(query)).toThrow(rule);
  });

  it.each([
    ["a map key named like a clause", "RETURN {create: 1, delete: 2, set: 3} AS m"],
    ["an alias named use", "RETURN 1 AS use"],
    ["an alias named use, used again", "MATCH (a:Actor) RETURN a.id AS use ORDER BY use LIMIT 1"],
    ["a property named like a clause", "MATCH (a:Actor) RETURN a.set, a.create LIMIT 1"],
    [
      "a bounded quantified path pattern",
      "MATCH p = (a:Actor)(()-[:PARTICIPATED_IN]-()){1,4}(b:Actor) RETURN count(p)",
    ],
    ["CYPHER runtime=slotted", "CYPHER runtime=slotted MATCH (a:Actor) RETURN a.id LIMIT 3"],
    ["a keyword inside a string", "RETURN 'LOAD CSV; CREATE (n)' AS s"],
    ["arithmetic in brackets", "RETURN [2 * 3, (1) + 2] AS l"],
    ["a list slice", "RETURN [1, 2, 3][0..2] AS l"],
    ["IS NOT NULL", "MATCH (a:Actor) WHERE a.name IS NOT NULL RETURN a.name"],
    ["an EXISTS subquery", "MATCH (a:Actor) WHERE EXISTS { (a)-[:PARTICIPATED_IN]->(:Meeting) } RETURN a.id"],
    ["a small reduce", "RETURN reduce(s = 0, i IN range(1, 100) | s + i) AS n"],
    // A bracketed operand followed by + or * is arithmetic unless the brackets hold a path.
    ["a sum of bracketed numbers", "RETURN (1)+(2)"],
    ["a product of bracketed numbers", "RETURN (1) * (2) AS n"],
    ["a bracketed property plus a bracketed number", "MATCH (a:Actor) RETURN (a.x)+(1) AS n LIMIT 1"],
    ["sums of sums", "RETURN ((1)+(2))*(3) AS n, [(1)-(2)] AS l"],
    ["a function result added to", "MATCH (a:Actor) RETURN count(*) + (1) AS n, size(a.name) * (2) AS m"],
    [
      "a few sums",
      "MATCH (a:Actor)-[:PARTICIPATED_IN]->(m:Meeting) WITH a, count(m) AS x, count(*) AS y RETURN x + y AS n, [a, m] AS l",
    ],
    [
      "the editor's example",
      "MATCH (a:Actor)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)\nWHERE a.name < b.name\nRETURN a, m, b LIMIT 50",
    ],
  ])("lets through %s", (_name, query) => {
    expect(() => checkText(query)).not.toThrow();
  });
});
