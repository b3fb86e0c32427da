// Neo4j values into JSON (#16): an integer beyond ±2^53 must arrive exactly, never rounded or null.
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "../../../cypher/neo4j.ts";

describe("toPlain", () => {
  it("keeps integers within ±2^53 as numbers", () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int("9007199254740991"))).toBe(9007199254740991);
    expect(toPlain(neo4j.int("-9007199254740991"))).toBe(-9007199254740991);
    expect(toPlain(42n)).toBe(42);
  });

  it("sends integers beyond ±2^53 as their exact decimal text", () => {
    expect(toPlain(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toPlain(neo4j.int("-9223372036854775808"))).toBe("-9223372036854775808");
    expect(toPlain(9223372036854775807n)).toBe("9223372036854775807");
  });

  it("does so inside lists and maps", () => {
    expect(toPlain({ l: [neo4j.int("9223372036854775807"), neo4j.int(1)] })).toEqual({
      l: ["9223372036854775807", 1],
    });
  });
});
