import { describe, expect, it } from "vitest";
import { checkText, codeOnly } from "../../../../server/queries/cypher-guard.ts";

describe("the text rules of the ad-hoc Cypher guard", () => {
  it("lets a plain read through", () => {
    expect(() =>
      checkText("MATCH (a:Actor)-[:PARTICIPATED_IN*1..4]-(b) RETURN a.name, b.created LIMIT 5"),
    ).not.toThrow();
  });

  it("ignores keywords inside strings and comments", () => {
    expect(() => checkText("MATCH (a:Actor {name: 'CREATE; DELETE'}) // SET x\nRETURN a")).not.toThrow();
    expect(codeOnly("RETURN 'a;b' // c;d")).not.toContain(";");
  });

  it.each([
    ["MATCH (n) DELETE n", "writes are not allowed"],
    ["MATCH (n) RETURN n; MATCH (m) DETACH DELETE m", "only one statement per request"],
    ["LOAD CSV FROM 'http://x/a.csv' AS r RETURN r", "LOAD CSV is not allowed"],
    ["MATCH p=(a)-[*]-(b) RETURN p", "variable-length paths need an upper bound"],
    ["MATCH p=(a)-[*1..50]-(b) RETURN p", "at most 10 hops"],
    ["UNWIND range(1, 1000000000) AS x RETURN x", "range() over more than 10^5 values"],
    ["SHOW USERS", "SHOW commands are not allowed"],
    ["CALL dbms.listConfig()", "dbms procedures are not allowed"],
  ])("refuses %s", (query, rule) => {
    expect(() => checkText(query)).toThrow(rule);
  });
});
