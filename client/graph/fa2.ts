// ForceAtlas2 on plain arrays: the pure part of the worker layout (no DOM, no Cytoscape), so the same
// code runs in the Web Worker and in unit tests. Output is in pixels, ready for a preset layout.
import { MultiUndirectedGraph } from "graphology";
import fa2Module, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { mulberry32 } from "./prng.ts";

// The package is CommonJS with typings that say `export default`: at runtime (Node and Vite alike) the
// default import is the layout function itself, not an object holding it.
const forceAtlas2 = fa2Module as unknown as typeof fa2Module.default;

export interface Point {
  x: number;
  y: number;
}

export interface Fa2Options {
  /** Seed of the initial placement's PRNG: the same graph and seed give the same layout. */
  seed?: number;
  /** Overrides the size-scaled iteration count. */
  iterations?: number;
  /** Pixel positions of nodes already on screen: the layout starts from them (an expand keeps its shape). */
  initial?: Record<string, Point>;
  /** Pixel positions of pinned nodes: they do not move, and the result is placed around them. */
  fixed?: Record<string, Point>;
  /** Median distance between a node and its nearest neighbour in the result, in pixels. */
  spacing?: number;
}

export interface LayoutRequest {
  nodes: string[];
  edges: [string, string][];
  options?: Fa2Options;
}

// Centre to centre: the explorer's nodes are 24–54 px wide, so most do not overlap at zoom 1.
const DEFAULT_SPACING = 45;
// Median nearest-neighbour gap of a finished layout in ForceAtlas2's own units with these settings
// (measured: 16–19 from 50 to 5,000 nodes). Known pixel positions are converted with it, so they start
// at the scale the algorithm settles at and it need not stretch or shrink the picture first.
const NATURAL_GAP = 17;
// Seed step from a node to the node it reached, in the same units: about an edge's final length.
const SEED_STEP = 10;
// An expand: at least this share of the nodes already drawn, so the result is fitted onto them.
const EXPAND_SHARE = 0.25;
// Barnes-Hut's quadtree costs more than it saves on small graphs; above this it is several times faster.
const BARNES_HUT_FROM = 400;
// Measured on the 2-core bench machine: θ = 1.2 is ~2.5× faster per iteration than the default 0.5 at
// 5,000 nodes, with the same edge-length quality after the same number of iterations.
const BARNES_HUT_THETA = 1.2;

/**
 * Iterations by size: many for small graphs (cheap, and they converge to a nicer shape), fewer as the
 * graph grows so that the whole layout stays near a fixed time budget (~1 s for 5,000 nodes on one slow
 * core). The tree-like seed placement means few iterations still give a readable picture.
 */
export function iterationsFor(order: number): number {
  if (order <= 400) return 250;
  if (order <= 2000) return 120;
  if (order <= 8000) return 45;
  return 20;
}

