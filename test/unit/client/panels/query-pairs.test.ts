import { describe, expect, it } from "vitest";
import type { Element } from "../../../../contract/elements.ts";
import { pairEdges } from "../../../../client/panels/query-pairs.ts";

const node = (id: string, label: string): Element => ({
  group: "nodes",
  data: { id, kind: "actor", label, subtype: "person", key: id },
});
const elements = [node("actor:a", "A"), node("actor:b", "B"), node("actor:c", "C")];
const cell = (id: string, label: string) => ({ id, label });

describe("a query's pairs drawn as edges", () => {
  it("draws one edge a row when every row holds two nodes, labelled with the row's other cells", () => {
    const edges = pairEdges({
      columns: ["a", "b", "meetings", "dates"],
      rows: [
        {
          a: cell("actor:a", "A"),
          b: cell("actor:b", "B"),
          meetings: 2,
          dates: ["2021-11-15", "2021-11-17"],
        },
        { a: cell("actor:b", "B"), b: cell("actor:c", "C"), meetings: 1, dates: ["2021-11-23"] },
      ],
      elements,
    });
    expect(edges.map((e) => [e.data.source, e.data.target, e.data.type])).toEqual([
      ["actor:a", "actor:b", "PAIR"],
      ["actor:b", "actor:c", "PAIR"],
    ]);
    expect(edges[0]!.data.about).toBe("meetings: 2; dates: 2021-11-15, 2021-11-17");
  });

  it("draws none when a row has one node, three, a relationship, or a node not drawn", () => {
    const one = { columns: ["a", "n"], rows: [{ a: cell("actor:a", "A"), n: 1 }], elements };
    const three = {
      columns: ["a", "b", "c"],
      rows: [{ a: cell("actor:a", "A"), b: cell("actor:b", "B"), c: cell("actor:c", "C") }],
      elements,
    };
    const withRel = {
      columns: ["a", "r", "b"],
      rows: [{ a: cell("actor:a", "A"), r: { type: "PARTICIPATED_IN" }, b: cell("actor:b", "B") }],
      elements,
    };
    const missing = {
      columns: ["a", "b"],
      rows: [{ a: cell("actor:a", "A"), b: cell("actor:z", "Z") }],
      elements,
    };
    for (const result of [one, three, withRel, missing]) expect(pairEdges(result)).toEqual([]);
    expect(pairEdges({ columns: [], rows: [], elements })).toEqual([]);
  });
});
