// Neo4j goes down and comes back while the explorer is open: each place whose data the API could not
// give says so with Retry, and comes back by itself once the database answers, without a page reload.
// The server reaches the real Neo4j through a TCP proxy the test cuts and restores. The status line says
// the API's failure in plain words (a 503 faked in the page, whatever the database does).
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { neo4jUri } from "../../cypher/neo4j.ts";
import { launchBrowser, SCREENSHOT_DIR } from "../support/browser.ts";
import { clickNode } from "../support/explorer-page.ts";
import { inGraph, waitForGraph } from "../support/in-graph.ts";
import { testConfig } from "../support/neo4j.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";
import { boltAddress, boltUriThrough, startTcpProxy, type TcpProxy } from "../support/tcp-proxy.ts";

let proxy: TcpProxy;
let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const uri = neo4jUri(testConfig);
  proxy = await startTcpProxy(boltAddress(uri));
  server = await startSeededServer({ NEO4J_URI: boltUriThrough(proxy, uri) });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

// Each test cuts the database itself; one that fails before it restores it must not leave it cut.
afterEach(() => {
  proxy?.restore();
});

afterAll(async () => {
  await browser?.close();
  proxy?.restore();
  await server?.close();
  await proxy?.close();
});

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });

const nodesDrawn = () => inGraph(page, (cy) => cy.nodes().length);

/** Opens the explorer on the whole graph, while Neo4j answers. */
async function openExplorer(): Promise<void> {
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
}

/** The notice a place shows instead of its data. */
async function notice(selector: string): Promise<{ text: string; retry: boolean }> {
  const box = page.locator(selector);
  await box.waitFor();
  return {
    text: (await box.textContent()) ?? "",
    retry: await box.locator("button.retry", { hasText: "Retry" }).isVisible(),
  };
}

describe("the explorer while Neo4j is down", () => {
  it("says so in the search results and the details, and fills them by itself when it is back", async () => {
    await openExplorer();
    expect(await nodesDrawn()).toBeGreaterThan(0);
    proxy.cut();

    await clickNode(page, "actor:merkel");
    const details = await notice("#panel .failure");
    expect(details.text).toContain("The database is unavailable.");
    expect(details.retry).toBe(true);

    await page.click("#search");
    await page.keyboard.type("Merk");
    const search = await notice("#search-results .failure");
    expect(search.text).toContain("The database is unavailable.");
    expect(search.retry).toBe(true);
    await shot("explorer-neo4j-down-search");

    proxy.restore();
    await page.waitForSelector("#search-results li[role=option] >> text=Angela Merkel");
    await page.waitForSelector("#panel h2 >> text=Angela Merkel");
    expect(await page.locator(".failure").count()).toBe(0);
    await shot("explorer-neo4j-back-search");
  });

  it("says so in the graph and the timeline after a reload, and draws both by itself when it is back", async () => {
    await openExplorer();
    proxy.cut();
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");

    const graph = await notice(".graph-failure");
    expect(graph.text).toContain("The database is unavailable.");
    expect(graph.retry).toBe(true);
    const timeline = await notice(".timeline .failure");
    expect(timeline.text).toContain("The database is unavailable.");
    expect(timeline.retry).toBe(true);
    expect(await page.textContent("#status")).toContain("The database is unavailable.");
    expect(await nodesDrawn()).toBe(0);
    expect(await page.locator("#timeline rect[data-date]").count()).toBe(0);

    // Retry while it is still down: tried, and said again.
    await page.click(".graph-failure button.retry");
    await page.waitForSelector(".graph-failure button.retry:not([disabled]) >> text=Retry");
    await shot("explorer-neo4j-down-reload");

    proxy.restore();
    await page.waitForFunction(() => document.querySelectorAll("#timeline rect[data-date]").length > 0);
    await waitForGraph(page, (cy) => cy.nodes().length > 0);
    expect(await page.locator(".failure").count()).toBe(0);
    await page.waitForFunction(() => !document.querySelector("#status")!.classList.contains("error"));
    await shot("explorer-neo4j-back");
  });

  it("says so in plain words when the API cannot answer", async () => {
    await openExplorer();
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
      await page.unroute("**/api/graph**");
    }
  });
});
