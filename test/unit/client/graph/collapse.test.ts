import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { branchesOf } from "../../../../client/graph/collapse.ts";

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

/** The definition, spelt with Cytoscape's components() (as branchesOf computed it before it walked ids). */
function branchesByComponents(node: cytoscape.NodeSingular, anchors: ReadonlySet<string>): string[] {
  const cy = node.cy();
  const isAnchor = (n: cytoscape.NodeSingular) => anchors.has(n.id()) || n.locked();
  const without = cy.elements().difference(node.closedNeighborhood().edges()).difference(node);
  const neighbours = node.neighborhood().nodes();
  // Ties for the largest go to the group that comes first in the view's node order. (components()
  // lists groups in an order of its own making: it swaps nodes around as it visits them.)
  const index = new Map(cy.nodes().map((n, i) => [n.id(), i] as const));
  const first = (c: cytoscape.CollectionReturnValue) => Math.min(...c.nodes().map((n) => index.get(n.id())!));
  const touching = without
    .components()
    .filter((c) => c.nodes().intersection(neighbours).nonempty())
    .sort((a, b) => first(a) - first(b));
  let kept = touching.filter((c) => c.nodes().some((n) => isAnchor(n as cytoscape.NodeSingular)));
  if (!kept.length && !isAnchor(node) && touching.length)
    kept = [touching.reduce((a, b) => (b.nodes().length > a.nodes().length ? b : a))];
  const removed = touching
    .filter((c) => !kept.includes(c))
    .reduce((all, c) => all.union(c.nodes()), cy.collection());
  return ids(removed.union(removed.connectedEdges()));
}

describe("branchesOf on random graphs", () => {
  it("removes what the components of the view without the node say it should", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 30; round++) {
      // Sparse graphs (trees with a few extra links) have many groups, and ties between them.
      const n = 5 + Math.floor(random() * 25);
      const pairs = new Set<string>();
      for (let i = 1; i < n; i++) if (random() < 0.85) pairs.add(`n${Math.floor(random() * i)}-n${i}`);
      for (let k = 0; k < n / 5; k++) {
        const [a, b] = [Math.floor(random() * n), Math.floor(random() * n)];
        if (a !== b) pairs.add(`n${Math.min(a, b)}-n${Math.max(a, b)}`);
      }
      const cy = view(...pairs);
      // Every other round is the whole graph, without anchors: the largest group is kept, ties decided
      // by order.
      const anchored = round % 2 === 0;
      cy.nodes().forEach((node) => void (anchored && random() < 0.1 && node.lock()));
      const anchors = new Set(
        cy
          .nodes()
          .filter(() => anchored && random() < 0.15)
          .map((node) => node.id()),
      );
      cy.nodes().forEach((node) => {
        expect(ids(branchesOf(node, anchors)), `round ${round}, ${node.id()}`).toEqual(
          branchesByComponents(node, anchors),
        );
      });
    }
  });
});