/** graphology's inferred settings, made to converge in few iterations on large graphs. */
export function settingsFor(order: number): ForceAtlas2Settings {
  const inferred = forceAtlas2.inferSettings(order);
  if (order <= BARNES_HUT_FROM) return { ...inferred, barnesHutOptimize: false };
  // slowDown 1 (inferred: 1 + ln n) moves nodes further per iteration: fewer iterations for the same shape.
  return { ...inferred, barnesHutOptimize: true, barnesHutTheta: BARNES_HUT_THETA, slowDown: 1 };
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/**
 * Cheap seed: a breadth-first walk from the best-connected node, each node dropped at a random angle
 * next to the node that reached it, so neighbours start close together and ForceAtlas2 only has to
 * untangle, not assemble. Nodes with a known position start there (scaled into layout units).
 */
function seedPositions(
  order: number,
  adjacency: number[][],
  known: (Point | undefined)[],
  random: () => number,
): { xs: Float64Array; ys: Float64Array } {
  const xs = new Float64Array(order);
  const ys = new Float64Array(order);
  const placed = new Uint8Array(order);
  const queue: number[] = [];
  for (let i = 0; i < order; i++) {
    const p = known[i];
    if (p) {
      xs[i] = p.x;
      ys[i] = p.y;
      placed[i] = 1;
      queue.push(i);
    }
  }
  // Components are visited biggest hub first; each new component starts on a wide ring.
  const byDegree = [...Array(order).keys()].sort((a, b) => adjacency[b]!.length - adjacency[a]!.length);
  const spread = Math.sqrt(order) * 2 * SEED_STEP;
  let head = 0;
  let roots = 0;
  for (const root of [-1, ...byDegree]) {
    if (root >= 0) {
      if (placed[root]) continue;
      const angle = roots++ * 2.399963; // golden angle: roots never line up
      const r = roots === 1 && !queue.length ? 0 : spread * Math.sqrt(random());
      xs[root] = r * Math.cos(angle);
      ys[root] = r * Math.sin(angle);
      placed[root] = 1;
      queue.push(root);
    }
    while (head < queue.length) {
      const from = queue[head++]!;
      for (const to of adjacency[from]!) {
        if (placed[to]) continue;
        const angle = random() * 2 * Math.PI;
        const r = SEED_STEP * (1 + random());
        xs[to] = xs[from]! + r * Math.cos(angle);
        ys[to] = ys[from]! + r * Math.sin(angle);
        placed[to] = 1;
        queue.push(to);
      }
    }
  }
  return { xs, ys };
}

interface Prepared {
  order: number;
  adjacency: number[][];
  pairs: [number, number][];
  /** Pixel positions given for each node (pinned or already on screen), else undefined. */
  knownPx: (Point | undefined)[];
  isFixed: boolean[];
  /** Enough nodes are already drawn that the result is fitted onto them (an expand). */
  expand: boolean;
  /** Pixels per layout unit for the known positions. */
  pxPerUnit: number;
  /** Pixel centre of the known positions (layout unit (0, 0)); the origin when none are known. */
  centre: Point;
  /** The seed placement, in layout units. */
  xs: Float64Array;
  ys: Float64Array;
}

function prepare({ nodes, edges, options = {} }: LayoutRequest): Prepared {
  const order = nodes.length;
  const index = new Map<string, number>();
  nodes.forEach((id, i) => index.set(id, i));
  const adjacency: number[][] = nodes.map(() => []);
  const pairs: [number, number][] = [];
  for (const [s, t] of edges) {
    const a = index.get(s);
    const b = index.get(t);
    if (a === undefined || b === undefined || a === b) continue;
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
    pairs.push([a, b]);
  }
  const fixed = options.fixed ?? {};
  const knownPx = nodes.map((id) => fixed[id] ?? options.initial?.[id]);
  const isFixed = nodes.map((id) => id in fixed);
  const knownList = knownPx.filter((p): p is Point => Boolean(p));
  const expand = knownList.length >= 3 && knownList.length >= order * EXPAND_SHARE;
  // An expand keeps the drawn picture's own scale; otherwise (nothing drawn, or a few pins) the result
  // will have the requested spacing, and pins are converted at that scale so they sit among the rest.
  const gapPx = expand
    ? medianNearest(
        knownList.map((p) => p.x),
        knownList.map((p) => p.y),
      )
    : 0;
  const pxPerUnit = (gapPx || (options.spacing ?? DEFAULT_SPACING)) / NATURAL_GAP;
  // Centred on the known nodes: ForceAtlas2's gravity pulls towards the origin, which should be where
  // the pinned or already drawn nodes are, not wherever the page's (0, 0) happens to be.
  const n = knownList.length || 1;
  const centre = {
    x: knownList.reduce((sum, p) => sum + p.x, 0) / n,
    y: knownList.reduce((sum, p) => sum + p.y, 0) / n,
  };
  const known = knownPx.map((p) =>
    p ? { x: (p.x - centre.x) / pxPerUnit, y: (p.y - centre.y) / pxPerUnit } : undefined,
  );
  const { xs, ys } = seedPositions(order, adjacency, known, mulberry32(options.seed ?? 1));
  return { order, adjacency, pairs, knownPx, isFixed, expand, pxPerUnit, centre, xs, ys };
}

/**
 * Median distance from a node to its nearest neighbour (over a sample of up to 1,000 nodes), using a
 * grid of about one node per cell so each lookup scans a few cells.
 */
export function medianNearest(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const n = xs.length;
  if (n < 2) return 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, xs[i]!);
    y0 = Math.min(y0, ys[i]!);
    x1 = Math.max(x1, xs[i]!);
    y1 = Math.max(y1, ys[i]!);
  }
  const cell = Math.sqrt(((x1 - x0) * (y1 - y0)) / n) || Math.max(x1 - x0, y1 - y0) / n || 1;
  const cols = Math.floor((x1 - x0) / cell) + 1;
  const grid = new Map<number, number[]>();
  const key = (cx: number, cy: number) => cy * cols + cx;
  for (let i = 0; i < n; i++) {
    const k = key(Math.floor((xs[i]! - x0) / cell), Math.floor((ys[i]! - y0) / cell));
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }
  const step = Math.max(1, Math.floor(n / 1000));
  const nearest: number[] = [];
  for (let i = 0; i < n; i += step) {
    const cx = Math.floor((xs[i]! - x0) / cell);
    const cy = Math.floor((ys[i]! - y0) / cell);
    let best = Infinity;
    // Widen the ring until the best candidate is nearer than anything the next ring could hold.
    for (let r = 1; r < 64 && best > (r - 1) * cell; r++) {
      for (let gx = cx - r; gx <= cx + r; gx++)
        for (let gy = cy - r; gy <= cy + r; gy++) {
          if (Math.max(Math.abs(gx - cx), Math.abs(gy - cy)) !== r && r > 1) continue;
          if (gx < 0 || gy < 0 || gx >= cols) continue;
          for (const j of grid.get(key(gx, gy)) ?? []) {
            if (j !== i) best = Math.min(best, Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!));
          }
        }
    }
    if (best < Infinity) nearest.push(best);
  }
  return median(nearest);
}

