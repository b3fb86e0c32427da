// Main-thread side of the worker layout: sends the visible graph to layout.worker.ts, then applies the
// positions with a preset layout (so `layoutstart`/`layoutstop` and fit behave like any other layout).
// A newer layout of the same view cancels the one still computing. While the worker computes, nodes
// without a place are shown at the seed placement the worker starts from.
import type { Core, ElementDefinition, LayoutOptions, NodeCollection, NodeSingular } from "cytoscape";
import { seedLayout, type Fa2Options, type Point } from "./fa2.ts";
import type { WorkerReply, WorkerRequest } from "./layout.worker.ts";

/**
 * Above this many nodes positions jump into place: each animation frame redraws every node, which past
 * a few hundred nodes (on the canvas renderer without a GPU) leaves only a frame or two of motion. The
 * same bound as the other layouts in layout.ts.
 */
export const ANIMATE_MAX_NODES = 500;

export interface WorkerLayoutOptions {
  /** The nodes to lay out (with the edges between them); default: every visible node. */
  nodes?: NodeCollection;
  /** Default: only up to ANIMATE_MAX_NODES nodes. */
  animate?: boolean;
  animationDuration?: number;
  fit?: boolean;
  padding?: number;
  /** Seed of the initial placement (same graph + seed, same layout). */
  seed?: number;
  /** Overrides the size-scaled number of ForceAtlas2 iterations. */
  iterations?: number;
  /** Median gap between a node and its nearest neighbour, in pixels. */
  spacing?: number;
  signal?: AbortSignal;
}

/** The rejection of a layout that a newer one (or the caller's AbortSignal) replaced. */
export class LayoutCancelledError extends Error {
  constructor() {
    super("layout cancelled by a newer layout");
    this.name = "LayoutCancelledError";
  }
}

interface Job {
  request: WorkerRequest;
  cy: Core;
  settle(reply: WorkerReply | Error): void;
}

// One worker for the page, started when this module loads: a module worker's script is fetched and
// run with help from the main thread, so one started in the same task as a big graph's first frame
// boots only after that frame (measured: ~1.7 s late at 5,000 nodes). Jobs run one after another.
let worker: Worker | undefined;
const inFlight: Job[] = [];
let nextId = 1;

function spawn(): Worker {
  // The literal `new URL(…, import.meta.url)` form is what lets Vite find and bundle the worker.
  const w = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  w.addEventListener("message", (event: MessageEvent<WorkerReply>) => {
    const i = inFlight.findIndex((job) => job.request.id === event.data.id);
    if (i >= 0) inFlight.splice(i, 1)[0]!.settle(event.data);
  });
  const fail = (event: Event) => {
    const message = event instanceof ErrorEvent && event.message ? event.message : "it could not run";
    restart();
    for (const job of inFlight.splice(0)) job.settle(new Error(`the layout worker failed: ${message}`));
  };
  w.addEventListener("error", fail);
  w.addEventListener("messageerror", fail);
  return w;
}

function restart(): void {
  worker?.terminate();
  worker = undefined;
}

/** Starts the layout worker ahead of need (done on load); harmless where workers are unavailable. */
export function warmLayoutWorker(): void {
  try {
    worker ??= spawn();
  } catch {
    // layoutInWorker reports it, with its reason, when a layout is asked for.
  }
}
if (typeof window !== "undefined" && typeof Worker !== "undefined") warmLayoutWorker();

/** Stops a worker layout still computing for this view (its promise rejects with LayoutCancelledError). */
export function cancelWorkerLayout(cy: Core): void {
  const i = inFlight.findIndex((job) => job.cy === cy);
  if (i < 0) return;
  const [job] = inFlight.splice(i, 1);
  if (i === 0) {
    // ForceAtlas2 runs as one synchronous call in the worker: the only way to stop it is to end the
    // worker. Jobs of other views queued behind it go to a new one.
    restart();
    if (inFlight.length) {
      worker = spawn();
      for (const other of inFlight) worker.postMessage(other.request);
    }
  }
  job!.settle(new LayoutCancelledError());
}

