// Back and Forward step through the exploration (#20 state): each step (an expansion, a hide, a new
// centre) is an entry in the browser's history, and going back or forward redraws the graph of that
// step, instead of leaving the app.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  clickNode,
  openContextMenu,
  openExplorer,
  screenshot,
  visibleNodeIds,
  waitForGraphToSettle,
  useExplorer,
} from "../support/explorer-page.ts";
import { waitForGraph } from "../support/in-graph.ts";

const explorer = useExplorer();

/** Waits until the view shows exactly `ids`, then for it to settle. */
async function showing(page: Page, ids: string[]): Promise<void> {
  await waitForGraph(
    page,
    (cy, want) =>
      JSON.stringify(
        cy
          .nodes(":visible")
          .map((n) => n.id())
          .sort(),
      ) === JSON.stringify(want),
    ids,
  );
  await waitForGraphToSettle(page);
}

describe("Back and Forward", () => {
  it("step back and forward through an expansion, a hide and a new centre", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server, "?center=actor:polish-security-forces");
    const start = await visibleNodeIds(page);

    await clickNode(page, "actor:migrants", { double: true });
    await waitForGraph(page, (cy, n) => cy.nodes(":visible").length > n, start.length);
    await waitForGraphToSettle(page);
    const expanded = await visibleNodeIds(page);

    await openContextMenu(page, "place:bruzgi-border-crossing-point");
    await page.click(".context-menu [role=menuitem]:text-is('Hide')");
    await waitForGraph(page, (cy) => cy.getElementById("place:bruzgi-border-crossing-point").empty());
    const hidden = await visibleNodeIds(page);

    await openContextMenu(page, "actor:poland");
    await page.click(".context-menu [role=menuitem]:text-is('Centre here')");
    await page.waitForFunction(() => location.search === "?center=actor%3Apoland");
    await waitForGraphToSettle(page);
    const centred = await visibleNodeIds(page);
    expect(new Set([start, expanded, hidden, centred].map((ids) => ids.join()))).toHaveProperty("size", 4);

    await page.goBack();
    await showing(page, hidden);
    expect(new URL(page.url()).searchParams.get("hide")).toBe("place:bruzgi-border-crossing-point");
    await page.goBack();
    await showing(page, expanded);
    await screenshot(page, "explorer-back-to-expanded");
    await page.goBack();
    await showing(page, start);
    // The first step's URL: its centre, nothing expanded or hidden (the double click's first click
    // selected the migrants there: a selection is no step of its own).
    const first = new URL(page.url()).searchParams;
    expect([first.get("center"), first.get("expand"), first.get("hide")]).toEqual([
      "actor:polish-security-forces",
      null,
      null,
    ]);

    await page.goForward();
    await showing(page, expanded);
    await page.goForward();
    await showing(page, hidden);
    await page.goForward();
    await showing(page, centred);
    // Still the explorer, the search box naming the centre of the step.
    expect(await page.inputValue("#search")).toBe("Poland");
  });
});
