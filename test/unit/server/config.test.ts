import { describe, expect, it } from "vitest";
import { loadNeo4jConfig, neo4jUri, schemaStatements } from "../../../cypher/neo4j.ts";
import { forceHttps, loadConfig } from "../../../server/config.ts";

describe("configuration", () => {
  it("has defaults that work locally", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.NEO4J_DATABASE).toBe("neo4j");
    expect(neo4jUri(config)).toBe("bolt://127.0.0.1:7687");
  });

  it("uses NEO4J_URI when it is set", () => {
    expect(neo4jUri(loadNeo4jConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" }))).toBe(
      "neo4j+s://abc.databases.neo4j.io",
    );
  });

  it("names the variable and the value when one is bad", () => {
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT="70000"/);
    expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(
      /NEO4J_URI="http:\/\/localhost:7474": must be a bolt/,
    );
    expect(() => loadConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ API_TOKEN: "", PORT: "" }).API_TOKEN).toBeUndefined();
  });

  it("bounds the queues per route class, with defaults that take the API bench's 32 connections", () => {
    expect(loadConfig({})).toMatchObject({
      QUERY_CONCURRENCY: 4,
      QUERY_QUEUE: 64,
      EXPLORE_CONCURRENCY: 16,
      EXPLORE_QUEUE: 256,
    });
    expect(() => loadConfig({ QUERY_CONCURRENCY: "0" })).toThrow(/QUERY_CONCURRENCY="0"/);
    expect(() => loadConfig({ EXPLORE_QUEUE: "-1" })).toThrow(/EXPLORE_QUEUE="-1"/);
  });

  it("splits CORS_ORIGINS into a list", () => {
    expect(loadConfig({ CORS_ORIGINS: "https://a.example, https://b.example" }).CORS_ORIGINS).toEqual([
      "https://a.example",
      "https://b.example",
    ]);
  });

  it("forces https when PUBLIC_URL is https, unless FORCE_HTTPS says otherwise", () => {
    expect(forceHttps(loadConfig({}))).toBe(false);
    expect(forceHttps(loadConfig({ PUBLIC_URL: "http://whomet.example" }))).toBe(false);
    expect(forceHttps(loadConfig({ PUBLIC_URL: "https://whomet.example" }))).toBe(true);
    expect(forceHttps(loadConfig({ PUBLIC_URL: "https://whomet.example", FORCE_HTTPS: "false" }))).toBe(
      false,
    );
    expect(forceHttps(loadConfig({ FORCE_HTTPS: "1" }))).toBe(true);
    expect(() => loadConfig({ FORCE_HTTPS: "maybe" })).toThrow(/FORCE_HTTPS="maybe"/);
  });
});

describe("schema.cypher", () => {
  it("has only idempotent statements, one uniqueness constraint per merged label", () => {
    const statements = schemaStatements();
    expect(statements.every((s) => s.includes("IF NOT EXISTS"))).toBe(true);
    for (const label of ["Actor", "Meeting", "Incident", "Place", "Article"]) {
      expect(statements.some((s) => s.includes(`(n:${label}) REQUIRE n.id IS UNIQUE`))).toBe(true);
    }
  });

  it("splits statements and drops comments", () => {
    expect(
      schemaStatements("// a comment\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nRETURN 1;"),
    ).toEqual(["CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)", "RETURN 1"]);
  });
});
