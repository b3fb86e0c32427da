// A user's path through the explorer on the demo corpus: search, expand, provenance, time filter,
// who-met-whom, share, export. Everything is driven through the page as a user would.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, SCREENSHOT_DIR } from "../support/browser.ts";
import { ingestDemoCorpus } from "../support/ingest.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  await clearGraph(server.driver);
  ingestDemoCorpus();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    await clearGraph(server.driver);
    await server.close();
  }
});

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });

/** Nodes drawn and visible, by label. */
function visibleLabels(): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { cy: import("cytoscape").Core }).cy
      .nodes(":visible")
      .map((n) => String(n.data("label"))),
  );
}

async function idOfLabel(label: string): Promise<string> {
  return page.evaluate(
    (l) =>
      (window as unknown as { cy: import("cytoscape").Core }).cy
        .nodes()
        .filter((n) => n.data("label") === l)[0]!
        .id(),
    label,
  );
}

/** The node's position on the page, for real mouse clicks. */
async function pointOf(id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator("#graph").boundingBox())!;
  const p = await page.evaluate(
    (i) => (window as unknown as { cy: import("cytoscape").Core }).cy.getElementById(i).renderedPosition(),
    id,
  );
  return { x: box.x + p.x, y: box.y + p.y };
}

async function settle(): Promise<void> {
  await page.waitForFunction(
    () => !/Loading|Expanding/.test(document.querySelector("#status")!.textContent ?? ""),
  );
  await page.waitForTimeout(400); // layouts animate for 300 ms
}

