import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, SCREENSHOT_DIR } from "../support/browser.ts";
import { inGraph } from "../support/in-graph.ts";
import { ingestDemoCorpus } from "../support/ingest.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync("dist/client/index.html"))
    throw new Error("The client is not built: run `npm run build` first.");
  server = await startTestServer();
  await clearGraph(server.driver);
  ingestDemoCorpus();
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

// A type, not an interface: inGraph takes only plain data, and only a type literal says it is.
type DrawnGraph = {
  nodes: { id: string; label: string; kind: string; subtype: string | null }[];
  edges: { source: string; target: string }[];
};

describe("the explorer page", () => {
  it("draws Lukashenko and Merkel linked through their phone calls", async () => {
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready=true]");
    const graph = await inGraph(page, (cy): DrawnGraph => ({
      nodes: cy.nodes().map((n) => ({
        id: n.id(),
        label: String(n.data("label")),
        kind: String(n.data("kind")),
        subtype: n.data("subtype") as string | null,
      })),
      edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    }));
    await page.screenshot({ path: join(SCREENSHOT_DIR, "explorer-seed-graph.png") });

    const idOf = (name: string) => graph.nodes.find((n) => n.kind === "actor" && n.label.includes(name))?.id;
    const lukashenko = idOf("Lukashenko");
    const merkel = idOf("Merkel");
    expect(lukashenko).toBeDefined();
    expect(merkel).toBeDefined();
    const meetingsOf = (actor: string) =>
      new Set(graph.edges.filter((e) => e.source === actor).map((e) => e.target));
    const shared = [...meetingsOf(lukashenko!)].filter((m) => meetingsOf(merkel!).has(m));
    const calls = graph.nodes.filter((n) => shared.includes(n.id) && n.subtype === "phone_call");
    expect(calls.length).toBeGreaterThanOrEqual(2);
  });
});
