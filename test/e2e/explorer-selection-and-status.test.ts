// The panel, the selection and the status line keep up with the user (#20, smaller items): the panel
// lets go of a node a filter took away; a right-click selects the node its menu is for; a collapsed
// node says how many nodes it folded ("+N"); and an error leaves the status line with the next step.
import { describe, expect, it } from "vitest";
import {
  clickNode,
  openContextMenu,
  openExplorer,
  screenshot,
  waitForGraphToSettle,
  useExplorer,
} from "../support/explorer-page.ts";
import { inGraph, waitForGraph } from "../support/in-graph.ts";

const explorer = useExplorer();
const CALL = "meeting:meeting-2021-11-15-alexander-lukashenko--angela-merkel";

describe("the panel, the selection and the status line", () => {
  it("lets the panel go of a meeting once the meetings are filtered out", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server, "?center=actor:angela-merkel");
    await clickNode(page, CALL);
    await page.waitForSelector("#panel .event, #panel h2");
    expect(await page.locator("#panel .hint").count()).toBe(0);
    await page.uncheck("#kinds input[value=meeting]");
    await waitForGraph(page, (cy, id) => cy.getElementById(id).empty(), CALL);
    await page.waitForSelector("#panel .hint");
    expect(new URL(page.url()).searchParams.get("select")).toBeNull();
  });

  it("selects the node a right-click opened the menu on", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server, "?center=actor:angela-merkel");
    await clickNode(page, "actor:angela-merkel");
    await openContextMenu(page, "actor:alexander-lukashenko");
    expect(await inGraph(page, (cy) => cy.$(":selected").map((n) => n.id()))).toEqual([
      "actor:alexander-lukashenko",
    ]);
    await page.keyboard.press("Escape");
  });

  it("shows +N on a collapsed node until the collapse is undone", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server, "?center=actor:polish-security-forces");
    const label = () => inGraph(page, (cy) => String(cy.getElementById("actor:migrants").style("label")));
    expect(await label()).toBe("Migrants");
    await openContextMenu(page, "actor:migrants");
    await page.click(".context-menu [role=menuitem]:text-is('Expand')");
    await page.waitForFunction(() =>
      /new nodes? around/.test(document.querySelector("#status")!.textContent!),
    );
    await waitForGraphToSettle(page);
    await openContextMenu(page, "actor:migrants");
    await page.click(".context-menu [role=menuitem]:text-is('Collapse')");
    const folded = Number(/^(\d+) nodes? folded/.exec((await page.locator("#status").textContent())!)![1]);
    expect(folded).toBeGreaterThan(0);
    expect(await label()).toBe(`Migrants +${folded}`);
    await screenshot(page, "explorer-collapsed-plus-n");
    await page.click("#undo");
    expect(await label()).toBe("Migrants");
  });

  it("drops an error from the status line once the next step works", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server, "?center=actor:angela-merkel");
    // Expanding Lukashenko fails: the server cannot be reached.
    await page.route("**/api/graph?*center=actor%3Aalexander-lukashenko*", (route) => route.abort());
    try {
      await clickNode(page, "actor:alexander-lukashenko", { double: true });
      await page.waitForSelector("#status.error");
    } finally {
      await page.unroute("**/api/graph?*center=actor%3Aalexander-lukashenko*");
    }
    await openContextMenu(page, CALL);
    await page.click(".context-menu [role=menuitem]:text-is('Hide')");
    await page.waitForSelector("#status:not(.error)");
    expect(await page.locator("#status").textContent()).not.toMatch(/cannot be reached/);
  });
});