describe("exploring who met whom", () => {
  it("finds Merkel by typing and opens her as the centre", async () => {
    await page.keyboard.press("/");
    await page.keyboard.type("Merk");
    await page.waitForSelector("#search-results li");
    expect(await page.locator("#search-results li").first().textContent()).toContain("Angela Merkel");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.search.includes("center=actor"));
    await settle();
    await page.waitForSelector(".panel h2");
    expect(await page.locator(".panel h2").textContent()).toBe("Angela Merkel");
    const labels = await visibleLabels();
    expect(labels).toContain("Angela Merkel");
    expect(labels).toContain("Alexander Lukashenko");
    expect(labels.some((l) => l.includes("Lappo"))).toBe(false);
    await shot("explorer-merkel");
  });

  it("shows the provenance of the 15 November phone call", async () => {
    const point = await pointOf(await idOfLabel("Angela Merkel"));
    await page.mouse.click(point.x, point.y);
    const call = page.locator(".event", { hasText: "2021-11-15 · phone call" });
    await call.waitFor();
    expect(await call.locator("blockquote").first().textContent()).toContain(
      "On November 15, Lukashenko and Merkel held a phone call",
    );
    expect(await call.locator("cite").first().textContent()).toContain("TASS");
    await page.click(".panel button:text-is('Pin')");
    expect(
      await page.evaluate(() =>
        (window as unknown as { cy: import("cytoscape").Core }).cy
          .nodes(".pinned")
          .map((n) => n.data("label")),
      ),
    ).toEqual(["Angela Merkel"]);
    await shot("explorer-provenance");
  });

  it("filters the graph to 16–17 November", async () => {
    await page.fill("#from", "2021-11-16");
    await page.fill("#to", "2021-11-17");
    await page.locator("#to").dispatchEvent("change");
    await page.waitForFunction(() => location.search.includes("to=2021-11-17"));
    await settle();
    const dates = await page.evaluate(() =>
      (window as unknown as { cy: import("cytoscape").Core }).cy
        .nodes('[kind = "meeting"]:visible')
        .map((n) => String(n.data("date"))),
    );
    expect(dates).toEqual(["2021-11-17"]);
    expect(await page.locator("#status").textContent()).toBe("2 actors, 1 meeting, 0 incidents");
  });

  it("brushes a time range by dragging across the timeline", async () => {
    await page.click("#clear-time");
    await settle();
    const first = (await page.locator('#timeline rect[data-date="2021-11-16"]').boundingBox())!;
    const last = (await page.locator('#timeline rect[data-date="2021-11-17"]').boundingBox())!;
    await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
    await page.mouse.down();
    await page.mouse.move(last.x + last.width / 2, last.y + last.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => location.search.includes("from=2021-11-16&to=2021-11-17"));
    await settle();
    expect(await page.inputValue("#from")).toBe("2021-11-16");
    expect(await page.inputValue("#to")).toBe("2021-11-17");
  });

  it("says under the timeline which day is which", async () => {
    const labels = await page.locator(".timeline-axis span").allTextContents();
    expect(labels).toContain("15 Nov");
    // Each label starts where its day's bar starts.
    const label = (await page.locator(".timeline-axis span", { hasText: "15 Nov" }).boundingBox())!;
    const day = (await page.locator('#timeline rect[data-date="2021-11-15"]').boundingBox())!;
    expect(Math.abs(label.x - day.x)).toBeLessThan(1.5);
  });

  it("lays the graph out again on demand", async () => {
    await page.selectOption("#layout", "grid");
    await page.waitForFunction(() => location.search.includes("layout=grid"));
    await settle();
    const id = await idOfLabel("Alexander Lukashenko");
    const position = () =>
      page.evaluate(
        (i) => (window as unknown as { cy: import("cytoscape").Core }).cy.getElementById(i).position(),
        id,
      );
    const onGrid = await position();
    // Dragged far away, the node goes back to its cell when the layout runs again.
    await page.evaluate(
      (i) =>
        (window as unknown as { cy: import("cytoscape").Core }).cy
          .getElementById(i)
          .position({ x: 5000, y: 5000 }),
      id,
    );
    await page.click("#relayout");
    await settle();
    expect(await position()).toEqual(onGrid);
    await page.selectOption("#layout", "fcose");
    await settle();
  });

  it("opens a node's actions with a right-click", async () => {
    const point = await pointOf(await idOfLabel("Angela Merkel"));
    await page.mouse.click(point.x, point.y, { button: "right" });
    await page.waitForSelector(".context-menu [role=menuitem]");
    const items = await page.locator(".context-menu [role=menuitem]").allTextContents();
    expect(items).toEqual(expect.arrayContaining(["Expand", "Hide", "Centre here"]));
    expect(items.filter((i) => i === "Pin" || i === "Unpin")).toHaveLength(1);
    await shot("explorer-context-menu");
    await page.keyboard.press("Escape");
    expect(await page.locator(".context-menu").isHidden()).toBe(true);
    await page.mouse.click(point.x, point.y, { button: "right" });
    await page.click(".context-menu [role=menuitem]:text-is('Hide')");
    await page.waitForFunction(
      () =>
        !(window as unknown as { cy: import("cytoscape").Core }).cy
          .nodes()
          .some((n) => n.data("label") === "Angela Merkel"),
    );
    // Her details (open in the panel) go with her; the panel says what to do next.
    expect(await page.locator("#panel .hint").textContent()).toMatch(/^Click a node/);
    await page.click("#undo");
    expect(await visibleLabels()).toContain("Angela Merkel");
  });

  it("collapses meetings into weighted pairs in the who-met-whom view", async () => {
    await page.click("#clear-time");
    await settle();
    await page.check("#whomet-view");
    await page.waitForFunction(() => location.search.includes("mode=whomet"));
    await settle();
    const pairs = await page.evaluate(() =>
      (window as unknown as { cy: import("cytoscape").Core }).cy.edges().map((e) => ({
        ends: [e.source().data("label"), e.target().data("label")].sort().join(" – "),
        weight: e.data("weight"),
      })),
    );
    expect(pairs).toContainEqual({ ends: "Alexander Lukashenko – Angela Merkel", weight: 2 });
    expect(
      await page.evaluate(() =>
        (window as unknown as { cy: import("cytoscape").Core }).cy
          .nodes()
          .every((n) => n.data("kind") === "actor"),
      ),
    ).toBe(true);
    // Corroboration: the pair's shade is the legend's for its number of sources.
    const pair = await page.evaluate(() => {
      const edge = (window as unknown as { cy: import("cytoscape").Core }).cy.edges()[0]!;
      return { sources: Number(edge.data("sources")), color: String(edge.style("line-color")) };
    });
    const legend = page.locator("#legend li.line", {
      hasText: `met, ${pair.sources >= 3 ? "3+ sources" : `${pair.sources} source${pair.sources > 1 ? "s" : ""}`}`,
    });
    const swatch = await legend.locator("i").evaluate((i) => getComputedStyle(i).backgroundColor);
    expect(swatch.replaceAll(" ", "")).toBe(pair.color.replaceAll(" ", ""));
    await shot("explorer-who-met-whom");
  });

  it("reopens the same view from a shared URL", async () => {
    const shared = page.url();
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await other.goto(shared);
    await other.waitForSelector("body[data-ready=true]");
    expect(await other.isChecked("#whomet-view")).toBe(true);
    const centre = new URL(shared).searchParams.get("center")!;
    expect(
      await other.evaluate(
        (c) => (window as unknown as { cy: import("cytoscape").Core }).cy.getElementById(c).nonempty(),
        centre,
      ),
    ).toBe(true);
    // The search box names the centre the link opened.
    expect(await other.inputValue("#search")).toBe("Angela Merkel");
    await other.close();
  });

  it("expands a node on double-click", async () => {
    await page.uncheck("#whomet-view");
    await settle();
    const previous = new URL(page.url()).search;
    await page.fill("#search", "Bruzgi");
    await page.waitForSelector("#search-results li");
    await page.keyboard.press("Enter");
    // The first match may be the place or the clash there; either centres the view on Bruzgi.
    await page.waitForFunction(
      (prev) => location.search !== prev && location.search.includes("center="),
      previous,
    );
    await settle();
    const before = await visibleLabels();
    expect(before).not.toContain("Poland");
    const point = await pointOf(await idOfLabel("Migrants"));
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForFunction(
      (n) => (window as unknown as { cy: import("cytoscape").Core }).cy.nodes(":visible").length > n,
      before.length,
    );
    await settle();
    expect(await page.locator("#status").textContent()).toMatch(/new nodes around Migrants/);
    expect(await visibleLabels()).toContain("Poland");
    // The side panel's actions follow: what the expansion brought in can be collapsed.
    await page.waitForSelector(".panel button:text-is('Collapse')");
    await shot("explorer-expanded");
  });

  it("undoes the expansion", async () => {
    await page.click("#undo");
    expect(await visibleLabels()).not.toContain("Poland");
  });

  it("exports the view as PNG and GraphML", async () => {
    await page.click(".menu summary");
    const [png] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=png]")]);
    expect(png.suggestedFilename()).toBe("whomet.png");
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");

    await page.click(".menu summary");
    const [graphml] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=graphml]")]);
    expect(graphml.suggestedFilename()).toBe("whomet.graphml");
    const xml = readFileSync((await graphml.path())!, "utf8");
    expect(xml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
    expect(xml).toContain('<node id="actor:migrants">');
    expect(xml).toContain("<edge ");
  });

  it("exports SVG and a self-contained HTML file that works offline", async () => {
    await page.click(".menu summary");
    const [svg] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=svg]")]);
    expect(readFileSync((await svg.path())!, "utf8")).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s\S]*<\/svg>\s*$/);

    await page.click(".menu summary");
    const [html] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=html]")]);
    const file = join(SCREENSHOT_DIR, "..", "whomet-export.html");
    await html.saveAs(file);
    const offline = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    // Nothing but the file itself may load: the export must not need the server.
    await offline.route(/^https?:/, (route) => route.abort());
    await offline.goto(`file://${file}`);
    const count = await offline.evaluate(
      () => (window as unknown as { cy: import("cytoscape").Core }).cy.nodes().length,
    );
    expect(count).toBeGreaterThan(3);
    await offline.evaluate(() => {
      const cy = (window as unknown as { cy: import("cytoscape").Core }).cy;
      cy.nodes()
        .filter((n) => n.data("label") === "Migrants")
        .emit("tap");
    });
    expect(await offline.locator("aside blockquote").count()).toBeGreaterThan(0);
    await offline.screenshot({ path: join(SCREENSHOT_DIR, "export-html-offline.png") });
    await offline.close();
  });

  it("runs a saved query with parameters and shows graph and table", async () => {
    await page.click("#queries");
    await page.waitForSelector("#saved-query");
    await page.selectOption("#saved-query", "actor-timeline");
    await page.fill("#saved-query-form input[name=actor]", "angela-merkel");
    await page.fill("#saved-query-form input[name=from]", "2021-11-16");
    await page.click("#saved-query-form button[type=submit]");
    await page.waitForSelector(".result table");
    const cells = await page.locator(".result tr").nth(1).locator("td").allTextContents();
    expect(cells[0]).toBe("2021-11-17");
    expect(cells).toContain("phone_call");
    expect(await page.locator(".result .sub").textContent()).toBe("1 row");
    expect(await visibleLabels()).toContain("Angela Merkel");
    // The graph is the query's result now, centred on nothing: the search box keeps no old words.
    expect(await page.inputValue("#search")).toBe("");
    // The table is wider than the panel: it scrolls in its own box, the panel itself does not.
    const box = (await page.locator(".result .table-scroll").boundingBox())!;
    const side = (await page.locator("#panel").boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(side.x + side.width);
    expect(await page.$eval("#panel", (p) => p.scrollWidth <= p.clientWidth)).toBe(true);
    await shot("explorer-saved-query");
  });

  it("edits Cypher with highlighting and completion, runs it, and marks errors where they occur", async () => {
    const editor = "#cypher .cm-content";
    const write = async (text: string) => {
      await page.click(editor);
      await page.keyboard.press("Control+A");
      await page.keyboard.insertText(text);
    };
    await write(
      "MATCH (a:Actor {name: 'Angela Merkel'})-[:PARTICIPATED_IN]->(m) RETURN a, m ORDER BY m.date",
    );
    expect(await page.locator(`${editor} .cm-keyword`).allTextContents()).toEqual(
      expect.arrayContaining(["MATCH", "RETURN"]),
    );
    // Completion offers the graph's labels after a colon.
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\nMATCH (x:Inc");
    await page.waitForSelector(".cm-tooltip-autocomplete");
    expect(await page.locator(".cm-tooltip-autocomplete li").allTextContents()).toContain(":Incident");
    // The pop-up is whole: within the window, not cut by the side panel's edge.
    const popup = (await page.locator(".cm-tooltip-autocomplete").boundingBox())!;
    const window = page.viewportSize()!;
    expect(popup.x).toBeGreaterThanOrEqual(0);
    expect(popup.x + popup.width).toBeLessThanOrEqual(window.width);
    expect(popup.y + popup.height).toBeLessThanOrEqual(window.height);
    await shot("explorer-cypher-completion");
    await page.keyboard.press("Escape");

    await write(
      "MATCH (a:Actor {name: 'Angela Merkel'})-[:PARTICIPATED_IN]->(m) RETURN a, m ORDER BY m.date",
    );
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(() => document.querySelector(".result .sub")?.textContent === "2 rows");
    expect((await visibleLabels()).filter((l) => l.startsWith("phone call"))).toHaveLength(2);
    // Returned without its relationships, Merkel is still drawn: the query asked for her.
    expect(await visibleLabels()).toContain("Angela Merkel");
    expect(new URL(page.url()).searchParams.get("cypher")).toContain("Angela Merkel");

    await write("MATCH (n:Actor)\nRETRN n");
    await page.click("#run-cypher");
    await page.waitForSelector(".query-error");
    expect(await page.locator(".query-error").textContent()).toMatch(/Invalid input 'RETRN'/);
    // Neo4j's offset puts the error mark on the word it stumbled on.
    await page.waitForSelector("#cypher .cm-server-error");
    expect(await page.locator("#cypher .cm-server-error").textContent()).toBe("RETRN");
    await shot("explorer-cypher-error");

    await write("MATCH (n) DETACH DELETE n");
    await page.click("#run-cypher");
    await page.waitForFunction(
      () => document.querySelector(".query-error")?.textContent === "writes are not allowed",
    );
    await shot("explorer-cypher-refused");
  });

  it("reopens a shared link to a saved query with its parameters and runs it", async () => {
    const url = new URL(server.url);
    url.search = "?query=actor-timeline&qp.actor=angela-merkel&qp.from=2021-11-16";
    await page.goto(url.toString());
    await page.waitForSelector(".result table");
    expect(await page.locator(".result .sub").textContent()).toBe("1 row");
    expect(await page.inputValue("#saved-query")).toBe("actor-timeline");
    expect(await page.inputValue("#saved-query-form input[name=from]")).toBe("2021-11-16");
    expect(await visibleLabels()).toContain("Angela Merkel");
  });

  it("says so in plain words when the API cannot answer", async () => {
    await page.route("**/api/graph**", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "neo4j_unavailable", message: "down" } }),
      }),
    );
    try {
      await page.click("#all");
      await page.waitForFunction(() => document.querySelector("#status")!.classList.contains("error"));
      expect(await page.locator("#status").textContent()).toBe("The database is unavailable.");
    } finally {
      // A failed assertion must not leave the fake 503 in place for the tests after this one.
      await page.unroute("**/api/graph**");
    }
  });
});

