// Opening the explorer over plain http by a host name (as from another machine on the LAN) draws the
// graph: no https-only header sends the browser to fetch the scripts over https. whomet.test is mapped
// to 127.0.0.1 inside Chromium, so nothing leaves this machine; it is not localhost, so Chromium does
// not treat it as a secure origin.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, SCREENSHOT_DIR } from "../support/browser.ts";
import { inGraph } from "../support/in-graph.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

const HOST = "whomet.test";

let server: TestServer;
let browser: Browser;
let page: Page;
const failedRequests: string[] = [];

beforeAll(async () => {
  if (!existsSync("dist/client/index.html"))
    throw new Error("The client is not built: run `npm run build` first.");
  server = await startSeededServer();
  browser = await launchBrowser([`--host-resolver-rules=MAP ${HOST} 127.0.0.1`]);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("requestfailed", (request) => failedRequests.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the explorer over plain http by a host name", () => {
  it("draws Lukashenko linked to Merkel", async () => {
    const url = server.url.replace("127.0.0.1", HOST);
    await page.goto(`${url}/`);
    try {
      await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
    } finally {
      await page.screenshot({ path: join(SCREENSHOT_DIR, "explorer-plain-http-host.png") });
    }
    expect(failedRequests).toEqual([]);
    const linked = await inGraph(page, (cy) => {
      const lukashenko = cy.getElementById("actor:lukashenko");
      const merkel = cy.getElementById("actor:merkel");
      return lukashenko.outgoers("node").intersection(merkel.outgoers("node")).length;
    });
    expect(linked).toBeGreaterThanOrEqual(1);
  });
});
