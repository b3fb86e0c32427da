import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { branchesOf } from "../../../client/graph/collapse.ts";

/** A headless view from "a-b" edge strings. */
function view(...pairs: string[]): Core {
  const ids = new Set(pairs.flatMap((p) => p.split("-")));
  const elements: ElementDefinition[] = [
    ...[...ids].map((id) => ({ data: { id } })),
    ...pairs.map((p) => {
      const [source, target] = p.split("-");
      return { data: { id: p, source: source!, target: target! } };
    }),
  ];
  return cytoscape({ headless: true, elements });
}

const ids = (c: { map<T>(f: (e: { id(): string }) => T): T[] }) => c.map((e) => e.id()).sort();

describe("collapsing a node", () => {
  // centre c — meeting m1 — actor a, which was expanded: a — m2 — x and a — m3 — y.
  const expanded = () => view("c-m1", "a-m1", "a-m2", "x-m2", "a-m3", "y-m3");

  it("folds away what hangs on it alone, keeping the way back to the centre", () => {
    const cy = expanded();
    const removed = branchesOf(cy.getElementById("a"), new Set(["c"]));
    expect(ids(removed.nodes())).toEqual(["m2", "m3", "x", "y"]);
    expect(ids(removed.edges())).toEqual(["a-m2", "a-m3", "x-m2", "y-m3"]);
  });

  it("keeps a branch that also reaches an anchor another way", () => {
    const cy = view("c-m1", "a-m1", "a-m2", "x-m2", "x-m4", "c-m4");
    expect(branchesOf(cy.getElementById("a"), new Set(["c"])).empty()).toBe(true);
  });

  it("keeps a branch holding a pinned node", () => {
    const cy = expanded();
    cy.getElementById("x").lock();
    expect(ids(branchesOf(cy.getElementById("a"), new Set(["c"])).nodes())).toEqual(["m3", "y"]);
  });

  it("collapses a centre to itself", () => {
    const cy = expanded();
    const removed = branchesOf(cy.getElementById("c"), new Set(["c"]));
    expect(ids(removed.nodes())).toEqual(["a", "m1", "m2", "m3", "x", "y"]);
  });

  it("without anchors keeps the largest group as the rest", () => {
    // The whole graph: a's meeting m1 links it to c and d, the larger group; m2 and m3 hang on a.
    const cy = view("c-m1", "d-m1", "a-m1", "a-m2", "x-m2", "a-m3", "y-m3");
    expect(ids(branchesOf(cy.getElementById("a"), new Set()).nodes())).toEqual(["m2", "m3", "x", "y"]);
  });

  it("has nothing to fold on a leaf", () => {
    const cy = expanded();
    expect(branchesOf(cy.getElementById("x"), new Set(["c"])).empty()).toBe(true);
  });
});
