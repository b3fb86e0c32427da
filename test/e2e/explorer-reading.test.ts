// Reading the graph (#20): events captioned by kind and date, labels never drawn below a readable size,
// a hover card with a node's essentials, and every source readable in context: the article opened with
// the quoted sentence highlighted and scrolled to.
import { describe, expect, it } from "vitest";
import {
  clickNode,
  openExplorer,
  pointOf,
  screenshot,
  useExplorer,
  waitForGraphToSettle,
} from "../support/explorer-page.ts";
import { inGraph, waitForGraph } from "../support/in-graph.ts";

const explorer = useExplorer();
const MERKEL = "?center=actor:angela-merkel";

describe("captions and labels", () => {
  it('captions meetings by kind and date ("call · 15 Nov 2021")', async () => {
    await openExplorer(explorer.page, explorer.server, MERKEL);
    const drawn = await inGraph(explorer.page, (cy) =>
      cy.nodes('[kind = "meeting"]').map((n) => String(n.style("label"))),
    );
    expect(drawn.sort()).toEqual(["call · 15 Nov 2021", "call · 17 Nov 2021"]);
    await screenshot(explorer.page, "reading-captions");
  });

  it("draws no label below 10 px on screen when zoomed out, and keeps the most connected labelled", async () => {
    await openExplorer(explorer.page, explorer.server);
    // Zoomed out as a fitted large graph would be: 9–11 px labels would render at 3–4 px.
    await inGraph(explorer.page, (cy) => {
      cy.zoom({ level: 0.35, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    const read = () =>
      inGraph(explorer.page, (cy) => {
        const shown = cy.nodes(":visible").filter((n) => String(n.style("label")) !== "");
        const hub = cy
          .nodes(":visible")
          .toArray()
          .sort((a, b) => b.degree(false) - a.degree(false))[0]!;
        return {
          shown: shown.length,
          smallest: Math.min(...shown.map((n) => parseFloat(String(n.style("font-size"))) * cy.zoom())),
          hubLabelled: String(hub.style("label")) !== "",
        };
      });
    await waitForGraph(explorer.page, (cy) =>
      cy
        .nodes(":visible")
        .every(
          (n) =>
            String(n.style("label")) === "" || parseFloat(String(n.style("font-size"))) * cy.zoom() >= 9.99,
        ),
    );
    const zoomedOut = await read();
    expect(zoomedOut.shown).toBeGreaterThan(0);
    expect(zoomedOut.smallest).toBeGreaterThanOrEqual(9.99);
    expect(zoomedOut.hubLabelled).toBe(true);
    await screenshot(explorer.page, "reading-label-floor");
  });
});

describe("hover card", () => {
  it("shows a meeting's essentials under the pointer without taking the click, and goes on mouse out", async () => {
    await openExplorer(explorer.page, explorer.server, MERKEL);
    await waitForGraphToSettle(explorer.page);
    const id = await inGraph(explorer.page, (cy) =>
      cy
        .nodes('[kind = "meeting"]')
        .filter((n) => n.data("date") === "2021-11-15")[0]!
        .id(),
    );
    const { x, y } = await pointOf(explorer.page, id);
    await explorer.page.mouse.move(x, y);
    const card = explorer.page.locator("#hover-card");
    await card.waitFor({ state: "visible" });
    const text = (await card.textContent()) ?? "";
    expect(text).toContain("call");
    expect(text).toContain("15 Nov 2021");
    expect(text).toContain("Alexander Lukashenko");
    expect(text).toContain("Angela Merkel");
    expect(text).toMatch(/\d+ sources?/);
    await screenshot(explorer.page, "reading-hover-card");
    // The click goes through the card to the node: its details open.
    await explorer.page.mouse.click(x, y);
    await explorer.page.waitForFunction(
      (want) => document.querySelector("#panel .event")?.getAttribute("data-event-id") === want,
      id,
    );
    await explorer.page.mouse.move(5, 5);
    await card.waitFor({ state: "hidden" });
  });
});

describe("reader view", () => {
  async function openCallSource(): Promise<string> {
    await clickNode(explorer.page, "actor:angela-merkel");
    const call = explorer.page.locator(".event", { hasText: "2021-11-15 · phone call" });
    await call.waitFor();
    const quote = (await call.locator("blockquote").first().textContent())!;
    await call.locator("button.read-source").first().click();
    await explorer.page.waitForSelector("dialog.reader .reader-text");
    return quote;
  }

  it("names a source by outlet, title and date, and opens it with the quote highlighted and in view", async () => {
    await openExplorer(explorer.page, explorer.server, MERKEL);
    await clickNode(explorer.page, "actor:angela-merkel");
    const cite = explorer.page
      .locator(".event", { hasText: "2021-11-15 · phone call" })
      .locator("cite")
      .first();
    await cite.waitFor();
    // Outlet from the TASS dateline, title from the first sentence, then the date.
    expect(await cite.textContent()).toMatch(
      /^TASS · Belarusian President Alexander Lukashenko .+ · 2021-11-17$/,
    );

    const quote = await openCallSource();
    const mark = explorer.page.locator("dialog.reader mark.quote");
    expect(await mark.count()).toBe(1);
    expect(await mark.textContent()).toBe(quote);
    expect(await explorer.page.locator("dialog.reader .reader-warning").count()).toBe(0);
    // Scrolled to: the highlighted sentence is inside the text's visible box.
    const inView = await explorer.page.evaluate(() => {
      const box = document.querySelector("dialog.reader .reader-text")!.getBoundingClientRect();
      const m = document.querySelector("dialog.reader mark.quote")!.getBoundingClientRect();
      return m.top >= box.top && m.bottom <= box.bottom;
    });
    expect(inView).toBe(true);
    await screenshot(explorer.page, "reading-reader-view");
    await explorer.page.keyboard.press("Escape");
    await explorer.page.waitForSelector("dialog.reader", { state: "detached" });
  });

  it("flags a stored quote that no longer matches the text instead of highlighting something else", async () => {
    const { driver, config } = explorer.server;
    const shift = (by: number) =>
      driver.executeQuery(
        `MATCH (m:Meeting {date: date("2021-11-15")})-[r:REPORTED_IN]->(:Article)
         SET r.start = r.start + $by, r.end = r.end + $by`,
        { by },
        { database: config.NEO4J_DATABASE },
      );
    await shift(7);
    try {
      await openExplorer(explorer.page, explorer.server, MERKEL);
      await openCallSource();
      await explorer.page.waitForSelector("dialog.reader .reader-warning");
      expect(await explorer.page.locator("dialog.reader mark.quote").count()).toBe(0);
      expect(await explorer.page.locator("dialog.reader .reader-warning").textContent()).toContain(
        "no longer matches",
      );
      await screenshot(explorer.page, "reading-reader-mismatch");
      await explorer.page.keyboard.press("Escape");
    } finally {
      await shift(-7);
    }
  });

  it("fits a phone screen (390 × 844) with the quote in view", async () => {
    await openExplorer(explorer.page, explorer.server, MERKEL, { width: 390, height: 844 });
    await openCallSource();
    const box = (await explorer.page.locator("dialog.reader").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const mark = (await explorer.page.locator("dialog.reader mark.quote").boundingBox())!;
    expect(mark.y).toBeGreaterThanOrEqual(box.y);
    expect(mark.y + mark.height).toBeLessThanOrEqual(box.y + box.height);
    await screenshot(explorer.page, "reading-reader-phone");
    await explorer.page.keyboard.press("Escape");
  });
});

describe("styling rules", () => {
  const sizes = () =>
    inGraph(explorer.page, (cy) => Object.fromEntries(cy.nodes(":visible").map((n) => [n.id(), n.width()])));
  const degrees = () =>
    inGraph(explorer.page, (cy) =>
      Object.fromEntries(cy.nodes(":visible").map((n) => [n.id(), n.degree(false)])),
    );

  it("sizes nodes by degree and colours them by date from the menu, and a reload keeps both via the URL", async () => {
    await openExplorer(explorer.page, explorer.server);
    await explorer.page.click(".style-menu summary");
    await explorer.page.selectOption("#style-size", "degree");
    await explorer.page.waitForFunction(() => location.search.includes("style=size%3Adegree"));
    const degree = await degrees();
    const sized = await sizes();
    const ids = Object.keys(degree);
    const most = Math.max(...Object.values(degree));
    const least = Math.min(...Object.values(degree));
    expect(most).toBeGreaterThan(least);
    // Every node at the top degree is drawn larger than every node at the bottom, whatever its kind.
    for (const big of ids.filter((id) => degree[id] === most))
      for (const small of ids.filter((id) => degree[id] === least))
        expect(sized[big], `${big} vs ${small}`).toBeGreaterThan(sized[small]!);
    expect(new Set(ids.map((id) => Math.round(sized[id]!))).size).toBeGreaterThan(1);

    await explorer.page.selectOption("#style-color", "date");
    await explorer.page.waitForFunction(() => location.search.includes("color%3Adate"));
    const legend = explorer.page.locator('#legend .style-rule[data-channel="color"]');
    expect(await legend.textContent()).toBe("colour: date 8 Nov 2021 → 23 Nov 2021");
    const colours = await inGraph(explorer.page, (cy) =>
      cy.nodes('[kind = "meeting"], [kind = "incident"]').map((n) => String(n.style("background-color"))),
    );
    expect(new Set(colours).size).toBeGreaterThan(1);
    await screenshot(explorer.page, "reading-style-rules");

    const search = new URL(explorer.page.url()).search;
    await openExplorer(explorer.page, explorer.server, search);
    expect(await explorer.page.inputValue("#style-size")).toBe("degree");
    expect(await explorer.page.inputValue("#style-color")).toBe("date");
    expect(await sizes()).toEqual(sized);
    expect(await legend.textContent()).toBe("colour: date 8 Nov 2021 → 23 Nov 2021");
  });
});
