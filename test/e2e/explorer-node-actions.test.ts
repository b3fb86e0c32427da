// What a user does to a node (client/explorer/node-actions.ts): a right-click opens its actions as a menu;
// a double-click expands it, Collapse folds back what hangs on it alone, Hide takes it away, and Undo
// takes each step back.
import { describe, expect, it } from "vitest";
import {
  clickNode,
  openContextMenu,
  openExplorer,
  screenshot,
  visibleLabels,
  visibleNodeIds,
  waitForGraphToSettle,
  useExplorer,
} from "../support/explorer-page.ts";
import { waitForGraph } from "../support/in-graph.ts";

const explorer = useExplorer();

/** Opens the 16 November clash at Bruzgi, then expands the migrants there with a double-click. */
async function expandMigrantsAtBruzgi(): Promise<string[]> {
  await openExplorer(
    explorer.page,
    explorer.server,
    "?center=incident:incident-2021-11-16-belarus-poland-border",
  );
  const before = await visibleLabels(explorer.page);
  await clickNode(explorer.page, "actor:migrants", { double: true });
  await waitForGraph(explorer.page, (cy, n) => cy.nodes(":visible").length > n, before.length);
  await waitForGraphToSettle(explorer.page);
  return before;
}

describe("a node's actions", () => {
  it("opens a node's actions with a right-click", async () => {
    await openExplorer(explorer.page, explorer.server, "?center=actor:angela-merkel");
    // Her details are open in the panel.
    await clickNode(explorer.page, "actor:angela-merkel");
    await explorer.page.waitForSelector("#panel h2:text-is('Angela Merkel')");
    const items = await openContextMenu(explorer.page, "actor:angela-merkel");
    expect(items).toEqual(expect.arrayContaining(["Expand", "Hide", "Centre here"]));
    expect(items.filter((i) => i === "Pin" || i === "Unpin")).toHaveLength(1);
    await screenshot(explorer.page, "explorer-context-menu");
    await explorer.page.keyboard.press("Escape");
    expect(await explorer.page.locator(".context-menu").isHidden()).toBe(true);
    await openContextMenu(explorer.page, "actor:angela-merkel");
    await explorer.page.click(".context-menu [role=menuitem]:text-is('Hide')");
    await waitForGraph(explorer.page, (cy) => !cy.nodes().some((n) => n.data("label") === "Angela Merkel"));
    // Her details (open in the panel) go with her; the panel says what to do next.
    expect(await explorer.page.locator("#panel .hint").textContent()).toMatch(/^Click a node/);
    await explorer.page.click("#undo");
    expect(await visibleLabels(explorer.page)).toContain("Angela Merkel");
  });

  it("expands a node on double-click", async () => {
    const before = await expandMigrantsAtBruzgi();
    expect(before).not.toContain("Poland");
    expect(await explorer.page.locator("#status").textContent()).toMatch(/new nodes around Migrants/);
    expect(await visibleLabels(explorer.page)).toContain("Poland");
    // The side panel's actions follow: what the expansion brought in can be collapsed.
    await explorer.page.waitForSelector(".panel button:text-is('Collapse')");
    await screenshot(explorer.page, "explorer-expanded");
  });

  it("undoes the expansion", async () => {
    await expandMigrantsAtBruzgi();
    expect(await visibleLabels(explorer.page)).toContain("Poland");
    await explorer.page.click("#undo");
    expect(await visibleLabels(explorer.page)).not.toContain("Poland");
  });

  it("collapses an expanded node back to the view it came from, and undoes it", async () => {
    // The 16 November clash: Polish security forces, the migrants, the Bruzgi crossing.
    await openExplorer(explorer.page, explorer.server, "?center=actor:polish-security-forces");
    const before = await visibleNodeIds(explorer.page);
    expect(before).toContain("actor:migrants");
    // Nothing hangs on the migrants alone yet: no Collapse.
    expect(await openContextMenu(explorer.page, "actor:migrants")).not.toContain("Collapse");
    await explorer.page.click(".context-menu [role=menuitem]:text-is('Expand')");
    await explorer.page.waitForFunction(() =>
      /new nodes? around/.test(document.querySelector("#status")!.textContent!),
    );
    await waitForGraphToSettle(explorer.page);
    const expanded = await visibleNodeIds(explorer.page);
    expect(expanded.length).toBeGreaterThan(before.length);

    // Expanding brought in the 8 November crossing attempt, its place and Poland.
    expect(await openContextMenu(explorer.page, "actor:migrants")).toContain("Collapse");
    await explorer.page.click(".context-menu [role=menuitem]:text-is('Collapse')");
    expect(await visibleNodeIds(explorer.page)).toEqual(before);
    expect(await explorer.page.locator("#status").textContent()).toMatch(/folded into Migrants/);
    await explorer.page.click("#undo");
    expect(await visibleNodeIds(explorer.page)).toEqual(expanded);
  });
});
