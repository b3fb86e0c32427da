// Shortest paths (#20 paths): laid out left to right from the first actor to the second, the nodes
// fetched from outside the view placed apart; the path kept in the URL so a link draws it again; and
// no path said in the panel.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  openContextMenu,
  openExplorer,
  screenshot,
  waitForGraphToSettle,
  useExplorer,
} from "../support/explorer-page.ts";
import { inGraph, waitForGraph } from "../support/in-graph.ts";

const explorer = useExplorer();

async function menu(page: Page, id: string, item: string): Promise<void> {
  await openContextMenu(page, id);
  await page.click(`.context-menu [role=menuitem]:text-is('${item}')`);
}

/** The highlighted path's nodes with their places, left to right. */
function pathNodes(page: Page) {
  return inGraph(page, (cy) =>
    cy
      .nodes(".on-path")
      .map((n) => ({ id: n.id(), ...n.position() }))
      .sort((a, b) => a.x - b.x),
  );
}

describe("paths between two actors", () => {
  it("lays a path picked in the menus out from the first actor on the left to the second", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server);
    await menu(page, "actor:angela-merkel", "Path from here…");
    await menu(page, "actor:alexander-lukashenko", "Path from Angela Merkel");
    await waitForGraph(page, (cy) => cy.nodes(".on-path").length > 0);
    await waitForGraphToSettle(page);
    expect(new URL(page.url()).searchParams.get("path")).toBe(
      "actor:angela-merkel,actor:alexander-lukashenko",
    );
    const nodes = await pathNodes(page);
    // Merkel, the call of 15 November and the one of 17 November side by side, Lukashenko.
    expect(nodes).toHaveLength(4);
    expect(nodes[0]!.id).toBe("actor:angela-merkel");
    expect(nodes[3]!.id).toBe("actor:alexander-lukashenko");
    const [call1, call2] = [nodes[1]!, nodes[2]!];
    expect(call1.x).toBeCloseTo(call2.x, 0);
    expect(Math.abs(call1.y - call2.y)).toBeGreaterThan(60);
    expect(nodes[0]!.x).toBeLessThan(call1.x);
    expect(call1.x).toBeLessThan(nodes[3]!.x);
    expect(await page.locator("#status").textContent()).toMatch(/2 shortest paths between Angela Merkel/);
    await screenshot(page, "explorer-path-left-to-right");
  });

  it("draws a shared path whose nodes were outside the view apart, left to right", async () => {
    const { page, server } = explorer;
    // The Polish forces' view lacks the 8 November crossing attempt and Poland: the path brings them.
    await openExplorer(
      page,
      server,
      "?center=actor:polish-security-forces&path=actor:polish-security-forces,actor:poland",
    );
    await waitForGraph(page, (cy) => cy.nodes(".on-path").length > 0);
    await waitForGraphToSettle(page);
    const nodes = await pathNodes(page);
    expect(nodes.map((n) => n.id)).toEqual([
      "actor:polish-security-forces",
      "incident:incident-2021-11-16-belarus-poland-border",
      "actor:migrants",
      "incident:incident-2021-11-08-belarus-poland-border",
      "actor:poland",
    ]);
    // Never on top of each other.
    for (let i = 1; i < nodes.length; i++) expect(nodes[i]!.x - nodes[i - 1]!.x).toBeGreaterThan(100);
    // Nor on the nodes off the path.
    const overlaps = await inGraph(page, (cy) => {
      const off = cy.nodes(":visible").filter((m) => !m.hasClass("on-path"));
      const places = off.nodes().map((m) => ({ ...m.position() }));
      return cy
        .nodes(".on-path")
        .map((n) => ({ id: n.id(), ...n.position() }))
        .filter((n) => places.some((m) => Math.hypot(m.x - n.x, m.y - n.y) < 40))
        .map((n) => n.id);
    });
    expect(overlaps).toEqual([]);
    await screenshot(page, "explorer-path-shared");
  });

  it("says in the panel when there is no path within the steps searched", async () => {
    const { page, server } = explorer;
    // Ursula von der Leyen is named in the articles but in no meeting: only unlinked actors show her.
    await openExplorer(page, server, "?lone=1");
    await menu(page, "actor:angela-merkel", "Path from here…");
    await menu(page, "actor:ursula-von-der-leyen", "Path from Angela Merkel");
    await page.waitForSelector("#panel h2:text-is('No path')");
    expect(await page.locator("#panel").textContent()).toMatch(
      /No path within 8 steps between Angela Merkel and Ursula von der Leyen/,
    );
    await screenshot(page, "explorer-no-path");
  });
});
