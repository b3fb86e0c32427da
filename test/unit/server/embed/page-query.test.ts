import { describe, expect, it } from "vitest";
import { parseEmbedQuery } from "../../../../server/embed/page-query.ts";

describe("parseEmbedQuery", () => {
  it("splits embed options from the graph parameters", () => {
    expect(
      parseEmbedQuery({ center: "actor:merkel", depth: "1", theme: "dark", legend: "0", to: "2021-11" }),
    ).toEqual({
      source: { kind: "graph", params: { center: "actor:merkel", depth: "1" } },
      options: { theme: "dark", legend: false },
      timeRange: { to: "2021-11" },
    });
  });

  it("reads a saved query and its JSON params", () => {
    expect(parseEmbedQuery({ query: "who-met-whom", params: '{"actor":"merkel"}', slider: "1" })).toEqual({
      source: { kind: "query", query: "who-met-whom", params: { actor: "merkel" } },
      options: { slider: true },
      timeRange: {},
    });
  });

  it("names the field when an option or the query id is bad", () => {
    expect(() => parseEmbedQuery({ theme: "pink" })).toThrow(/theme/);
    expect(() => parseEmbedQuery({ query: "DROP ALL" })).toThrow(/saved query id/);
  });
});
