import cytoscape, { type StylesheetJson } from "cytoscape";
import { describe, expect, it } from "vitest";
import {
  applyLevelOfDetail,
  LABELLED_NODE,
  LOD_NODES,
  largeGraphStyle,
  withAllLabels,
} from "../../../../client/graph/lod.ts";
import { graphStyle } from "../../../../client/graph/style.ts";

/** The explorer's stylesheet as Cytoscape holds it (what applyLevelOfDetail starts from). */
function baseStyle(): StylesheetJson {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStyle });
  return (cy.style() as unknown as { json(): StylesheetJson }).json();
}

function largeView() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: largeGraphStyle(baseStyle()),
    elements: [
      { data: { id: "merkel", label: "Angela Merkel", kind: "actor", subtype: "person", degree: 12 } },
      { data: { id: "eu", label: "European Union", kind: "actor", subtype: "organization", degree: 0 } },
      { data: { id: "call", label: "Phone call", kind: "meeting", subtype: "phone_call" } },
      { data: { id: "e1", source: "merkel", target: "call", type: "PARTICIPATED_IN" } },
    ],
  });
}

describe("the large-graph stylesheet", () => {
  it("draws no label on a node until it is given the labelled class", () => {
    const cy = largeView();
    const merkel = cy.getElementById("merkel");
    expect(merkel.style("label")).toBe("");
    merkel.addClass(LABELLED_NODE);
    expect(merkel.style("label")).toBe("Angela Merkel");
    expect(merkel.style("font-size")).toBe("11px");
    expect(merkel.style("text-outline-width")).toBe("2px");
    // Readable from ~90 % zoom up only.
    expect(merkel.style("min-zoomed-font-size")).toBe("10px");
  });

  it("keeps every node's shape, colour and size, labelled or not", () => {
    const cy = largeView();
    const base = cytoscape({
      headless: true,
      styleEnabled: true,
      style: graphStyle,
      elements: cy.elements().jsons() as unknown as cytoscape.ElementDefinition[],
    });
    for (const id of ["merkel", "eu", "call"]) {
      for (const property of ["shape", "background-color", "width", "height"]) {
        expect(cy.getElementById(id).style(property), `${id} ${property}`).toBe(
          base.getElementById(id).style(property),
        );
      }
    }
    // Rules keep their order: a meeting's smaller label still beats the generic node label size.
    const call = cy.getElementById("call").addClass(LABELLED_NODE);
    expect(call.style("font-size")).toBe("9px");
  });

  it("draws edges as haystack lines", () => {
    expect(largeView().getElementById("e1").style("curve-style")).toBe("haystack");
  });
});

describe("withAllLabels (images of a large graph)", () => {
  function graphOf(nodes: number) {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: graphStyle,
      elements: Array.from({ length: nodes }, (_, i) => ({
        data: { id: `n${i}`, label: `Actor ${i}`, kind: "actor", subtype: "person" },
      })),
    });
    applyLevelOfDetail(cy);
    return cy;
  }
  const labels = (cy: cytoscape.Core) => cy.nodes().filter((n) => n.style("label") !== "").length;

  it("labels every node of a large graph while drawing, then only those labelled before", () => {
    const cy = graphOf(LOD_NODES + 100);
    cy.nodes().slice(0, 7).addClass(LABELLED_NODE);
    expect(labels(cy)).toBe(7);
    const during = withAllLabels(cy, () => labels(cy));
    expect(during).toBe(LOD_NODES + 100);
    expect(labels(cy)).toBe(7);
    expect(cy.nodes(`.${LABELLED_NODE}`).map((n) => n.id())).toEqual([
      "n0",
      "n1",
      "n2",
      "n3",
      "n4",
      "n5",
      "n6",
    ]);
  });

  it("puts the labels back when the drawing fails", () => {
    const cy = graphOf(LOD_NODES);
    expect(() =>
      withAllLabels(cy, () => {
        throw new Error("canvas too large");
      }),
    ).toThrow("canvas too large");
    expect(labels(cy)).toBe(0);
  });

  it("leaves a small graph, which labels every node anyway, as it is", () => {
    const cy = graphOf(10);
    expect(withAllLabels(cy, () => labels(cy))).toBe(10);
    expect(cy.nodes(`.${LABELLED_NODE}`).length).toBe(0);
  });
});
