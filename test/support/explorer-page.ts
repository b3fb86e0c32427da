// The explorer page (client/main.ts) as the e2e tests drive it: one server over the demo corpus, one
// Chromium and one page per test file, each test opening the explorer afresh; wait for the graph to
// settle, click nodes where they are drawn, open their menus, and read what Cytoscape drew, always as
// plain data.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { launchBrowser, SCREENSHOT_DIR } from "./browser.ts";
import { loadDemoCorpus } from "./demo-corpus.ts";
import { inGraph, waitForGraph } from "./in-graph.ts";
import { clearGraph } from "./neo4j.ts";
import { startTestServer, type TestServer } from "./server.ts";

export const VIEWPORT = { width: 1280, height: 800 };

export interface Explorer {
  server: TestServer;
  browser: Browser;
  /**
   * The file's page (downloads allowed). Each test starts with openExplorer, a navigation: the explorer
   * keeps its state in the URL and the page, none in cookies or storage, so nothing a test before left
   * survives it but what Playwright holds for the page (routes, listeners), which a test undoes itself.
   * A new page would cost ~1 s a test: a renderer started and the scripts compiled again.
   */
  page: Page;
  /** Closes the browser and the server, and clears the graph. */
  close(): Promise<void>;
}

/**
 * A test server over a graph holding exactly the demo corpus (data/articles), a browser and a page.
 * `env` overrides the server's environment (API_TOKEN, say).
 */
export async function startExplorer(env: Record<string, string> = {}): Promise<Explorer> {
  if (!existsSync("dist/client/index.html"))
    throw new Error("The client is not built: run `npm run build` first.");
  const starting = startTestServer(env);
  const launching = launchBrowser();
  const loading = starting.then(loadCorpus);
  // While the corpus loads, the page opens the explorer once (its graph, whatever it holds then, is not
  // waited for): the first test finds the renderer started and the scripts compiled, ~1 s a file.
  const opening = Promise.all([starting, launching]).then(async ([server, browser]) => {
    const page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
    await page.goto(server.url);
    return page;
  });
  const [server, browser, page, loaded] = await Promise.allSettled([starting, launching, opening, loading]);
  const close = async () => {
    if (browser.status === "fulfilled") await browser.value.close();
    if (server.status === "fulfilled") {
      await clearGraph(server.value.driver);
      await server.value.close();
    }
  };
  if (
    server.status === "rejected" ||
    browser.status === "rejected" ||
    page.status === "rejected" ||
    loaded.status === "rejected"
  ) {
    await close();
    throw [server, browser, page, loaded].flatMap((step) =>
      step.status === "rejected" ? [step.reason] : [],
    )[0];
  }
  return { server: server.value, browser: browser.value, page: page.value, close };
}

async function loadCorpus(server: TestServer): Promise<void> {
  await clearGraph(server.driver);
  await loadDemoCorpus(server.driver, server.config.NEO4J_DATABASE);
}

/**
 * Opens the explorer at `search` (`?center=actor:angela-merkel`) in a window of `viewport`, and waits for
 * its graph to settle.
 */
export async function openExplorer(
  page: Page,
  server: TestServer,
  search = "",
  viewport = VIEWPORT,
): Promise<void> {
  await page.setViewportSize(viewport);
  await page.goto(`${server.url}/${search}`);
  await page.waitForSelector("body[data-ready=true]");
  await waitForGraphToSettle(page);
}