/** Nodes Cytoscape added without a position sit at exactly (0, 0): those get a seed placement instead. */
function placed(node: NodeSingular): Point | undefined {
  const { x, y } = node.position();
  return x === 0 && y === 0 ? undefined : { x, y };
}

export function layoutInWorker(cy: Core, opts: WorkerLayoutOptions = {}): Promise<void> {
  cancelWorkerLayout(cy);
  if (opts.signal?.aborted) return Promise.reject(new LayoutCancelledError());
  const nodes = opts.nodes ?? cy.nodes(":visible");
  const ids = nodes.map((n) => n.id());
  const inLayout = new Set(ids);
  // Edges by their ends' ids: e.source() builds a collection per call, ~10× slower on 40,000 edges, and
  // an edge's own visibility does not matter to where its nodes belong.
  const edges: [string, string][] = [];
  cy.edges().forEach((e) => {
    const s = e.data("source") as string;
    const t = e.data("target") as string;
    if (inLayout.has(s) && inLayout.has(t)) edges.push([s, t]);
  });
  const initial: Record<string, Point> = {};
  const fixed: Record<string, Point> = {};
  nodes.forEach((n) => {
    const p = n.locked() ? { ...n.position() } : placed(n);
    if (p) (n.locked() ? fixed : initial)[n.id()] = p;
  });
  const request: WorkerRequest = {
    id: nextId++,
    nodes: ids,
    edges,
    options: { seed: opts.seed, iterations: opts.iterations, spacing: opts.spacing, initial, fixed },
  };

  const positions = computeInWorker(cy, request, opts.signal);
  preview(cy, nodes, request, opts);
  // For status messages and tests: the worker is computing; the preset layout's layoutstart follows.
  cy.emit("workerlayoutstart");
  return positions.then((p) => apply(cy, nodes, ids, p, opts));
}

/** Sends a request to the worker; resolves with its positions ([x0, y0, x1, y1, …] in request order). */
function computeInWorker(cy: Core, request: WorkerRequest, signal?: AbortSignal): Promise<Float64Array> {
  return new Promise<Float64Array>((resolve, reject) => {
    try {
      worker ??= spawn();
    } catch (error) {
      reject(new Error(`the layout worker could not start: ${(error as Error).message}`, { cause: error }));
      return;
    }
    const onAbort = () => {
      if (inFlight.includes(job)) cancelWorkerLayout(cy);
    };
    const job: Job = {
      request,
      cy,
      settle(reply) {
        signal?.removeEventListener("abort", onAbort);
        if (reply instanceof Error) reject(reply);
        else if (cy.destroyed()) reject(new LayoutCancelledError());
        else if ("error" in reply) reject(new Error(`the layout worker failed: ${reply.error}`));
        else resolve(reply.positions);
      },
    };
    signal?.addEventListener("abort", onAbort);
    inFlight.push(job);
    worker.postMessage(request);
  });
}

/**
 * ForceAtlas2 positions, by node id, for a graph about to replace the view (nodes in `fixed` keep the
 * place given): see showNewGraph in view.ts, which adds and styles the graph while this computes. A
 * newer layout of the same view cancels this one (LayoutCancelledError).
 */
export async function placeGraph(
  cy: Core,
  elements: ElementDefinition[],
  opts: { fixed?: Record<string, Point>; seed?: number; signal?: AbortSignal } = {},
): Promise<Map<string, Point>> {
  cancelWorkerLayout(cy);
  if (opts.signal?.aborted) throw new LayoutCancelledError();
  const ids: string[] = [];
  for (const e of elements) if (e.data.source === undefined) ids.push(String(e.data.id));
  const known = new Set(ids);
  const edges: [string, string][] = [];
  for (const e of elements) {
    const { source, target } = e.data;
    if (source !== undefined && known.has(String(source)) && known.has(String(target)))
      edges.push([String(source), String(target)]);
  }
  const request: WorkerRequest = {
    id: nextId++,
    nodes: ids,
    edges,
    options: { seed: opts.seed, initial: {}, fixed: opts.fixed ?? {} },
  };
  const computing = computeInWorker(cy, request, opts.signal);
  cy.emit("workerlayoutstart");
  const positions = await computing;
  return new Map(ids.map((id, i) => [id, { x: positions[2 * i]!, y: positions[2 * i + 1]! }]));
}

