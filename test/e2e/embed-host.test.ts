// A news site on another origin embeds a saved view twice, by the iframe snippet and by the
// <whomet-graph> snippet, talks to it with postMessage; a site not in EMBED_ORIGINS cannot frame it.
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadExtraction } from "../../ingest/load.ts";
import type { ViewResponse } from "../../server/routes/views.ts";
import { launchBrowser, SCREENSHOT_DIR } from "../support/browser.ts";
import { seedExtraction } from "../fixtures/seed-extraction.ts";
import { inGraph } from "../support/in-graph.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const TOKEN = "embed-e2e-token-0123456789";

interface HostMessage {
  origin: string;
  data: { source?: string; type?: string; node?: { id: string }; height?: number; view?: string };
}

/** A one-page site on its own port (its own origin); the page is built once whomet's URL is known. */
async function startHost(page: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(page());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let whomet: TestServer;
let allowedHost: { server: Server; origin: string };
let refusedHost: { server: Server; origin: string };
let view: ViewResponse;
let browser: Browser;
let page: Page;

const allowedPage = () => `<!doctype html>
<html><head><meta charset="utf-8"><title>The Daily Border — host page</title>
<style>body{font:15px/1.4 Georgia,serif;max-width:760px;margin:1.5rem auto;color:#222}
figure{margin:1rem 0}figcaption{font-size:.8rem;color:#666}</style>
<script>
  window.messages = [];
  addEventListener("message", (e) => messages.push({ origin: e.origin, data: e.data }));
  document.addEventListener("whomet-node-selected", (e) => { window.elementSelected = e.detail; });
</script></head>
<body>
<h1>Lukashenko and Merkel speak twice in three days</h1>
<p>The two leaders held phone calls on 15 and 17 November 2021.</p>
<figure id="by-iframe">${view.snippets.iframe}<figcaption>Embedded with the iframe snippet</figcaption></figure>
<figure id="by-element">${view.snippets.script}<figcaption>Embedded with the &lt;whomet-graph&gt; snippet</figcaption></figure>
</body></html>`;

const refusedPage = () => `<!doctype html>
<html><head><meta charset="utf-8"><title>Not allowed</title></head>
<body><h1>A site that is not in EMBED_ORIGINS</h1>
<iframe id="refused" src="${view.links.embed}" title="whomet" width="560" height="360"
  onload="window.frameLoaded = true"></iframe></body></html>`;

interface DrawnNode {
  id: string;
  label: string;
}

function drawnNodes(frame: Frame): Promise<DrawnNode[]> {
  return inGraph(frame, (cy) =>
    cy.nodes(":visible").map((n) => ({ id: n.id(), label: String(n.data("label")) })),
  );
}

async function frameOf(p: Page, selector: string): Promise<Frame> {
  const handle = await p.locator(selector).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame for ${selector}`);
  await frame.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  return frame;
}

/** Clicks a node inside a frame at its drawn position, as a reader would. */
async function clickNode(p: Page, iframeSelector: string, frame: Frame, id: string): Promise<void> {
  const at = await inGraph(
    frame,
    (cy, nodeId) => {
      const box = document.getElementById("graph")!.getBoundingClientRect();
      const pos = cy.getElementById(nodeId).renderedPosition();
      return { x: box.left + pos.x, y: box.top + pos.y };
    },
    id,
  );
  const frameBox = await p.locator(iframeSelector).boundingBox();
  if (!frameBox) throw new Error(`${iframeSelector} is not visible`);
  await p.mouse.click(frameBox.x + at.x, frameBox.y + at.y);
}

function messagesOf(p: Page): Promise<HostMessage[]> {
  return p.evaluate(() => (window as unknown as { messages: HostMessage[] }).messages);
}

beforeAll(async () => {
  if (!existsSync("dist/client/embed.html"))
    throw new Error("The client is not built: run `npm run build` first.");
  allowedHost = await startHost(allowedPage);
  refusedHost = await startHost(refusedPage);
  whomet = await startTestServer({ API_TOKEN: TOKEN, EMBED_ORIGINS: allowedHost.origin });
  await clearGraph(whomet.driver);
  await loadExtraction(whomet.driver, seedExtraction, { database: whomet.config.NEO4J_DATABASE });
  const res = await fetch(`${whomet.url}/api/views`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      title: "Merkel's calls with Lukashenko",
      source: { kind: "graph", params: { center: "actor:merkel", depth: 1 } },
      options: { slider: true },
    }),
  });
  if (res.status !== 201) throw new Error(`saving the view failed: ${res.status} ${await res.text()}`);
  view = (await res.json()) as ViewResponse;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 900, height: 1300 } });
  await page.goto(allowedHost.origin);
});

afterAll(async () => {
  await browser?.close();
  for (const host of [allowedHost, refusedHost]) {
    host?.server.closeAllConnections();
    await new Promise((resolve) => host?.server.close(resolve));
  }
  if (whomet) {
    await clearGraph(whomet.driver);
    await whomet.close();
  }
});

describe("a host page on an allowed origin", () => {
  it("draws Lukashenko and Merkel in the iframe embed and in the custom element", async () => {
    const byIframe = await frameOf(page, "#by-iframe iframe");
    const byElement = await frameOf(page, "whomet-graph iframe");
    for (const frame of [byIframe, byElement]) {
      const labels = (await drawnNodes(frame)).map((n) => n.label);
      expect(labels).toEqual(expect.arrayContaining(["Alexander Lukashenko", "Angela Merkel"]));
      expect(await frame.locator("#title").textContent()).toBe("Merkel's calls with Lukashenko");
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, "embed-host.png"), fullPage: true });
  });

  it("receives ready from both embeds, from whomet's origin only", async () => {
    const ready = (await messagesOf(page)).filter(
      (m) => m.data.source === "whomet" && m.data.type === "ready",
    );
    expect(ready).toHaveLength(2);
    expect(ready.every((m) => m.origin === whomet.url && m.data.view === view.id)).toBe(true);
  });

  it("sizes the custom element to the height the embed asks for", async () => {
    const asked = (await messagesOf(page))
      .filter((m) => m.data.type === "size-changed")
      .map((m) => m.data.height);
    const box = await page.locator("whomet-graph iframe").boundingBox();
    expect(asked.length).toBeGreaterThan(0);
    expect(asked).toContain(box!.height);
    expect(box!.height).not.toBe(420); // the element's height before any size message
  });

  it("posts node-selected to the host when a reader clicks a node in the iframe", async () => {
    const frame = await frameOf(page, "#by-iframe iframe");
    await clickNode(page, "#by-iframe iframe", frame, "actor:lukashenko");
    await expect
      .poll(async () =>
        (await messagesOf(page)).find((m) => m.data.type === "node-selected" && m.origin === whomet.url),
      )
      .toMatchObject({ data: { node: { id: "actor:lukashenko", label: "Alexander Lukashenko" } } });
  });

  it("dispatches whomet-node-selected from the custom element when a node is clicked in it", async () => {
    const frame = await frameOf(page, "whomet-graph iframe");
    await clickNode(page, "whomet-graph iframe", frame, "actor:merkel");
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { elementSelected?: unknown }).elementSelected))
      .toMatchObject({ type: "node-selected", node: { id: "actor:merkel" } });
  });

  it("obeys focus-node and set-time-range commands from the host", async () => {
    const frame = await frameOf(page, "#by-iframe iframe");
    await page.evaluate((target) => {
      const iframe = document.querySelector<HTMLIFrameElement>("#by-iframe iframe")!;
      iframe.contentWindow!.postMessage({ source: "whomet", type: "focus-node", id: "actor:merkel" }, target);
    }, whomet.url);
    await expect
      .poll(() => inGraph(frame, (cy) => cy.$(":selected").map((n) => n.id())))
      .toEqual(["actor:merkel"]);

    const element = await frameOf(page, "whomet-graph iframe");
    await page.evaluate(() => {
      const el = document.querySelector("whomet-graph") as HTMLElement & {
        setTimeRange(from: string, to: string): void;
      };
      el.setTimeRange("2021-11-16", "2021-11-30");
    });
    await expect
      .poll(async () => (await drawnNodes(element)).map((n) => n.id).sort())
      .toEqual(["actor:lukashenko", "actor:merkel", "meeting:m-2021-11-17-call"]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "embed-host-after-commands.png"), fullPage: true });
  });
});

describe("a host page on an origin not in EMBED_ORIGINS", () => {
  it("gets a CSP that names only the allowed host", async () => {
    const res = await fetch(view.links.embed);
    expect(res.headers.get("content-security-policy")).toContain(`frame-ancestors ${allowedHost.origin};`);
  });

  it("cannot frame the view: Chromium blocks it and nothing is drawn", async () => {
    const refused = await browser.newPage({ viewport: { width: 800, height: 500 } });
    const console: string[] = [];
    refused.on("console", (m) => console.push(m.text()));
    await refused.goto(refusedHost.origin);
    await refused.waitForFunction(
      () => (window as unknown as { frameLoaded?: boolean }).frameLoaded === true,
    );
    const child = refused.frames().find((f) => f !== refused.mainFrame());
    const ready = await child?.evaluate(() => document.body?.dataset.ready ?? null).catch(() => null);
    expect(ready ?? null).toBeNull();
    expect(child?.url() ?? "").not.toBe(view.links.embed);
    expect(console.join("\n")).toMatch(/frame-ancestors/);
    await refused.screenshot({ path: join(SCREENSHOT_DIR, "embed-refused-host.png") });
    await refused.close();
  });
});
