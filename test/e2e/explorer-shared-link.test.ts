// A user's view, shared (#20 state): expanded, a node hidden, one pinned, one moved, one selected; "Copy
// link" gives a link that a fresh browser context opens to the same nodes at the same places on the
// screen, with the same pin and the same node selected and read in the panel.
import { describe, expect, it } from "vitest";
import {
  clickNode,
  openContextMenu,
  openExplorer,
  pointOf,
  screenshot,
  visibleNodeIds,
  waitForGraphToSettle,
  useExplorer,
} from "../support/explorer-page.ts";
import { placesOf, reopenInFreshContext } from "../support/shared-link.ts";
import { inGraph, waitForGraph } from "../support/in-graph.ts";
import type { Page } from "playwright-core";

const explorer = useExplorer();

async function menu(page: Page, id: string, item: string): Promise<void> {
  await openContextMenu(page, id);
  await page.click(`.context-menu [role=menuitem]:text-is('${item}')`);
}

describe("sharing what the user did", () => {
  it("reopens expansions, a hidden, a pinned, a moved and a selected node from the copied link", async () => {
    const { page, server, browser } = explorer;
    await openExplorer(page, server, "?center=actor:polish-security-forces");
    // Expand the migrants: the 8 November crossing attempt and Poland come in.
    const before = (await visibleNodeIds(page)).length;
    await clickNode(page, "actor:migrants", { double: true });
    await waitForGraph(page, (cy, n) => cy.nodes(":visible").length > n, before);
    await waitForGraphToSettle(page);
    expect(await visibleNodeIds(page)).toContain("actor:poland");
    await menu(page, "place:bruzgi-border-crossing-point", "Hide");
    await waitForGraph(page, (cy) => cy.getElementById("place:bruzgi-border-crossing-point").empty());
    await menu(page, "actor:polish-security-forces", "Pin");
    // Drag Poland somewhere else by hand.
    await waitForGraphToSettle(page);
    const from = await pointOf(page, "actor:poland");
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 70, from.y - 50, { steps: 8 });
    await page.mouse.up();
    await clickNode(page, "actor:migrants");
    await page.waitForSelector("#panel h2:text-is('Migrants')");
    await waitForGraphToSettle(page);
    const url = new URL(page.url());
    expect(url.searchParams.get("expand")).toBe("actor:migrants");
    expect(url.searchParams.get("hide")).toBe("place:bruzgi-border-crossing-point");
    expect(url.searchParams.get("select")).toBe("actor:migrants");
    const shown = await placesOf(page);
    expect(shown["actor:poland"]!.screen.x).toBeCloseTo(from.x + 70 - (await graphLeft(page)), -1);

    await page.click("#copy-link");
    const link = await page.locator("#share-link").inputValue();
    await page.waitForSelector(".share-note:text-matches('Copied|Copy it')");
    await screenshot(page, "explorer-copy-link");

    await reopenInFreshContext(browser, link, shown, async (other) => {
      expect(
        await inGraph(other, (cy) => ({
          selected: cy.$(":selected").map((n) => n.id()),
          pinned: cy.nodes(":locked").map((n) => n.id()),
        })),
      ).toEqual({ selected: ["actor:migrants"], pinned: ["actor:polish-security-forces"] });
      await other.waitForSelector("#panel h2:text-is('Migrants')");
      await screenshot(other, "explorer-shared-link-reopened");
    });
  });
});

async function graphLeft(page: Page): Promise<number> {
  return (await page.locator("#graph").boundingBox())!.x;
}