/**
 * Brings a graph placed by placeGraph into view, as the end of a layout would: the viewport fitted to
 * its positions, then `layoutstop` (what the explorer and the bench wait for).
 */
export function showPlaced(cy: Core, padding = 30): void {
  const nodes = cy.nodes(":visible");
  const positions = new Float64Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    const { x, y } = n.position();
    positions[2 * i] = x;
    positions[2 * i + 1] = y;
  });
  fitTo(cy, positions, padding);
  cy.emit("layoutstop");
}

/**
 * Nodes without a place (the new neighbours of an expansion) go to the worker's own seed placement at
 * once, before the next frame: the user sees their rough place while the worker computes, instead of
 * every new node piled on the origin (which costs Cytoscape as much to draw, labels and all, and shows
 * nothing). The explorer's new graphs do not come this way: placeGraph places them before they are drawn.
 */
function preview(cy: Core, nodes: NodeCollection, request: WorkerRequest, opts: WorkerLayoutOptions): void {
  const { initial, fixed } = request.options as Required<Fa2Options>;
  const known = Object.keys(initial).length + Object.keys(fixed).length;
  if (known === request.nodes.length) return;
  const seed = seedLayout(request);
  cy.batch(() => {
    nodes.forEach((n, i) => {
      if (!(n.id() in initial) && !(n.id() in fixed)) n.position({ x: seed[2 * i]!, y: seed[2 * i + 1]! });
    });
  });
  // When nothing but pins had a place (a graph added unplaced), the seed is brought into view.
  if (!Object.keys(initial).length && (opts.fit ?? true)) fitTo(cy, seed, opts.padding ?? 30);
}

// Node centres plus this margin: the largest node radius. Cytoscape's own fit measures every label
// first, which at 20,000 nodes costs seconds; the labels are hidden at such zooms anyway.
const NODE_MARGIN = 27;

/** Fits the viewport to the given positions, as cy.fit would (same padding and zoom limits). */
function fitTo(cy: Core, positions: Float64Array, padding: number): void {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let i = 0; i < positions.length; i += 2) {
    x1 = Math.min(x1, positions[i]!);
    x2 = Math.max(x2, positions[i]!);
    y1 = Math.min(y1, positions[i + 1]!);
    y2 = Math.max(y2, positions[i + 1]!);
  }
  if (!Number.isFinite(x1)) return;
  x1 -= NODE_MARGIN;
  y1 -= NODE_MARGIN;
  x2 += NODE_MARGIN;
  y2 += NODE_MARGIN;
  const w = cy.width();
  const h = cy.height();
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min((w - 2 * padding) / (x2 - x1), (h - 2 * padding) / (y2 - y1))),
  );
  cy.viewport({ zoom, pan: { x: (w - zoom * (x1 + x2)) / 2, y: (h - zoom * (y1 + y2)) / 2 } });
}

function apply(
  cy: Core,
  nodes: NodeCollection,
  ids: string[],
  positions: Float64Array,
  opts: WorkerLayoutOptions,
): Promise<void> {
  const at = new Map<string, Point>();
  ids.forEach((id, i) => at.set(id, { x: positions[2 * i]!, y: positions[2 * i + 1]! }));
  const animate = opts.animate ?? ids.length <= ANIMATE_MAX_NODES;
  const fit = opts.fit ?? true;
  const padding = opts.padding ?? 30;
  // Without animation the viewport is fitted from the positions (cheap); an animated layout fits
  // itself, gliding the viewport along with the nodes.
  const layout = nodes.layout({
    name: "preset",
    positions: (n: NodeSingular) => at.get(n.id()) ?? n.position(),
    animate,
    animationDuration: opts.animationDuration ?? 400,
    fit: fit && animate,
    padding,
  } as LayoutOptions);
  const stopped = layout.promiseOn("layoutstop").then(() => undefined);
  if (fit && !animate) layout.one("layoutready", () => fitTo(cy, positions, padding));
  layout.run();
  return stopped;
}
