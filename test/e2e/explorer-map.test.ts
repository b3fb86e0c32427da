// The map (#20): the demo corpus's incidents drawn at their places over offline country borders; a
// point clicked on the map is the fact selected in the graph and opened in the panel, and a fact
// selected in the graph is ringed on the map; the time filter applies to the map too.
import { describe, expect, it } from "vitest";
import {
  clickNode,
  openExplorer,
  screenshot,
  useExplorer,
  waitForGraphToSettle,
} from "../support/explorer-page.ts";
import { inGraph } from "../support/in-graph.ts";
import { mapPoints, waitForMap } from "../support/on-map.ts";

const explorer = useExplorer();
const BORDER = "incident:incident-2021-11-08-belarus-poland-border";
const BRUZGI = "incident:incident-2021-11-16-belarus-poland-border";

describe("the map", () => {
  it("draws the demo corpus's incidents at their places", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server, "?map=1");
    await waitForMap(page);
    const points = await mapPoints(page);
    expect(points.map((p) => [p.id, p.place]).sort()).toEqual([
      [BORDER, "Belarus–Poland border"],
      [BRUZGI, "Bruzgi border crossing point"],
    ]);
    // Each is the place the graph links its incident to.
    const places = await inGraph(
      page,
      (cy, ids) =>
        ids.map((id) => String(cy.getElementById(id).outgoers('node[kind = "place"]').data("label"))),
      points.map((p) => p.id),
    );
    expect(places).toEqual(points.map((p) => p.place));
    // Bruzgi/Kuźnica (53.51° N, 23.65° E) lies north-west of the border's point (53.27° N, 23.79° E).
    const [border, bruzgi] = [BORDER, BRUZGI].map((id) => points.find((p) => p.id === id)!);
    expect(bruzgi!.x).toBeLessThan(border!.x);
    expect(bruzgi!.y).toBeLessThan(border!.y);
    const box = (await page.locator("#map").boundingBox())!;
    for (const p of points) {
      expect(p.x).toBeGreaterThan(box.x);
      expect(p.x).toBeLessThan(box.x + box.width);
      expect(p.y).toBeGreaterThan(box.y);
      expect(p.y).toBeLessThan(box.y + box.height);
    }
    expect(await page.locator(".map-caption").textContent()).toBe(
      "2 meetings and incidents with a known place",
    );
    expect(await page.locator("#graph").isVisible()).toBe(false);
    await screenshot(page, "explorer-map");
  });

  it("selects in the graph the fact clicked on the map, and rings on the map the fact selected in the graph", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server, "?map=1");
    await waitForMap(page);
    const bruzgi = (await mapPoints(page)).find((p) => p.id === BRUZGI)!;
    await page.mouse.click(bruzgi.x, bruzgi.y);
    await page.waitForFunction(
      (id) => document.querySelector("#panel")?.getAttribute("data-node") === id,
      BRUZGI,
    );
    expect(await inGraph(page, (cy) => cy.nodes(":selected").map((n) => n.id()))).toEqual([BRUZGI]);
    expect((await mapPoints(page)).filter((p) => p.selected).map((p) => p.id)).toEqual([BRUZGI]);

    // Back to the graph: the fact is selected there; picking the other incident there rings it on the map.
    await page.click("#map-mode");
    await page.waitForFunction(() => !location.search.includes("map=1"));
    await waitForGraphToSettle(page);
    expect(await inGraph(page, (cy) => cy.nodes(":selected").map((n) => n.id()))).toEqual([BRUZGI]);
    await clickNode(page, BORDER);
    await page.waitForFunction(
      (id) => document.querySelector("#panel")?.getAttribute("data-node") === id,
      BORDER,
    );
    await page.click("#map-mode");
    await waitForMap(page);
    expect((await mapPoints(page)).filter((p) => p.selected).map((p) => p.id)).toEqual([BORDER]);
    await screenshot(page, "explorer-map-selected");
  });

  it("leaves out the points the time filter leaves out", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server, "?map=1");
    await waitForMap(page);
    await page.fill("#from", "2021-11-10");
    await page.locator("#from").dispatchEvent("change");
    await page.waitForFunction(() => location.search.includes("from=2021-11-10"));
    await page.waitForFunction(() => document.querySelector(".map-caption")?.textContent?.startsWith("1 "));
    expect((await mapPoints(page)).map((p) => p.id)).toEqual([BRUZGI]);
    await page.fill("#from", "2021-11-20");
    await page.locator("#from").dispatchEvent("change");
    await page.waitForFunction(() => document.querySelector(".map-caption")?.textContent?.startsWith("No "));
    expect(await mapPoints(page)).toEqual([]);
  });

  it("keeps most of a phone's screen for the map", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server, "?map=1", { width: 390, height: 844 });
    await waitForMap(page);
    expect(await mapPoints(page)).toHaveLength(2);
    const box = (await page.locator("#map").boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(140);
    await screenshot(page, "explorer-map-phone");
  });
});