export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * Waits until the graph is still: nothing loading, no layout or viewport animation running, and the view
 * (its box, zoom, pan and every node's position) the same in two frames running, which also lets a resize
 * of the view and what follows it (the selection brought back into view) happen first.
 */
export async function waitForGraphToSettle(page: Page): Promise<void> {
  await waitForGraph(
    page,
    (cy, token) => {
      const w = window as unknown as { lastView?: { token: string; view: string } };
      const box = cy.container()!.getBoundingClientRect();
      const view = JSON.stringify([
        box.width,
        box.height,
        cy.zoom(),
        cy.pan(),
        cy.nodes().map((n) => n.position()),
      ]);
      const same = w.lastView?.token === token && w.lastView.view === view;
      w.lastView = { token, view };
      const busy =
        /Loading|Expanding|Laying out/.test(document.querySelector("#status")?.textContent ?? "") ||
        cy.container()!.getAttribute("aria-busy") === "true";
      const moving =
        cy.animated() ||
        cy
          .nodes()
          .filter((n) => n.animated())
          .nonempty();
      return same && !busy && !moving;
    },
    // Each wait compares frames of its own, never one a previous wait saw.
    String(Math.random()),
  );
}

/** Labels of the nodes drawn and visible. */
export function visibleLabels(page: Page): Promise<string[]> {
  return inGraph(page, (cy) => cy.nodes(":visible").map((n) => String(n.data("label"))));
}

/** Ids of the nodes drawn and visible, sorted. */
export function visibleNodeIds(page: Page): Promise<string[]> {
  return inGraph(page, (cy) =>
    cy
      .nodes(":visible")
      .map((n) => n.id())
      .sort(),
  );
}

/** Where node `id` is drawn on the page, for real mouse clicks. */
export async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator("#graph").boundingBox())!;
  const p = await inGraph(page, (cy, i) => ({ ...cy.getElementById(i).renderedPosition() }), id);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Clicks node `id` where it is drawn, as a user would, once the graph is still. */
export async function clickNode(
  page: Page,
  id: string,
  { button = "left", double = false }: { button?: "left" | "right"; double?: boolean } = {},
): Promise<void> {
  await waitForGraphToSettle(page);
  const { x, y } = await pointOf(page, id);
  if (double) await page.mouse.dblclick(x, y, { button });
  else await page.mouse.click(x, y, { button });
}

/** Opens node `id`'s context menu with a right-click; what it offers. */
export async function openContextMenu(page: Page, id: string): Promise<string[]> {
  await clickNode(page, id, { button: "right" });
  await page.waitForSelector(".context-menu [role=menuitem]");
  return page.locator(".context-menu [role=menuitem]").allTextContents();
}

/**
 * The file's explorer, started before its tests and closed after them (with the graph cleared). Its
 * fields are read when a test runs, so files call this once at the top and use `explorer.page`.
 */
export function useExplorer(env: Record<string, string> = {}): Explorer {
  let explorer: Explorer | undefined;
  // What the page asked the API and what it said, printed when a test fails: a wait that times out
  // says only what it waited for, not which answer never came or came as an error.
  let trail: string[] = [];
  beforeAll(async () => {
    explorer = await startExplorer(env);
    const started = new Map<object, number>();
    explorer.page.on("request", (r) => started.set(r, Date.now()));
    const note = (r: { url(): string; method(): string }, what: string) => {
      if (!r.url().includes("/api/")) return;
      const since = started.get(r);
      trail.push(
        `${r.method()} ${r.url()} ${what}${since === undefined ? "" : ` after ${Date.now() - since} ms`}`,
      );
    };
    explorer.page.on("requestfinished", (r) => {
      void r.response().then((res) => note(r, String(res?.status() ?? "no response")));
    });
    explorer.page.on("requestfailed", (r) => note(r, `failed: ${r.failure()?.errorText ?? "?"}`));
    explorer.page.on("console", (m) => {
      if (m.type() === "error") trail.push(`console error: ${m.text()}`);
    });
  });
  beforeEach(() => {
    trail = [];
  });
  afterEach(async (context) => {
    if (context.task.result?.state !== "fail" || !explorer) return;
    const panel = await explorer.page
      .locator("#panel")
      .innerText({ timeout: 1_000 })
      .catch(() => "?");
    const status = await explorer.page
      .locator("#status")
      .innerText({ timeout: 1_000 })
      .catch(() => "?");
    console.error(
      [
        `The page when "${context.task.name}" failed:`,
        ...trail,
        `status: ${status}`,
        `panel: ${panel.slice(0, 600)}`,
      ].join("\n  "),
    );
  });
  afterAll(async () => {
    await explorer?.close();
  });
  const current = (): Explorer => {
    if (!explorer) throw new Error("The explorer is not started yet: use it inside a test.");
    return explorer;
  };
  return {
    get server() {
      return current().server;
    },
    get browser() {
      return current().browser;
    },
    get page() {
      return current().page;
    },
    close: () => current().close(),
  };
}
