// Ways to draw the graph: a layout picked from the toolbar (↻ runs it again, putting back a node dragged
// away), and the who-met-whom view, where meetings fold into one edge per pair of actors, weighted by how
// often they met and shaded by how many sources say so, as the legend shows.
import { describe, expect, it } from "vitest";
import { openExplorer, screenshot, waitForGraphToSettle, useExplorer } from "../support/explorer-page.ts";
import { inGraph } from "../support/in-graph.ts";

const explorer = useExplorer();

describe("ways to draw the graph", () => {
  it("lays the graph out again on demand", async () => {
    await openExplorer(explorer.page, explorer.server, "?center=actor:angela-merkel");
    await explorer.page.selectOption("#layout", "grid");
    await explorer.page.waitForFunction(() => location.search.includes("layout=grid"));
    await waitForGraphToSettle(explorer.page);
    const id = "actor:alexander-lukashenko";
    const position = () => inGraph(explorer.page, (cy, i) => ({ ...cy.getElementById(i).position() }), id);
    const onGrid = await position();
    // Dragged far away, the node goes back to its cell when the layout runs again.
    await inGraph(
      explorer.page,
      (cy, i) => {
        cy.getElementById(i).position({ x: 5000, y: 5000 });
      },
      id,
    );
    expect(await position()).toEqual({ x: 5000, y: 5000 });
    await explorer.page.click("#relayout");
    await waitForGraphToSettle(explorer.page);
    expect(await position()).toEqual(onGrid);
  });

  it("collapses meetings into weighted pairs in the who-met-whom view", async () => {
    await openExplorer(explorer.page, explorer.server, "?center=actor:angela-merkel");
    await explorer.page.check("#whomet-view");
    await explorer.page.waitForFunction(() => location.search.includes("mode=whomet"));
    await waitForGraphToSettle(explorer.page);
    const pairs = await inGraph(explorer.page, (cy) =>
      cy.edges().map((e) => ({
        ends: [String(e.source().data("label")), String(e.target().data("label"))].sort().join(" – "),
        weight: e.data("weight") as number,
      })),
    );
    expect(pairs).toContainEqual({ ends: "Alexander Lukashenko – Angela Merkel", weight: 2 });
    expect(await inGraph(explorer.page, (cy) => cy.nodes().every((n) => n.data("kind") === "actor"))).toBe(
      true,
    );
    // Corroboration: the pair's shade is the legend's for its number of sources.
    const pair = await inGraph(explorer.page, (cy) => {
      const edge = cy.edges()[0]!;
      return { sources: Number(edge.data("sources")), color: String(edge.style("line-color")) };
    });
    const legend = explorer.page.locator("#legend li.line", {
      hasText: `met, ${pair.sources >= 3 ? "3+ sources" : `${pair.sources} source${pair.sources > 1 ? "s" : ""}`}`,
    });
    const swatch = await legend.locator("i").evaluate((i) => getComputedStyle(i).backgroundColor);
    expect(swatch.replaceAll(" ", "")).toBe(pair.color.replaceAll(" ", ""));
    await screenshot(explorer.page, "explorer-who-met-whom");
  });
});
