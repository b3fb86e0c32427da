// The explorer on a phone (390×844, #20): the filters fold into a sheet a toolbar button opens and
// closes; with a node selected and its details open the graph keeps most of the screen; the selected
// node and its neighbours are labelled at a size read on screen.
import { describe, expect, it } from "vitest";
import {
  clickNode,
  openExplorer,
  screenshot,
  useExplorer,
  waitForGraphToSettle,
} from "../support/explorer-page.ts";
import { inGraph } from "../support/in-graph.ts";

const explorer = useExplorer();
const PHONE = { width: 390, height: 844 };

describe("the explorer on a phone", () => {
  it("folds the filters into a sheet that a button opens and closes", async () => {
    const { page } = explorer;
    await openExplorer(page, explorer.server, "?center=actor:alexander-lukashenko", PHONE);
    const toggle = page.locator("#filters-toggle");
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator("#filters").isVisible()).toBe(false);
    // The toolbar is one row: the graph starts high on the screen.
    expect((await page.locator("#graph").boundingBox())!.y).toBeLessThan(120);
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator("#filters").isVisible()).toBe(true);
    // The sheet's filters work: leaving out incidents reloads the graph without them.
    await page.locator("#kinds input[value=incident]").uncheck();
    await page.waitForFunction(() => location.search.includes("kinds="));
    await waitForGraphToSettle(page);
    expect(await inGraph(page, (cy) => cy.nodes('[kind = "incident"]:visible').length)).toBe(0);
    await screenshot(page, "explorer-phone-filter-sheet");
    await page.keyboard.press("Escape");
    expect(await page.locator("#filters").isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("filters-toggle");
    await toggle.click();
    await page.click("#filters .sheet-done");
    expect(await page.locator("#filters").isVisible()).toBe(false);
  });

  it("keeps most of the screen for the graph with a node open, its neighbourhood labelled", async () => {
    const { page } = explorer;
    await openExplorer(page, explorer.server, "?center=actor:alexander-lukashenko", PHONE);
    await clickNode(page, "actor:alexander-lukashenko");
    await page.waitForSelector(".panel h2");
    await waitForGraphToSettle(page);
    const graph = (await page.locator("#graph").boundingBox())!;
    expect(graph.height / PHONE.height).toBeGreaterThanOrEqual(0.6);
    expect(await page.locator(".panel h2").isVisible()).toBe(true);
    // The selected node and each neighbour show their label at 12 px on screen, whatever the zoom.
    const labels = await inGraph(page, (cy) => {
      const selected = cy.nodes(":selected");
      return selected
        .closedNeighborhood()
        .nodes(":visible")
        .map((n) => ({
          id: n.id(),
          label: String(n.style("label")),
          screenPx: parseFloat(String(n.style("font-size"))) * cy.zoom(),
          minZoomed: parseFloat(String(n.style("min-zoomed-font-size"))),
        }));
    });
    expect(labels.length).toBeGreaterThan(1);
    for (const l of labels) {
      expect(l.label, l.id).not.toBe("");
      expect(l.screenPx, l.id).toBeCloseTo(12, 5);
      expect(l.minZoomed, l.id).toBe(0);
    }
    await screenshot(page, "explorer-phone-node-open");
  });
});
