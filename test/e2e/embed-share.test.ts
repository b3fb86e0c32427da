// The explorer hook (client/embed/share.ts) in a real explorer page: the Embed dialog saves the view
// with a PNG made by cy.png and shows snippets that work. The hook is bundled here with vite and
// injected, because wiring the button into the explorer is the explorer's call.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { build, type Rollup } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadExtraction } from "../../ingest/load.ts";
import { launchBrowser, SCREENSHOT_DIR } from "../support/browser.ts";
import { seedExtraction } from "../fixtures/seed-extraction.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const TOKEN = "embed-e2e-token-0123456789";
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** The hook as one script plus its stylesheet (the explorer's own build would include both). */
async function bundleShare(): Promise<{ code: string; css: string }> {
  const output = (await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      lib: { entry: resolve("client/embed/share.ts"), name: "WhometShare", formats: ["iife"] },
    },
  })) as Rollup.RollupOutput[];
  const chunk = output[0]!.output.find((o) => o.type === "chunk");
  const css = output[0]!.output.find((o) => o.type === "asset" && o.fileName.endsWith(".css"));
  if (!chunk || chunk.type !== "chunk") throw new Error("no bundle for client/embed/share.ts");
  return { code: chunk.code, css: css?.type === "asset" ? String(css.source) : "" };
}

beforeAll(async () => {
  if (!existsSync("dist/client/index.html"))
    throw new Error("The client is not built: run `npm run build` first.");
  const { code, css } = await bundleShare();
  server = await startTestServer({ API_TOKEN: TOKEN });
  await clearGraph(server.driver);
  await loadExtraction(server.driver, seedExtraction, { database: server.config.NEO4J_DATABASE });
  browser = await launchBrowser();
  // The explorer's CSP allows only its own scripts; the injected test bundle needs the bypass.
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1100, height: 800 } });
  page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  await page.addScriptTag({ content: code });
  await page.addStyleTag({ content: css });
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    await clearGraph(server.driver);
    await server.close();
  }
});

describe("the Embed dialog in the explorer", () => {
  it("saves the view with a PNG snapshot and shows iframe, script and image snippets", async () => {
    await page.evaluate(() => {
      const share = (window as unknown as { WhometShare: typeof import("../../client/embed/share.ts") })
        .WhometShare;
      const cy = window.whomet!.cy;
      share.mountEmbedButton(cy, () => ({
        title: "The whole border crisis",
        source: { kind: "graph", params: {} },
      }));
    });
    // The explorer has its own Embed button too; the one mounted here with a title is the last.
    await page.locator("button.whomet-embed-button").last().click();
    await page.fill(".whomet-embed-dialog input[type=password]", TOKEN);
    await page.click(".whomet-embed-dialog button[type=submit]");
    await page.waitForSelector(".whomet-embed-dialog textarea");
    const snippets = await page
      .locator(".whomet-embed-dialog textarea")
      .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    await page.screenshot({ path: join(SCREENSHOT_DIR, "embed-dialog.png") });

    const id = /\/embed\/([A-Za-z0-9_-]{11})"/.exec(snippets[0]!)?.[1];
    expect(id).toBeDefined();
    expect(snippets[0]).toContain(`<iframe src="${server.url}/embed/${id}" title="The whole border crisis"`);
    expect(snippets[1]).toContain(`<whomet-graph view="${id}"`);
    expect(snippets[2]).toContain(`<img src="${server.url}/embed/${id}.png"`);

    const png = await fetch(`${server.url}/embed/${id}.png`);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect((await png.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    const view = (await (await fetch(`${server.url}/api/views/${id}`)).json()) as {
      layout: { name: string; positions: Record<string, unknown> };
      viewport?: unknown;
      snapshot: { width: number } | null;
    };
    expect(view.layout.name).toBe("preset");
    expect(Object.keys(view.layout.positions)).toEqual(
      expect.arrayContaining(["actor:lukashenko", "actor:merkel"]),
    );
    expect(view.viewport).toBeDefined();
    expect(view.snapshot?.width).toBeGreaterThan(100);
  });

  it("shows the server's message when the token is wrong", async () => {
    await page.keyboard.press("Escape");
    await page.click("button.whomet-embed-button");
    await page.fill(".whomet-embed-dialog input[type=password]", "not-the-token-not-the-token");
    await page.click(".whomet-embed-dialog button[type=submit]");
    await expect
      .poll(() => page.locator(".whomet-embed-dialog [role=status]").textContent())
      .toMatch(/authorization: expected `Bearer <API_TOKEN>`/);
  });
});
