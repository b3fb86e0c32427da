// Narrowing what the graph shows: to a time range, by the From and To dates or by dragging across the
// timeline (whose axis names the days under their bars); and to some link types, which leaves out the
// places or meetings only they linked. The URL keeps both.
import { describe, expect, it } from "vitest";
import { openExplorer, screenshot, waitForGraphToSettle, useExplorer } from "../support/explorer-page.ts";
import { inGraph } from "../support/in-graph.ts";

const explorer = useExplorer();

/** How many elements matching `selector` are drawn and visible. */
const visible = (selector: string) =>
  inGraph(explorer.page, (cy, s) => cy.elements(s).filter(":visible").length, selector);

describe("filtering by time", () => {
  it("filters the graph to 16–17 November", async () => {
    await openExplorer(explorer.page, explorer.server, "?center=actor:angela-merkel");
    await explorer.page.fill("#from", "2021-11-16");
    await explorer.page.fill("#to", "2021-11-17");
    await explorer.page.locator("#to").dispatchEvent("change");
    await explorer.page.waitForFunction(() => location.search.includes("to=2021-11-17"));
    await waitForGraphToSettle(explorer.page);
    const dates = await inGraph(explorer.page, (cy) =>
      cy.nodes('[kind = "meeting"]:visible').map((n) => String(n.data("date"))),
    );
    expect(dates).toEqual(["2021-11-17"]);
    expect(await explorer.page.locator("#status").textContent()).toBe("2 actors, 1 meeting, 0 incidents");
  });

  it("brushes a time range by dragging across the timeline", async () => {
    await openExplorer(explorer.page, explorer.server, "?center=actor:angela-merkel");
    const first = (await explorer.page.locator('#timeline rect[data-date="2021-11-16"]').boundingBox())!;
    const last = (await explorer.page.locator('#timeline rect[data-date="2021-11-17"]').boundingBox())!;
    await explorer.page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
    await explorer.page.mouse.down();
    await explorer.page.mouse.move(last.x + last.width / 2, last.y + last.height / 2, { steps: 5 });
    await explorer.page.mouse.up();
    await explorer.page.waitForFunction(() => location.search.includes("from=2021-11-16&to=2021-11-17"));
    await waitForGraphToSettle(explorer.page);
    expect(await explorer.page.inputValue("#from")).toBe("2021-11-16");
    expect(await explorer.page.inputValue("#to")).toBe("2021-11-17");
  });

  it("says under the timeline which day is which", async () => {
    await openExplorer(explorer.page, explorer.server);
    const labels = await explorer.page.locator(".timeline-axis span").allTextContents();
    expect(labels).toContain("15 Nov");
    // Each label starts where its day's bar starts.
    const label = (await explorer.page.locator(".timeline-axis span", { hasText: "15 Nov" }).boundingBox())!;
    const day = (await explorer.page.locator('#timeline rect[data-date="2021-11-15"]').boundingBox())!;
    expect(Math.abs(label.x - day.x)).toBeLessThan(1.5);
  });
});

describe("leaving out link types", () => {
  it("leaves out places, then meetings, when their link types are unticked; the URL keeps it", async () => {
    await openExplorer(explorer.page, explorer.server);
    expect(await visible('node[kind = "place"]')).toBeGreaterThan(0);
    expect(await visible('edge[type = "OCCURRED_AT"]')).toBeGreaterThan(0);

    await explorer.page.uncheck("#rels input[value=OCCURRED_AT]");
    await explorer.page.waitForFunction(
      () => new URLSearchParams(location.search).get("rels") === "PARTICIPATED_IN,INVOLVED_IN",
    );
    await waitForGraphToSettle(explorer.page);
    expect(await visible('edge[type = "OCCURRED_AT"]')).toBe(0);
    expect(await visible('node[kind = "place"]')).toBe(0);
    expect(await visible('node[kind = "meeting"]')).toBeGreaterThan(0);
    expect(await visible('node[kind = "incident"]')).toBeGreaterThan(0);

    await explorer.page.uncheck("#rels input[value=PARTICIPATED_IN]");
    await explorer.page.waitForFunction(
      () => new URLSearchParams(location.search).get("rels") === "INVOLVED_IN",
    );
    await waitForGraphToSettle(explorer.page);
    expect(await visible('node[kind = "meeting"]')).toBe(0);
    expect(await visible('node[kind = "incident"]')).toBeGreaterThan(0);

    // A shared link reopens it: boxes and graph alike.
    await explorer.page.reload();
    await explorer.page.waitForSelector("body[data-ready=true]");
    await waitForGraphToSettle(explorer.page);
    expect(await explorer.page.isChecked("#rels input[value=PARTICIPATED_IN]")).toBe(false);
    expect(await explorer.page.isChecked("#rels input[value=INVOLVED_IN]")).toBe(true);
    expect(await visible('node[kind = "meeting"]')).toBe(0);
    await screenshot(explorer.page, "explorer-links-filter");

    await explorer.page.check("#rels input[value=PARTICIPATED_IN]");
    await explorer.page.check("#rels input[value=OCCURRED_AT]");
    await explorer.page.waitForFunction(() => !new URLSearchParams(location.search).has("rels"));
    await waitForGraphToSettle(explorer.page);
    expect(await visible('node[kind = "place"]')).toBeGreaterThan(0);
  });
});
