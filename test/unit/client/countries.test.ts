import { describe, expect, it } from "vitest";
import { COUNTRY_EDGE, countryElements, expansionElements } from "../../../client/graph/countries.ts";

describe("countryElements", () => {
  it("draws each country as a node with its meetings and each pair as a weighted edge", () => {
    const els = countryElements({
      countries: [
        { id: "country:Russia", country: "Russia", meetings: 12 },
        { id: "country:China", country: "China", meetings: 5 },
      ],
      links: [{ source: "country:China", target: "country:Russia", meetings: 4 }],
      truncated: false,
    });
    expect(els.map((e) => e.data)).toEqual([
      { id: "country:Russia", kind: "country", label: "Russia", country: "Russia", meetings: 12 },
      { id: "country:China", kind: "country", label: "China", country: "China", meetings: 5 },
      {
        id: "country:China--country:Russia",
        source: "country:China",
        target: "country:Russia",
        type: COUNTRY_EDGE,
        weight: 4,
        edgeLabel: "4",
      },
    ]);
  });
});

describe("expansionElements", () => {
  const body = {
    country: "Russia",
    actors: [
      { id: "actor:vladimir-putin", name: "Vladimir Putin", kind: "person", sectors: [], meetings: 9 },
      { id: "actor:sergey-lavrov", name: "Sergey Lavrov", kind: "person", sectors: [], meetings: 4 },
    ],
    links: [
      { source: "actor:sergey-lavrov", target: "actor:vladimir-putin", meetings: 1 },
      { source: "actor:vladimir-putin", target: "country:China", meetings: 3 },
      { source: "actor:vladimir-putin", target: "country:Chile", meetings: 1 },
    ],
    truncated: false,
  };

  it("adds the actors and their links to drawn countries, leaving out countries not drawn", () => {
    const els = expansionElements(body, (id) => id === "country:China");
    expect(
      els.filter((e) => e.group === "nodes").map((e) => [e.data.id, e.data.subtype, e.data.meetings]),
    ).toEqual([
      ["actor:vladimir-putin", "person", 9],
      ["actor:sergey-lavrov", "person", 4],
    ]);
    expect(els.filter((e) => e.group === "edges").map((e) => e.data.id)).toEqual([
      "actor:sergey-lavrov--actor:vladimir-putin",
      "actor:vladimir-putin--country:China",
    ]);
  });

  it("does not add an actor already drawn again, but still links it", () => {
    const els = expansionElements(body, (id) => id === "actor:vladimir-putin");
    expect(els.filter((e) => e.group === "nodes").map((e) => e.data.id)).toEqual(["actor:sergey-lavrov"]);
    expect(els.filter((e) => e.group === "edges").map((e) => e.data.id)).toEqual([
      "actor:sergey-lavrov--actor:vladimir-putin",
    ]);
  });
});
