// Finding an actor and reading about her: `/` to the search box, a few letters, Enter opens the match as
// the graph's centre with her details beside it, each meeting with the sentence that reports it and the
// outlet; on a phone-sized screen the details open below the graph.
import { describe, expect, it } from "vitest";
import {
  clickNode,
  openExplorer,
  pointOf,
  screenshot,
  visibleLabels,
  waitForGraphToSettle,
  useExplorer,
} from "../support/explorer-page.ts";
import { inGraph } from "../support/in-graph.ts";

const explorer = useExplorer();

describe("finding an actor and reading her details", () => {
  it("finds Merkel by typing and opens her as the centre", async () => {
    await openExplorer(explorer.page, explorer.server);
    await explorer.page.keyboard.press("/");
    await explorer.page.keyboard.type("Merk");
    await explorer.page.waitForSelector("#search-results li");
    expect(await explorer.page.locator("#search-results li").first().textContent()).toContain(
      "Angela Merkel",
    );
    await explorer.page.keyboard.press("Enter");
    await explorer.page.waitForFunction(() => location.search.includes("center=actor"));
    await waitForGraphToSettle(explorer.page);
    await explorer.page.waitForSelector(".panel h2");
    expect(await explorer.page.locator(".panel h2").textContent()).toBe("Angela Merkel");
    const labels = await visibleLabels(explorer.page);
    expect(labels).toContain("Angela Merkel");
    expect(labels).toContain("Alexander Lukashenko");
    expect(labels.some((l) => l.includes("Lappo"))).toBe(false);
    await screenshot(explorer.page, "explorer-merkel");
  });

  it("shows the provenance of the 15 November phone call", async () => {
    await openExplorer(explorer.page, explorer.server, "?center=actor:angela-merkel");
    await clickNode(explorer.page, "actor:angela-merkel");
    const call = explorer.page.locator(".event", { hasText: "2021-11-15 · phone call" });
    await call.waitFor();
    expect(await call.locator("blockquote").first().textContent()).toContain(
      "On November 15, Lukashenko and Merkel held a phone call",
    );
    expect(await call.locator("cite").first().textContent()).toContain("TASS");
    await explorer.page.click(".panel button:text-is('Pin')");
    expect(
      await inGraph(explorer.page, (cy) => cy.nodes(".pinned").map((n) => String(n.data("label")))),
    ).toEqual(["Angela Merkel"]);
    await screenshot(explorer.page, "explorer-provenance");
  });
});

describe("on a narrow screen (390 × 844)", () => {
  it("shows the graph, then a node's details below it, all within the window", async () => {
    await openExplorer(explorer.page, explorer.server, "?center=actor:angela-merkel", {
      width: 390,
      height: 844,
    });
    // Nothing reaches past the window's right edge.
    expect(await explorer.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const graph = () =>
      explorer.page
        .locator("#graph")
        .boundingBox()
        .then((b) => b!);
    const before = (await graph()).height;
    expect(before).toBeGreaterThan(300);

    await clickNode(explorer.page, "actor:angela-merkel");
    await explorer.page.waitForFunction(
      () => document.querySelector("#panel h2")?.textContent === "Angela Merkel",
    );
    // The graph gives way to the panel, and re-centres on the selection.
    await waitForGraphToSettle(explorer.page);
    // The panel opens below the graph with room to read, above the status bar, and scrolls.
    const panel = (await explorer.page.locator("#panel").boundingBox())!;
    const footer = (await explorer.page.locator(".statusbar").boundingBox())!;
    expect(panel.height).toBeGreaterThan(200);
    expect(panel.y + panel.height).toBeLessThanOrEqual(footer.y + 1);
    // The graph gave way, and the selected node is still in its view.
    const box = await graph();
    const merkel = await pointOf(explorer.page, "actor:angela-merkel");
    expect(box.height).toBeLessThan(before);
    expect(merkel.y).toBeGreaterThanOrEqual(box.y);
    expect(merkel.y).toBeLessThanOrEqual(box.y + box.height);
    await screenshot(explorer.page, "explorer-narrow");
  });
});
