import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Row } from "../../../cypher/run.ts";
import { DEFAULT_TIMEOUTS, Neo4jTimeoutsEnv } from "../../../cypher/timeouts.ts";

const node = new neo4j.types.Node(neo4j.int(1), ["Actor"], { id: "merkel" }, "4:x:1");
const row = (fields: Record<string, unknown>) =>
  new Row(new neo4j.types.Record(Object.keys(fields), Object.values(fields)));

describe("Row", () => {
  it("reads fields as the types asked for", () => {
    const r = row({ n: node, name: "Merkel", count: neo4j.int(3), ok: true, ids: ["a", "b"], none: null });
    expect(r.node("n").properties.id).toBe("merkel");
    expect(r.string("name")).toBe("Merkel");
    expect(r.number("count")).toBe(3);
    expect(r.boolean("ok")).toBe(true);
    expect(r.strings("ids")).toEqual(["a", "b"]);
    expect(r.stringOrNull("none")).toBeNull();
    expect(r.nodeOrNull("none")).toBeNull();
  });

  it("throws naming the field when a value is not of the type asked for", () => {
    const r = row({ n: "not a node", count: "3", ids: ["a", 1] });
    expect(() => r.node("n")).toThrow('Neo4j record field "n": expected a node, got string');
    expect(() => r.number("count")).toThrow('field "count": expected a number');
    expect(() => r.strings("ids")).toThrow('field "ids": expected strings, got a list');
  });

  it("checks plain values and whole records against a zod schema", () => {
    const r = row({ date: new neo4j.types.Date(2021, 11, 15), meetings: neo4j.int(2) });
    expect(r.object(z.object({ date: z.string(), meetings: z.number() }))).toEqual({
      date: "2021-11-15",
      meetings: 2,
    });
    expect(() => r.plain("meetings", z.string())).toThrow('Neo4j record field "meetings"');
  });
});

describe("Neo4j timeouts", () => {
  it("default to the values that used to be written in the code", () => {
    expect(DEFAULT_TIMEOUTS).toEqual({
      NEO4J_READ_TIMEOUT_MS: 30_000,
      NEO4J_WRITE_TIMEOUT_MS: 60_000,
      NEO4J_HEALTH_TIMEOUT_MS: 2_000,
      NEO4J_CACHE_CHECK_TIMEOUT_MS: 5_000,
      NEO4J_PLAN_TIMEOUT_MS: 5_000,
    });
  });

  it("refuses a timeout below 100 ms", () => {
    expect(Neo4jTimeoutsEnv.safeParse({ NEO4J_READ_TIMEOUT_MS: "50" }).success).toBe(false);
  });
});