describe("folding branches and leaving out link types", () => {
  const visibleIds = () =>
    page.evaluate(() =>
      (window as unknown as { cy: import("cytoscape").Core }).cy
        .nodes(":visible")
        .map((n) => n.id())
        .sort(),
    );
  const menu = async (label: string) => {
    const point = await pointOf(await idOfLabel(label));
    await page.mouse.click(point.x, point.y, { button: "right" });
    await page.waitForSelector(".context-menu [role=menuitem]");
    return page.locator(".context-menu [role=menuitem]").allTextContents();
  };

  it("collapses an expanded node back to the view it came from, and undoes it", async () => {
    // The 16 November clash: Polish security forces, the migrants, the Bruzgi crossing.
    await page.goto(`${server.url}/?center=actor:polish-security-forces`);
    await page.waitForSelector("body[data-ready=true]");
    await settle();
    const before = await visibleIds();
    expect(before).toContain("actor:migrants");
    // Nothing hangs on the migrants alone yet: no Collapse.
    expect(await menu("Migrants")).not.toContain("Collapse");
    await page.click(".context-menu [role=menuitem]:text-is('Expand')");
    await page.waitForFunction(() =>
      /new nodes? around/.test(document.querySelector("#status")!.textContent!),
    );
    await settle();
    const expanded = await visibleIds();
    expect(expanded.length).toBeGreaterThan(before.length);

    // Expanding brought in the 8 November crossing attempt, its place and Poland.
    expect(await menu("Migrants")).toContain("Collapse");
    await page.click(".context-menu [role=menuitem]:text-is('Collapse')");
    expect(await visibleIds()).toEqual(before);
    expect(await page.locator("#status").textContent()).toMatch(/folded into Migrants/);
    await page.click("#undo");
    expect(await visibleIds()).toEqual(expanded);
  });

  it("leaves out places, then meetings, when their link types are unticked; the URL keeps it", async () => {
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready=true]");
    await settle();
    const visible = (selector: string) =>
      page.evaluate(
        (s) =>
          (window as unknown as { cy: import("cytoscape").Core }).cy.elements(s).filter(":visible").length,
        selector,
      );
    expect(await visible('node[kind = "place"]')).toBeGreaterThan(0);
    expect(await visible('edge[type = "OCCURRED_AT"]')).toBeGreaterThan(0);

    await page.uncheck("#rels input[value=OCCURRED_AT]");
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get("rels") === "PARTICIPATED_IN,INVOLVED_IN",
    );
    await settle();
    expect(await visible('edge[type = "OCCURRED_AT"]')).toBe(0);
    expect(await visible('node[kind = "place"]')).toBe(0);
    expect(await visible('node[kind = "meeting"]')).toBeGreaterThan(0);
    expect(await visible('node[kind = "incident"]')).toBeGreaterThan(0);

    await page.uncheck("#rels input[value=PARTICIPATED_IN]");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("rels") === "INVOLVED_IN");
    await settle();
    expect(await visible('node[kind = "meeting"]')).toBe(0);
    expect(await visible('node[kind = "incident"]')).toBeGreaterThan(0);

    // A shared link reopens it: boxes and graph alike.
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    await settle();
    expect(await page.isChecked("#rels input[value=PARTICIPATED_IN]")).toBe(false);
    expect(await page.isChecked("#rels input[value=INVOLVED_IN]")).toBe(true);
    expect(await visible('node[kind = "meeting"]')).toBe(0);
    await shot("explorer-links-filter");

    await page.check("#rels input[value=PARTICIPATED_IN]");
    await page.check("#rels input[value=OCCURRED_AT]");
    await page.waitForFunction(() => !new URLSearchParams(location.search).has("rels"));
    await settle();
    expect(await visible('node[kind = "place"]')).toBeGreaterThan(0);
  });
});

