// What a user does to a node (nodeActions in client/main.ts): a right-click opens its actions as a menu;
// a double-click expands it, Collapse folds back what hangs on it alone, Hide takes it away, and Undo
// takes each step back.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clickNode,
  openContextMenu,
  openExplorer,
  screenshot,
  startExplorer,
  visibleLabels,
  visibleNodeIds,
  waitForGraphToSettle,
  type Explorer,
} from "../support/explorer-page.ts";
import { waitForGraph } from "../support/in-graph.ts";

let explorer: Explorer;
let page: Page;

beforeAll(async () => {
  explorer = await startExplorer();
  page = explorer.page;
});
afterAll(async () => {
  await explorer?.close();
});

/** Opens the 16 November clash at Bruzgi, then expands the migrants there with a double-click. */
async function expandMigrantsAtBruzgi(): Promise<string[]> {
  await openExplorer(page, explorer.server, "?center=incident:incident-2021-11-16-belarus-poland-border");
  const before = await visibleLabels(page);
  await clickNode(page, "actor:migrants", { double: true });
  await waitForGraph(page, (cy, n) => cy.nodes(":visible").length > n, before.length);
  await waitForGraphToSettle(page);
  return before;
}

describe("a node's actions", () => {
  it("opens a node's actions with a right-click", async () => {
    await openExplorer(page, explorer.server, "?center=actor:angela-merkel");
    // Her details are open in the panel.
    await clickNode(page, "actor:angela-merkel");
    await page.waitForSelector("#panel h2:text-is('Angela Merkel')");
    const items = await openContextMenu(page, "actor:angela-merkel");
    expect(items).toEqual(expect.arrayContaining(["Expand", "Hide", "Centre here"]));
    expect(items.filter((i) => i === "Pin" || i === "Unpin")).toHaveLength(1);
    await screenshot(page, "explorer-context-menu");
    await page.keyboard.press("Escape");
    expect(await page.locator(".context-menu").isHidden()).toBe(true);
    await openContextMenu(page, "actor:angela-merkel");
    await page.click(".context-menu [role=menuitem]:text-is('Hide')");
    await waitForGraph(page, (cy) => !cy.nodes().some((n) => n.data("label") === "Angela Merkel"));
    // Her details (open in the panel) go with her; the panel says what to do next.
    expect(await page.locator("#panel .hint").textContent()).toMatch(/^Click a node/);
    await page.click("#undo");
    expect(await visibleLabels(page)).toContain("Angela Merkel");
  });

  it("expands a node on double-click", async () => {
    const before = await expandMigrantsAtBruzgi();
    expect(before).not.toContain("Poland");
    expect(await page.locator("#status").textContent()).toMatch(/new nodes around Migrants/);
    expect(await visibleLabels(page)).toContain("Poland");
    // The side panel's actions follow: what the expansion brought in can be collapsed.
    await page.waitForSelector(".panel button:text-is('Collapse')");
    await screenshot(page, "explorer-expanded");
  });

  it("undoes the expansion", async () => {
    await expandMigrantsAtBruzgi();
    expect(await visibleLabels(page)).toContain("Poland");
    await page.click("#undo");
    expect(await visibleLabels(page)).not.toContain("Poland");
  });

  it("collapses an expanded node back to the view it came from, and undoes it", async () => {
    // The 16 November clash: Polish security forces, the migrants, the Bruzgi crossing.
    await openExplorer(page, explorer.server, "?center=actor:polish-security-forces");
    const before = await visibleNodeIds(page);
    expect(before).toContain("actor:migrants");
    // Nothing hangs on the migrants alone yet: no Collapse.
    expect(await openContextMenu(page, "actor:migrants")).not.toContain("Collapse");
    await page.click(".context-menu [role=menuitem]:text-is('Expand')");
    await page.waitForFunction(() =>
      /new nodes? around/.test(document.querySelector("#status")!.textContent!),
    );
    await waitForGraphToSettle(page);
    const expanded = await visibleNodeIds(page);
    expect(expanded.length).toBeGreaterThan(before.length);

    // Expanding brought in the 8 November crossing attempt, its place and Poland.
    expect(await openContextMenu(page, "actor:migrants")).toContain("Collapse");
    await page.click(".context-menu [role=menuitem]:text-is('Collapse')");
    expect(await visibleNodeIds(page)).toEqual(before);
    expect(await page.locator("#status").textContent()).toMatch(/folded into Migrants/);
    await page.click("#undo");
    expect(await visibleNodeIds(page)).toEqual(expanded);
  });
});
