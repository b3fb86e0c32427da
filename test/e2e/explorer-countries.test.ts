// A user explores coded event data by country (#21): on the imported ICEWS sample, "By country" draws
// the country-level who-met-whom (the same countries and pairs the API counts) and a double click on
// the most active country puts its actors in its place, linked to the countries they met.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importEvents } from "../../ingest/events/import.ts";
import type { Countries } from "../../contract/countries.ts";
import { launchBrowser, SCREENSHOT_DIR } from "../support/browser.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  await clearGraph(server.driver);
  const summary = await importEvents(server.driver, ["../shared/events/icews-events.2018.sample.tab"], {
    format: "icews",
    database: server.config.NEO4J_DATABASE,
  });
  expect(summary.problems).toEqual([]);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (server) {
    await clearGraph(server.driver);
    await server.close();
  }
});

const drawn = (selector: string) =>
  page.evaluate(
    (s) =>
      window
        .whomet!.cy.elements(s)
        .map((e) => e.id())
        .sort(),
    selector,
  );

describe("the explorer by country", () => {
  it("draws the countries and the pairs who met, as the API counts them", async () => {
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready=true]");
    await page.click("#by-country");
    await page.waitForSelector("body[data-country-view=countries]");
    const api = (await (await fetch(`${server.url}/api/countries?limit=200`)).json()) as Countries;
    expect(await drawn('node[kind = "country"]')).toEqual(api.countries.map((c) => c.id).sort());
    expect((await drawn("edge")).length).toBe(api.links.length);
    expect(await page.locator("#status").textContent()).toContain(
      `${api.countries.length} countries, ${api.links.length} pairs who met`,
    );
  });

  it("opens the most active country into its actors on a double click", async () => {
    const api = (await (await fetch(`${server.url}/api/countries?limit=1`)).json()) as Countries;
    const top = api.countries[0]!;
    const box = (await page.locator("#graph").boundingBox())!;
    // Zoom to the country so the double click lands on it and nothing else.
    const p = await page.evaluate((id) => {
      const cy = window.whomet!.cy;
      const node = cy.getElementById(id);
      cy.zoom({ level: 1.5, position: node.position() });
      cy.center(node);
      return node.renderedPosition();
    }, top.id);
    await page.mouse.dblclick(box.x + p.x, box.y + p.y);
    await page.waitForSelector("body[data-country-view=expanded]");
    expect(await drawn(`[id = "${top.id}"]`)).toEqual([]);
    const actors = await page.evaluate(
      (country) => window.whomet!.cy.nodes(`[kind = "actor"][country = "${country}"]`).map((n) => n.id()),
      top.country,
    );
    expect(actors.length).toBeGreaterThan(3);
    // Its actors link to the other countries they met, which stay drawn.
    const outward = await page.evaluate(
      () => window.whomet!.cy.edges().filter((e) => e.target().data("kind") === "country").length,
    );
    expect(outward).toBeGreaterThan(0);
    await page.evaluate(() => window.whomet!.cy.fit(undefined, 30));
    await page.screenshot({ path: join(SCREENSHOT_DIR, "explorer-countries.png") });
  });
});
