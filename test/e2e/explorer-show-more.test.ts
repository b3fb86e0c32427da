// A supernode: the API takes only the newest events of a node with many (perNode), the explorer
// marks it and says so, and "Show more" in its menu brings the next ones in.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Extraction } from "../../ingest/facts.ts";
import { loadExtraction } from "../../ingest/load.ts";
import { launchBrowser, SCREENSHOT_DIR } from "../support/browser.ts";
import { clearGraph } from "../support/neo4j.ts";
import { openContextMenu, openExplorer } from "../support/explorer-page.ts";
import { inGraph, waitForGraph } from "../support/in-graph.ts";
import { quotedArticle } from "../fixtures/quoted-article.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const MEETINGS = 45;

/** One head of state who met 45 different envoys on 45 days. */
function hubExtraction(): Extraction {
  const day = (i: number) => new Date(Date.UTC(2021, 8, 1 + i)).toISOString().slice(0, 10);
  const hub = quotedArticle(
    { slug: "hub-article", date: "2021-11-30", source: "Wire" },
    Array.from({ length: MEETINGS }, (_, i) => `They met (${i}).`),
  );
  return {
    articles: [hub.article],
    actors: [
      { id: "hub", name: "Hub President", kind: "person" },
      ...Array.from({ length: MEETINGS }, (_, i) => ({
        id: `envoy-${i}`,
        name: `Envoy ${i}`,
        kind: "person" as const,
      })),
    ],
    meetings: Array.from({ length: MEETINGS }, (_, i) => ({
      id: `meeting-${i}`,
      date: day(i),
      kind: "talks" as const,
      cameo: "040",
      participants: ["hub", `envoy-${i}`],
      sources: [hub.cite(`They met (${i}).`)],
    })),
    incidents: [],
  };
}

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  await clearGraph(server.driver);
  await loadExtraction(server.driver, hubExtraction(), { database: server.config.NEO4J_DATABASE });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    await clearGraph(server.driver);
    await server.close();
  }
});

const meetingsDrawn = () => inGraph(page, (cy) => cy.nodes('[kind = "meeting"]').length);
const hubCapped = () => inGraph(page, (cy) => cy.getElementById("actor:hub").hasClass("capped"));

describe("a node with more events than the view takes", () => {
  it("shows the newest ones, marks the node and says how many there are", async () => {
    await openExplorer(page, server, "?center=actor:hub");
    expect(await meetingsDrawn()).toBe(20);
    expect(await page.locator("#status").textContent()).toMatch(/1 node has more events than shown/);
    expect(await hubCapped()).toBe(true);
    // The newest first: the last 20 days of the 45.
    const dates = await inGraph(page, (cy) =>
      cy
        .nodes('[kind = "meeting"]')
        .map((n) => String(n.data("date")))
        .sort(),
    );
    expect(dates[0]).toBe("2021-09-26");
  });

  it("brings in the rest with Show more from the node's menu", async () => {
    await openExplorer(page, server, "?center=actor:hub");
    expect(await meetingsDrawn()).toBe(20);
    await openContextMenu(page, "actor:hub");
    const more = page.locator(".context-menu [role=menuitem]", { hasText: "Show more" });
    expect(await more.textContent()).toBe("Show more (20 of 45)");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "explorer-show-more.png") });
    await more.click();
    await waitForGraph(page, (cy, n) => cy.nodes('[kind = "meeting"]').length === n, MEETINGS);
    expect(await hubCapped()).toBe(false);
    // Undo takes the extra events back out.
    await page.click("#undo");
    expect(await meetingsDrawn()).toBe(20);
  });
});
