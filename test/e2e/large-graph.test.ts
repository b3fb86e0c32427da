// A large graph in the real explorer (dist/client, client/main.ts): /api/graph answers with a generated
// 2,000-actor scale-free who-met-whom graph, so the page takes its ordinary path (cy.add, refreshDerived,
// runLayout) into the worker layout. Checks the layout finishes and is applied, the large-graph level of
// detail is on, and the main thread keeps ticking while the worker computes. Needs `npm run build`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { barabasiAlbert } from "../../bench/scale-free.ts";
import { launchBrowser, SCREENSHOT_DIR } from "../support/browser.ts";
import { inGraph, waitForGraph } from "../support/in-graph.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const NODES = 2_000;

let server: TestServer;
let browser: Browser;
let page: Page;

function graphResponse() {
  const graph = barabasiAlbert(NODES, 2, 11);
  return {
    truncated: false,
    elements: [
      ...graph.nodes.map((n) => ({
        group: "nodes",
        data: { id: n.id, label: n.label, kind: "actor", subtype: n.subtype },
      })),
      ...graph.edges.map(([source, target]) => ({
        group: "edges",
        data: {
          id: `MET:${source}--${target}`,
          source,
          target,
          type: "MET",
          weight: 1,
          sources: 1,
          meetings: [],
        },
      })),
    ],
  };
}

interface Probe {
  ticks: number[];
  workerStart?: number;
  layoutStart?: number;
  layoutStop?: number;
  /** Frames Cytoscape drew between the worker's start and the end of the placement. */
  framesWhileComputing?: number;
  /** The status line in the first frame that said the page was laying out, and the nodes then held. */
  layingOut?: { said: string; nodes: number };
}

