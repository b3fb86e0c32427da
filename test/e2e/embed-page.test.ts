// The embed page on its own: dark theme and switched-off bars, saved positions drawn without the
// layout library, and clear messages inside the frame instead of a blank box.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadExtraction } from "../../ingest/load.ts";
import { launchBrowser, SCREENSHOT_DIR } from "../support/browser.ts";
import { seedExtraction } from "../fixtures/seed-extraction.ts";
import { inGraph } from "../support/in-graph.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const TOKEN = "embed-e2e-token-0123456789";
let server: TestServer;
let browser: Browser;
let page: Page;

async function saveView(body: unknown): Promise<string> {
  const res = await fetch(`${server.url}/api/views`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`saving the view failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

beforeAll(async () => {
  if (!existsSync("dist/client/embed.html"))
    throw new Error("The client is not built: run `npm run build` first.");
  server = await startTestServer({ API_TOKEN: TOKEN });
  await clearGraph(server.driver);
  await loadExtraction(server.driver, seedExtraction, { database: server.config.NEO4J_DATABASE });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 640, height: 420 } });
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    await clearGraph(server.driver);
    await server.close();
  }
});

describe("the embed page", () => {
  it("draws in the dark theme with the title bar and legend switched off", async () => {
    await page.goto(`${server.url}/embed?center=actor:lukashenko&depth=1&theme=dark&title=0&legend=0`);
    await page.waitForSelector("body[data-ready=true]");
    expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
    expect(await page.locator("#header").isVisible()).toBe(false);
    expect(await page.locator("#legend").isVisible()).toBe(false);
    expect(await page.locator("#open").isVisible()).toBe(true);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(15, 23, 42)");
    const labels = await inGraph(page, (cy) => cy.nodes().map((n) => String(n.data("label"))));
    expect(labels).toEqual(expect.arrayContaining(["Alexander Lukashenko", "Angela Merkel"]));
    await page.screenshot({ path: join(SCREENSHOT_DIR, "embed-dark.png") });
  });

  it("draws a view saved with positions where they were, without downloading the layout library", async () => {
    const id = await saveView({
      title: "Fixed layout",
      source: { kind: "graph", params: { center: "actor:merkel", depth: 1 } },
      layout: {
        name: "preset",
        positions: {
          "actor:merkel": { x: 0, y: 0 },
          "actor:lukashenko": { x: 400, y: 0 },
          "meeting:m-2021-11-15-call": { x: 200, y: -100 },
          "meeting:m-2021-11-17-call": { x: 200, y: 100 },
        },
      },
      options: { legend: true },
    });
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`${server.url}/embed/${id}`);
    await page.waitForSelector("body[data-ready=true]");
    page.removeAllListeners("request");
    const positions = await inGraph(page, (cy) =>
      Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
    );
    expect(positions["actor:lukashenko"]).toEqual({ x: 400, y: 0 });
    expect(positions["meeting:m-2021-11-17-call"]).toEqual({ x: 200, y: 100 });
    expect(requested.some((u) => u.includes("fcose"))).toBe(false);
    expect(await page.locator("#legend li").allTextContents()).toEqual(["Person", "Meeting"]);
    // Each sample in the shape the graph draws: a round person, a diamond meeting.
    const samples = await page.locator("#legend li .swatch").evaluateAll((swatches) =>
      swatches.map((s) => ({
        radius: getComputedStyle(s).borderRadius,
        clip: getComputedStyle(s).clipPath,
      })),
    );
    expect(samples).toEqual([
      { radius: "50%", clip: "none" },
      { radius: "0px", clip: "polygon(50% 0px, 100% 50%, 50% 100%, 0px 50%)" },
    ]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "embed-preset-legend.png") });
  });

  it("says so inside the frame when the saved query does not exist", async () => {
    await page.goto(`${server.url}/embed?query=no-such-query`);
    await page.waitForSelector("body[data-ready=error]");
    const message = page.locator("#message");
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/The saved query "no-such-query" does not exist/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "embed-missing-query.png") });
  });

  it("says so inside the frame when the view does not exist or the centre is unknown", async () => {
    await page.goto(`${server.url}/embed/noSuchView01`);
    await page.waitForSelector("body[data-ready=error]");
    expect(await page.locator("#message").textContent()).toMatch(/This view does not exist/);
    await page.goto(`${server.url}/embed?center=actor:nobody`);
    await page.waitForSelector("body[data-ready=error]");
    expect(await page.locator("#message").textContent()).toMatch(/No node with id "actor:nobody"/);
  });
});
