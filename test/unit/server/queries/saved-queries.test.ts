import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  loadSavedQueries,
  paramsJsonSchema,
  parseSavedQuery,
  validateParams,
} from "../../../../server/queries/saved-queries.ts";

const GOOD = `// id: who-met
// title: Who met
// description: Pairs.
// params:
//   actor: string?         actor id
//   from:  date = 1990-01-01
//   limit: int = 100       1..1000
MATCH (a:Actor) WHERE $actor IS NULL OR a.id = $actor AND date($from) < date() RETURN a LIMIT $limit`;

describe("saved query headers", () => {
  it("parses id, title, description and typed parameters with defaults and bounds", () => {
    const q = parseSavedQuery(GOOD, "who-met.cypher");
    expect(q).toMatchObject({ id: "who-met", title: "Who met", description: "Pairs." });
    expect(q.params).toEqual([
      { name: "actor", type: "string", optional: true, description: "actor id" },
      { name: "from", type: "date", optional: false, default: "1990-01-01", description: "" },
      { name: "limit", type: "int", optional: false, default: 100, min: 1, max: 1000, description: "" },
    ]);
  });

  it("builds a JSON Schema a client can make a form from", () => {
    expect(paramsJsonSchema(parseSavedQuery(GOOD, "f"))).toEqual({
      type: "object",
      properties: {
        actor: { type: "string", description: "actor id" },
        from: { type: "string", format: "date", default: "1990-01-01" },
        limit: { type: "integer", default: 100, minimum: 1, maximum: 1000 },
      },
      required: [],
      additionalProperties: false,
    });
  });

  it("marks actor parameters with the actor format and takes a search id as the bare id (#20)", () => {
    const q = parseSavedQuery(GOOD.replace("actor: string?", "actor: actor? "), "f");
    expect(paramsJsonSchema(q).properties.actor).toEqual({
      type: "string",
      format: "actor",
      description: "actor id",
    });
    expect(validateParams(q, { actor: "actor:merkel" }).actor).toBe("merkel");
    expect(validateParams(q, {}).actor).toBeNull();
  });

  it("validates run parameters: defaults, bounds and unknown names", () => {
    const q = parseSavedQuery(GOOD, "f");
    const values = validateParams(q, {});
    expect(values.actor).toBeNull();
    expect(values.from).toBe("1990-01-01");
    expect(String(values.limit)).toBe("100");
    expect(() => validateParams(q, { limit: 5000 })).toThrow(/limit/);
    expect(() => validateParams(q, { from: "yesterday" })).toThrow(/from/);
    expect(() => validateParams(q, { colour: "red" })).toThrow(/colour/);
  });

  it.each([
    [
      "an unknown type",
      GOOD.replace("int = 100", "integer = 100"),
      /f\.cypher:7: limit: unknown type "integer"/,
    ],
    [
      "a bad default",
      GOOD.replace("date = 1990-01-01", "date = soon"),
      /f\.cypher:6: from: default "soon" is not a valid date/,
    ],
    ["a missing title", GOOD.replace("// title: Who met\n", ""), /f\.cypher:1: missing "\/\/ title:" line/],
    [
      "an undeclared parameter",
      GOOD.replace("LIMIT $limit", "LIMIT $max"),
      /uses \$max but the header declares no such parameter/,
    ],
    [
      "a malformed parameter line",
      GOOD.replace("//   limit: int = 100       1..1000", "//   limit int"),
      /f\.cypher:7: parameter line must look like/,
    ],
  ])("refuses %s, naming file and line", (_what, text, message) => {
    expect(() => parseSavedQuery(text, "f.cypher")).toThrow(message);
  });

  it("refuses a folder where a file has a bad header, naming that file", () => {
    const dir = mkdtempSync(join(tmpdir(), "whomet-queries-"));
    writeFileSync(join(dir, "good.cypher"), GOOD);
    writeFileSync(join(dir, "bad.cypher"), "// id: Bad Id\n// title: t\n// description: d\nRETURN 1");
    expect(() => loadSavedQueries(dir)).toThrow(/bad\.cypher:1: id "Bad Id"/);
  });

  it("loads every shipped query", () => {
    const ids = loadSavedQueries().map((q) => q.id);
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
  });
});