beforeAll(async () => {
  if (!existsSync("dist/client/index.html"))
    throw new Error("The client is not built: run `npm run build` first.");
  server = await startTestServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a 2,000-node graph in the explorer", () => {
  it("is placed in the worker before it is drawn, then drawn once, in view", async () => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // Timestamps of every animation frame and every 10 ms timer: a long task shows as a gap.
    await page.addInitScript(() => {
      const probe = { ticks: [] as number[] };
      (window as unknown as { probe: typeof probe }).probe = probe;
      const frame = () => {
        probe.ticks.push(performance.now());
        const said = document.querySelector("#status")?.textContent ?? "";
        const cy = window.whomet?.cy;
        if (said.startsWith("Laying out") && !(probe as Probe).layingOut)
          (probe as Probe).layingOut = { said, nodes: cy?.nodes().length ?? -1 };
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      setInterval(() => probe.ticks.push(performance.now()), 10);
    });
    let listening!: () => void;
    const ready = new Promise<void>((resolve) => (listening = resolve));
    const body = JSON.stringify(graphResponse());
    await page.route("**/api/graph*", async (route) => {
      await ready;
      await route.fulfill({ status: 200, contentType: "application/json", body });
    });

    await page.goto(server.url, { waitUntil: "domcontentloaded" });
    await page.waitForFunction(() => Boolean(window.whomet));
    // Listen before the graph arrives: the worker's start, then the end of the placement (layoutstop).
    await page.evaluate(() => {
      const w = window as unknown as { probe: Probe };
      const countFrame = () => (w.probe.framesWhileComputing = (w.probe.framesWhileComputing ?? 0) + 1);
      window.whomet!.cy.one("workerlayoutstart", () => {
        w.probe.workerStart = performance.now();
        w.probe.framesWhileComputing = 0;
        window.whomet!.cy.on("render", countFrame);
      });
      window.whomet!.cy.one("layoutstop", () => {
        w.probe.layoutStop = performance.now();
        window.whomet!.cy.off("render", countFrame);
      });
    });
    listening();

    await page.waitForFunction(
      () => (window as unknown as { probe: Probe }).probe.layoutStop !== undefined,
      undefined,
      { timeout: 60_000 },
    );
    await page.screenshot({ path: join(SCREENSHOT_DIR, "explorer-large-graph.png") });
    const result = await page.evaluate(() => {
      const w = window as unknown as { probe: Probe };
      const { probe } = w;
      const cy = window.whomet!.cy;
      const renderer = (cy as unknown as { renderer(): { textureOnViewport: boolean } }).renderer();
      return {
        probe: { ...probe, ticks: [] },
        ticks: probe.ticks,
        nodes: cy.nodes().length,
        positions: cy.nodes().map((n) => ({ id: n.id(), ...n.position() })),
        labelled: cy.nodes(".label-on").length,
        texture: renderer.textureOnViewport,
        extent: cy.extent(),
      };
    });

    expect(errors).toEqual([]);
    expect(result.nodes).toBe(NODES);
    const { workerStart, layoutStop, framesWhileComputing } = result.probe;
    expect(workerStart).toBeDefined();
    expect(layoutStop).toBeGreaterThan(workerStart!);
    // The graph is added and styled while the worker computes, but not drawn until it is placed.
    expect(framesWhileComputing).toBe(0);
    // The page said what it was doing in a frame before the adding blocked it.
    expect(result.probe.layingOut).toEqual({ said: `Laying out ${NODES} nodes…`, nodes: 0 });

    // Positions are the worker's: finite, spread out (not piled at the origin), and in view.
    const { positions } = result;
    expect(positions.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    const spots = new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(spots.size).toBeGreaterThan(NODES * 0.98);
    const inView = positions.filter(
      (p) =>
        p.x >= result.extent.x1 &&
        p.x <= result.extent.x2 &&
        p.y >= result.extent.y1 &&
        p.y <= result.extent.y2,
    );
    expect(inView.length).toBe(NODES);

    // Level of detail for a large graph: no labels on the whole graph fitted in view.
    expect(result.labelled).toBe(0);
    expect(result.texture).toBe(true);

    // The window holds Cytoscape adding and styling the 2,000 nodes (main-thread work any layout
    // needs, done while the worker computes): printed, not checked. A later test checks a re-layout.
    const longest = longestGap(result.ticks, workerStart!, layoutStop!);
    console.log(
      `fresh graph: added and placed ${Math.round(layoutStop! - workerStart!)} ms after posting; ` +
        `longest main-thread gap meanwhile ${Math.round(longest)} ms (includes adding the graph)`,
    );
  });

  it("labels the nodes in view once zoomed in far enough to read them, and none when zoomed out", async () => {
    const view = () =>
      inGraph(page, (cy) => {
        const { x1, y1, x2, y2 } = cy.extent();
        const inside = (n: import("cytoscape").NodeSingular) => {
          const { x, y } = n.position();
          return x >= x1 && x <= x2 && y >= y1 && y <= y2;
        };
        return {
          zoom: cy.zoom(),
          inView: cy.nodes().filter(inside).length,
          unlabelledInView: cy
            .nodes()
            .filter((n) => inside(n) && n.style("label") !== (n.data("caption") ?? n.data("label"))).length,
          labelled: cy.nodes().filter((n) => n.style("label") !== "").length,
        };
      });
    // Zoom in on the middle of the graph (one step: Chromium's synthetic wheel moves ~1 % a tick).
    await inGraph(page, (cy) => {
      cy.zoom({ level: 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await waitForGraph(page, (cy) => cy.nodes(".label-on").nonempty());
    const zoomedIn = await view();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "explorer-large-graph-zoomed.png") });
    expect(zoomedIn.zoom).toBeGreaterThanOrEqual(1.1);
    expect(zoomedIn.inView).toBeGreaterThan(0);
    expect(zoomedIn.unlabelledInView).toBe(0);
    // Only the nodes in and around the view have a label, not the whole graph.
    expect(zoomedIn.labelled).toBeLessThan(NODES / 2);

    await page.click("#fit");
    await waitForGraph(page, (cy) => cy.nodes(".label-on").empty());
    expect((await view()).labelled).toBe(0);
  });

  it("exports an SVG of the whole graph with every node's label, though the fitted view shows none", async () => {
    const labels = await inGraph(page, (cy) => ({
      shown: cy.nodes(".label-on").length,
      all: cy.nodes().map((n) => String(n.data("label"))),
    }));
    expect(labels.shown).toBe(0);
    await page.click(".menu summary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=svg]")]);
    const svg = readFileSync((await download.path())!, "utf8");
    const texts = new Set([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]));
    const missing = labels.all.filter((label) => !texts.has(label));
    expect(missing.slice(0, 5)).toEqual([]);
    // The view is as it was: still no label while fitted.
    expect(await inGraph(page, (cy) => cy.nodes(".label-on").length)).toBe(0);
  });

  it("keeps the main thread ticking while the worker lays the drawn graph out again", async () => {
    // Grid first (Cytoscape's, on the main thread), then back to force: the worker runs on a graph
    // already drawn, so nothing but the layout could block the page meanwhile.
    await page.selectOption("#layout", "grid");
    const grid = await page.evaluate(() => {
      const w = window as unknown as { probe: Probe };
      w.probe.ticks = [];
      w.probe.workerStart = w.probe.layoutStart = w.probe.layoutStop = undefined;
      window.whomet!.cy.one("workerlayoutstart", () => (w.probe.workerStart = performance.now()));
      window.whomet!.cy.one("layoutstart", () => (w.probe.layoutStart = performance.now()));
      window.whomet!.cy.one("layoutstop", () => (w.probe.layoutStop = performance.now()));
      return Object.fromEntries(window.whomet!.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    });
    await page.selectOption("#layout", "fcose");
    await page.waitForFunction(
      () => (window as unknown as { probe: Probe }).probe.layoutStop !== undefined,
      undefined,
      { timeout: 60_000 },
    );
    const { probe, positions } = await page.evaluate(() => {
      const w = window as unknown as { probe: Probe };
      return {
        probe: w.probe,
        positions: window.whomet!.cy.nodes().map((n) => ({ id: n.id(), ...n.position() })),
      };
    });
    expect(probe.workerStart).toBeDefined();
    expect(probe.layoutStart).toBeGreaterThan(probe.workerStart!);
    const moved = positions.filter((p) => Math.hypot(grid[p.id]!.x - p.x, grid[p.id]!.y - p.y) > 1);
    expect(moved.length).toBeGreaterThan(NODES * 0.9);

    const span = probe.layoutStart! - probe.workerStart!;
    const inWindow = probe.ticks.filter((t) => t > probe.workerStart! && t <= probe.layoutStart!);
    const longest = longestGap(probe.ticks, probe.workerStart!, probe.layoutStart!);
    console.log(
      `re-layout: worker answer applied ${Math.round(span)} ms after posting; ${inWindow.length} ticks ` +
        `meanwhile, longest main-thread gap ${Math.round(longest)} ms`,
    );
    // The main thread ran while the worker computed: a layout on the main thread runs from its start
    // to its end without one tick between. How long it may block at most is a speed target, measured
    // by `npm run bench` (the worker's longest block) rather than asserted here, where the machine's
    // load decides it (a 250 ms limit failed at 349 ms with 2 cores shared by 6 test runs).
    expect(inWindow.length).toBeGreaterThan(0);
  });
  it("keeps a pinned node in place when a new graph is laid out around it", async () => {
    const before = await page.evaluate(() => {
      const w = window as unknown as { probe: Probe };
      const hub = window.whomet!.cy.getElementById("a0");
      hub.lock().addClass("pinned");
      w.probe.layoutStop = undefined;
      window.whomet!.cy.one("layoutstop", () => (w.probe.layoutStop = performance.now()));
      return { ...hub.position() };
    });
    // "All" reloads the graph (the same answer again): pins survive, every other node is new.
    await page.click("#all");
    await page.waitForFunction(
      () => (window as unknown as { probe: Probe }).probe.layoutStop !== undefined,
      undefined,
      { timeout: 60_000 },
    );
    const after = await inGraph(page, (cy) => {
      const hub = cy.getElementById("a0");
      const neighbours = hub
        .neighborhood()
        .nodes()
        .map((n) => ({ ...n.position() }));
      return { hub: { ...hub.position() }, locked: hub.locked(), neighbours, extent: { ...cy.extent() } };
    });
    expect(after.locked).toBe(true);
    expect(after.hub).toEqual(before);
    // The hub's neighbours are laid out around it, and the view shows it.
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const spread = Math.hypot(after.extent.w, after.extent.h);
    const distance = Math.hypot(
      mean(after.neighbours.map((p) => p.x)) - before.x,
      mean(after.neighbours.map((p) => p.y)) - before.y,
    );
    expect(distance).toBeLessThan(spread / 4);
    expect(before.x).toBeGreaterThanOrEqual(after.extent.x1);
    expect(before.x).toBeLessThanOrEqual(after.extent.x2);
  });

  it("takes no clicks on the view while a new graph waits for its positions, and takes them after", async () => {
    const held = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      const body = JSON.stringify(graphResponse());
      await held.route("**/api/graph*", (route) =>
        route.fulfill({ status: 200, contentType: "application/json", body }),
      );
      // The worker's replies wait until the test lets them through: a window that is otherwise ~0.1 s.
      await held.addInitScript(() => {
        const w = window as unknown as { heldReplies: (() => void)[] | null };
        w.heldReplies = [];
        const add = Worker.prototype.addEventListener;
        Worker.prototype.addEventListener = function (
          this: Worker,
          type: string,
          listener: unknown,
          options?: unknown,
        ) {
          if (type !== "message" || typeof listener !== "function")
            return add.call(this, type, listener as EventListener, options as boolean);
          const deliver = listener as (event: Event) => void;
          add.call(
            this,
            type,
            (event: Event) => {
              if (w.heldReplies) w.heldReplies.push(() => deliver.call(this, event));
              else deliver.call(this, event);
            },
            options as boolean,
          );
        } as typeof Worker.prototype.addEventListener;
      });
      await held.goto(server.url, { waitUntil: "domcontentloaded" });
      // Added and styled, the worker has answered, its answer is held.
      await held.waitForFunction(
        (nodes) => {
          const w = window as unknown as { heldReplies: unknown[] | null };
          return window.whomet?.cy.nodes().length === nodes && (w.heldReplies?.length ?? 0) > 0;
        },
        NODES,
        { timeout: 60_000 },
      );
      const box = (await held.locator("#graph").boundingBox())!;
      const target = async () => inGraph(held, (cy) => ({ ...cy.getElementById("a0").renderedPosition() }));
      await held.evaluate(() => {
        const w = window as unknown as { taps: number; clicks: number };
        w.taps = 0;
        window.whomet!.cy.on("tap", () => w.taps++);
        // Cytoscape taps on the window's mouseup, which comes before its click: a click the window has
        // seen is one Cytoscape had its chance to take.
        w.clicks = 0;
        window.addEventListener("click", () => w.clicks++, true);
      });
      const taps = () =>
        held.evaluate(() => ({
          taps: (window as unknown as { taps: number }).taps,
          selected: window.whomet!.cy.$(":selected").length,
          busy: document.querySelector("#graph")!.getAttribute("aria-busy"),
        }));
      // Where the unplaced nodes sit (all at the origin: the view's top left corner here, so a few pixels
      // in), with the old, empty view on screen.
      const unplaced = await target();
      await held.mouse.click(box.x + unplaced.x + 6, box.y + unplaced.y + 6);
      await held.waitForFunction(() => (window as unknown as { clicks: number }).clicks > 0);
      expect(await taps()).toEqual({ taps: 0, selected: 0, busy: "true" });

      await held.evaluate(() => {
        const w = window as unknown as { heldReplies: (() => void)[] | null };
        const replies = w.heldReplies!;
        w.heldReplies = null;
        for (const reply of replies) reply();
      });
      await held.waitForFunction(() => document.querySelector("#graph")!.getAttribute("aria-busy") === null);
      // Placed and drawn: the same node, now where the worker put it, takes the click.
      const placed = await target();
      expect(Math.hypot(placed.x - unplaced.x, placed.y - unplaced.y)).toBeGreaterThan(1);
      await held.mouse.click(box.x + placed.x, box.y + placed.y);
      await held.waitForFunction(() => (window as unknown as { taps: number }).taps > 0);
      expect(await taps()).toEqual({ taps: 1, selected: 1, busy: null });
    } finally {
      await held.close();
    }
  });
});

/** Longest interval without a tick between `from` and `to` (both ends count as edges of the window). */
function longestGap(ticks: number[], from: number, to: number): number {
  const inside = [from, ...ticks.filter((t) => t > from && t < to), to];
  return Math.max(0, ...inside.slice(1).map((t, i) => t - inside[i]!));
}
