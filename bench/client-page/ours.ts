// Bench page drawing with the explorer's own modules: its view (client/graph/view.ts: stylesheet and
// level-of-detail options), and showNewGraph (fcose for small graphs, the worker layout above the
// threshold) as client/main.ts's replaceGraph calls it.
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from "cytoscape";
import fcose from "cytoscape-fcose";
import { loneNodes, refreshDerivedData } from "../../client/graph/derived.ts";
import { applyLevelOfDetail } from "../../client/graph/lod.ts";
import { addNewGraph, createExplorerView, showNewGraph } from "../../client/graph/view.ts";
import { layoutInWorker } from "../../client/graph/worker-layout.ts";
import { GraphAsOf, LATER } from "../../client/timebar/playback.ts";
import { toDate, toDay } from "../../client/timebar/scale.ts";
import type { ScaleFreeGraph } from "../scale-free.ts";
import {
  emptyPointAmong,
  frameRecorder,
  frames,
  nextPaint,
  type DatedGraph,
  type PlaybackPage,
  type ThresholdPage,
} from "./frames.ts";

cytoscape.use(fcose);
const container = document.querySelector<HTMLElement>("#graph")!;
let cy: Core | undefined;

function elements(graph: ScaleFreeGraph | DatedGraph): ElementDefinition[] {
  const dates = "dates" in graph ? graph.dates : {};
  return [
    ...graph.nodes.map((n) =>
      dates[n.id]
        ? { data: { id: n.id, label: n.label, kind: "meeting", subtype: "talks", date: dates[n.id] } }
        : { data: { id: n.id, label: n.label, kind: "actor", subtype: n.subtype } },
    ),
    ...graph.edges.map(([source, target], i) => ({ data: { id: `e${i}`, source, target } })),
  ];
}

function view(): Core {
  cy?.destroy();
  cy = createExplorerView(container);
  (window as unknown as { cy: Core }).cy = cy;
  return cy;
}

/** The graph added as client/main.ts's replaceGraph adds a new graph. */
function add(view: Core, definitions: ElementDefinition[]): void {
  addNewGraph(view, definitions, false);
  // Degree (actors' size) and edge labels as the explorer keeps them (refreshDerived in client/main.ts).
  refreshDerivedData(view, false);
}

function fresh(graph: ScaleFreeGraph): Core {
  const cy = view();
  add(cy, elements(graph));
  return cy;
}

const page: ThresholdPage & PlaybackPage = {
  async draw(graph, timeoutMs) {
    // As in the explorer, the view is on the page before the data comes (client/main.ts builds it when
    // the page loads, and it draws once, empty): the clock starts when the data is there.
    const shown = view();
    await nextPaint();
    const recorder = frameRecorder();
    const started = performance.now();
    const phases: Record<string, number> = {};
    const mark = (phase: string) => void (phases[phase] = performance.now() - started);
    // As client/main.ts's replaceGraph.
    const stopped = new Promise<boolean>((resolve) => {
      shown.one("layoutstop", () => resolve(true));
      setTimeout(() => resolve(false), timeoutMs);
    });
    shown.one("layoutstop", () => mark("laid out"));
    shown.one("workerlayoutstart", () => mark("worker started"));
    await showNewGraph(shown, {
      elements: elements(graph),
      layout: "fcose",
      labelled: false,
      // As client/main.ts's refreshDerived({ fresh: true }): degree and edge labels came with the
      // definitions (addNewGraph); actors left without edges are hidden.
      onAdded: () => {
        shown.batch(() => loneNodes(shown, '[kind = "actor"]').style("display", "none"));
        applyLevelOfDetail(shown);
        mark("added");
      },
    });
    mark("shown");
    // Cytoscape's render loop asks for its frame before this does: this runs right after the first
    // frame with the new graph is drawn (placed already, for a graph the worker lays out).
    const firstView = new Promise<number>((resolve) =>
      requestAnimationFrame(() => resolve(performance.now() - started)),
    );
    const done = await stopped;
    if (done) await nextPaint();
    const usableMs = done ? performance.now() - started : null;
    return {
      usableMs,
      firstViewMs: await firstView,
      longestGapMs: Math.max(0, ...recorder.stop()),
      phases,
    };
  },
  async compare(graph, which) {
    const view = fresh(graph);
    await nextPaint();
    const recorder = frameRecorder();
    const started = performance.now();
    if (which === "worker") await layoutInWorker(view, { animate: false });
    else {
      // client/graph/layout.ts's fcose options.
      const layout = view.layout({
        name: "fcose",
        animate: false,
        fit: true,
        padding: 30,
        quality: "default",
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
      } as LayoutOptions);
      const stopped = layout.promiseOn("layoutstop");
      layout.run();
      await stopped;
    }
    await nextPaint();
    const ms = performance.now() - started;
    return { ms, longestGapMs: Math.max(0, ...recorder.stop()) };
  },
  async play(graph, start, stepDays, steps) {
    const { usableMs } = await page.draw(graph, 60_000);
    const shown = cy!;
    const asOf = new GraphAsOf(shown);
    // Counted by class: Cytoscape restyles lazily, so `:visible` lags until the next frame.
    const visible = () => shown.nodes().not(`.${LATER}`).length;
    await nextPaint();
    const recorder = frameRecorder();
    const stepWork: number[] = [];
    let visibleAfterFirst = 0;
    for (let i = 1; i <= steps; i++) {
      const began = performance.now();
      asOf.showUntil(toDate(toDay(start) + i * stepDays));
      stepWork.push(performance.now() - began);
      if (i === 1) visibleAfterFirst = visible();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await nextPaint();
    const deltas = recorder.stop();
    // The same number of frames, each redrawing the graph for a change that shows nothing (a class
    // without style on one node): what any redraw of this graph costs on this machine now.
    const node = shown.nodes().first();
    const redraw = frameRecorder();
    for (let i = 1; i <= steps; i++) {
      node.toggleClass("bench-redraw", i % 2 === 1);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await nextPaint();
    const redrawDeltas = redraw.stop();
    return { usableMs, deltas, redrawDeltas, stepWork, visibleAfterFirst, visibleAtEnd: visible() };
  },
  emptyPoint() {
    if (!cy) return null;
    const nodes = cy.nodes().map((n) => ({ ...n.renderedPosition(), r: n.renderedWidth() / 2 }));
    return emptyPointAmong(nodes, container.clientWidth, container.clientHeight);
  },
  ...frames(),
};
(window as unknown as { bench: ThresholdPage & PlaybackPage }).bench = page;