describe("on a narrow screen (390 × 844)", () => {
  it("shows the graph, then a node's details below it, all within the window", async () => {
    const narrow = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await narrow.goto(`${server.url}/?center=actor:angela-merkel`);
      await narrow.waitForSelector("body[data-ready=true]");
      await narrow.waitForTimeout(400); // the layout animates for 300 ms
      // Nothing reaches past the window's right edge.
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const graph = () =>
        narrow
          .locator("#graph")
          .boundingBox()
          .then((b) => b!);
      const before = (await graph()).height;
      expect(before).toBeGreaterThan(300);

      const merkel = async () => {
        const box = await graph();
        const p = await narrow.evaluate(() =>
          (window as unknown as { cy: import("cytoscape").Core }).cy
            .getElementById("actor:angela-merkel")
            .renderedPosition(),
        );
        return { x: box.x + p.x, y: box.y + p.y, box };
      };
      const at = await merkel();
      await narrow.mouse.click(at.x, at.y);
      await narrow.waitForFunction(
        () => document.querySelector("#panel h2")?.textContent === "Angela Merkel",
      );
      await narrow.waitForTimeout(400); // re-centring animates for 200 ms
      // The panel opens below the graph with room to read, above the status bar, and scrolls.
      const panel = (await narrow.locator("#panel").boundingBox())!;
      const footer = (await narrow.locator(".statusbar").boundingBox())!;
      expect(panel.height).toBeGreaterThan(200);
      expect(panel.y + panel.height).toBeLessThanOrEqual(footer.y + 1);
      // The graph gave way, and the selected node is still in its view.
      const now = await merkel();
      expect(now.box.height).toBeLessThan(before);
      expect(now.y).toBeGreaterThanOrEqual(now.box.y);
      expect(now.y).toBeLessThanOrEqual(now.box.y + now.box.height);
      await narrow.screenshot({ path: join(SCREENSHOT_DIR, "explorer-narrow.png") });
    } finally {
      await narrow.close();
    }
  });
});
