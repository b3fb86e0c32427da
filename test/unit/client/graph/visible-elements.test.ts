import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { visibleElementJsons } from "../../../../client/graph/visible-elements.ts";
import { LABELLED_NODE } from "../../../../client/graph/lod.ts";
import { graphStyle } from "../../../../client/graph/style.ts";

describe("visibleElementJsons (JSON and HTML exports)", () => {
  it("keeps the graph's classes but not which nodes show their label on screen", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: graphStyle,
      elements: [
        { data: { id: "a", label: "A", kind: "actor" }, classes: `pinned ${LABELLED_NODE}` },
        { data: { id: "b", label: "B", kind: "actor" }, classes: LABELLED_NODE },
        { data: { id: "c", label: "C", kind: "actor" } },
        { data: { id: "hidden", label: "H", kind: "actor" } },
        {
          data: {
            id: "ab",
            source: "a",
            target: "b",
            type: "MET",
            weight: 1,
            sources: 1,
            edgeLabel: "1 meeting",
          },
          classes: "labelled",
        },
      ],
    });
    cy.getElementById("hidden").style("display", "none");
    const jsons = visibleElementJsons(cy);
    expect(jsons.map((j) => (j.data as { id: string }).id)).toEqual(["a", "b", "c", "ab"]);
    expect(jsons.map((j) => j.classes)).toEqual(["pinned", "", "", "labelled"]);
    // The view itself keeps its classes.
    expect(cy.getElementById("a").hasClass(LABELLED_NODE)).toBe(true);
  });
});