/**
 * Layout units to pixels. An expand is fitted onto the nodes already drawn by scale and offset (least
 * squares), so the picture the user knows stays put; otherwise the result is scaled so the median
 * nearest-neighbour gap is `spacing`, centred on the pins if any, else on the origin.
 */
function toPixels(prep: Prepared, xs: Float64Array, ys: Float64Array, spacing: number): Float64Array {
  const { order, knownPx, isFixed } = prep;
  const out = new Float64Array(order * 2);
  const known = [...Array(order).keys()].filter((i) => knownPx[i]);
  const mean = (v: (i: number) => number, of: number[]) => of.reduce((sum, i) => sum + v(i), 0) / of.length;
  let scale = 0;
  if (prep.expand) {
    const [px, py] = [mean((i) => xs[i]!, known), mean((i) => ys[i]!, known)];
    let num = 0;
    let den = 0;
    for (const i of known) {
      num +=
        (xs[i]! - px) * (knownPx[i]!.x - prep.centre.x) + (ys[i]! - py) * (knownPx[i]!.y - prep.centre.y);
      den += (xs[i]! - px) ** 2 + (ys[i]! - py) ** 2;
    }
    scale = den > 0 && num > 0 ? num / den : 0;
  }
  scale ||= spacing / (medianNearest(xs, ys) || NATURAL_GAP);
  const all = [...Array(order).keys()];
  const [ux, uy] = known.length
    ? [mean((i) => xs[i]!, known), mean((i) => ys[i]!, known)]
    : [mean((i) => xs[i]!, all), mean((i) => ys[i]!, all)];
  const dx = prep.centre.x - ux * scale;
  const dy = prep.centre.y - uy * scale;
  for (let i = 0; i < order; i++) {
    const pinned = isFixed[i] ? knownPx[i] : undefined;
    out[2 * i] = pinned ? pinned.x : xs[i]! * scale + dx;
    out[2 * i + 1] = pinned ? pinned.y : ys[i]! * scale + dy;
  }
  return out;
}

/**
 * The seed placement alone, in pixels: what to show at once while the worker lays the graph out. The
 * worker starts from the very same seed (same request, same PRNG seed).
 */
export function seedLayout(request: LayoutRequest): Float64Array {
  const prep = prepare(request);
  if (!prep.knownPx.some(Boolean)) return toPixels(prep, prep.xs, prep.ys, spacingOf(request));
  // Known positions stay exactly where they are; new nodes land in the same units next to them.
  const out = new Float64Array(prep.order * 2);
  for (let i = 0; i < prep.order; i++) {
    const p = prep.knownPx[i];
    out[2 * i] = p ? p.x : prep.xs[i]! * prep.pxPerUnit + prep.centre.x;
    out[2 * i + 1] = p ? p.y : prep.ys[i]! * prep.pxPerUnit + prep.centre.y;
  }
  return out;
}

const spacingOf = (request: LayoutRequest) => request.options?.spacing ?? DEFAULT_SPACING;

/**
 * Lays the graph out and returns pixel positions as [x0, y0, x1, y1, …] in the order of `nodes`.
 * Edges naming unknown nodes and self-loops are ignored (a layout has nothing to do with them).
 */
export function computeLayout(request: LayoutRequest): Float64Array {
  const prep = prepare(request);
  const { order, pairs, xs, ys, isFixed } = prep;
  if (!order) return new Float64Array(0);
  const { nodes, options = {} } = request;
  const graph = new MultiUndirectedGraph({ allowSelfLoops: false });
  nodes.forEach((id, i) => graph.addNode(id, { x: xs[i], y: ys[i], fixed: isFixed[i] }));
  for (const [a, b] of pairs) graph.addEdge(nodes[a]!, nodes[b]!);
  // An expand (most nodes drawn, some new) gets fewer iterations: the new nodes settle in while the
  // picture the user knows moves little. A re-layout of a fully drawn graph gets them all.
  const knownShare = prep.knownPx.filter(Boolean).length / order;
  const share = prep.expand && knownShare < 1 ? Math.max(0.25, 1 - knownShare) : 1;
  const iterations = Math.max(1, Math.round(iterationsFor(order) * share));
  const positions = forceAtlas2(graph, {
    iterations: options.iterations ?? iterations,
    settings: settingsFor(order),
    getEdgeWeight: null,
  });
  const rx = new Float64Array(order);
  const ry = new Float64Array(order);
  nodes.forEach((id, i) => {
    rx[i] = positions[id]!.x;
    ry[i] = positions[id]!.y;
  });
  return toPixels(prep, rx, ry, spacingOf(request));
}
