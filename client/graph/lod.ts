// Level of detail: what a big graph gives up to stay smooth. Labels only where they can be read (on the
// nodes in view, zoomed in), edges become straight haystack lines, and while the user pans or zooms the
// canvas shows a cached texture with edges hidden. WebGL only on a real GPU: on a software rasteriser
// (headless Chromium, SwiftShader, llvmpipe) it is slower than the 2D canvas.
import type { Core, CytoscapeOptions, EventObject, StylesheetJson } from "cytoscape";

/** From this many visible nodes on, the cheap style and viewport optimisations apply. */
export const LOD_NODES = 500;

/** The class a large graph's nodes get while they show their label (see labelNodesInView). */
export const LABELLED_NODE = "label-on";

/** Added after the page's own stylesheet for large graphs, so these rules win. */
const LARGE_GRAPH_RULES: StylesheetJson = [
  // Haystack edges are straight lines between node centres: no control points, no bundling of parallel
  // edges, the cheapest edge Cytoscape draws.
  { selector: "edge", style: { "curve-style": "haystack", "haystack-radius": 0 } },
  // Labels are 9–11 px: drawn from ~90–110 % zoom up, not as an unreadable smear over thousands of nodes.
  { selector: `node.${LABELLED_NODE}`, style: { "min-zoomed-font-size": 10 } },
  { selector: "edge.labelled", style: { "min-zoomed-font-size": 10 } },
];

/** A node's label and how it is drawn. */
const LABEL_PROPERTY = /^(label$|color$|font-|text-|min-zoomed-font-size$)/;

/**
 * The page's stylesheet for a large graph: its node rules keep their label properties for the nodes
 * that show a label (LABELLED_NODE, given by labelNodesInView to the nodes in view), and the large-graph
 * rules come last, so they win. Cytoscape measures every label it holds before the first frame, and each
 * style property it sets on a node costs a bounds check and an event: ~0.4 s at 5,000 nodes for labels a
 * fitted view cannot show.
 */
export function largeGraphStyle(base: StylesheetJson): StylesheetJson {
  const rules: object[] = [];
  for (const rule of base as { selector: string; style: Record<string, unknown> }[]) {
    const parts = rule.selector.split(",").map((part) => part.trim());
    if (!parts.every((part) => part.startsWith("node"))) {
      rules.push(rule);
      continue;
    }
    const body: Record<string, unknown> = {};
    const label: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(rule.style))
      (LABEL_PROPERTY.test(name) ? label : body)[name] = value;
    if (Object.keys(body).length) rules.push({ selector: rule.selector, style: body });
    if (Object.keys(label).length)
      rules.push({ selector: parts.map((part) => `${part}.${LABELLED_NODE}`).join(", "), style: label });
  }
  return [...rules, ...(LARGE_GRAPH_RULES as object[])] as StylesheetJson;
}

/** 11 px labels reach the 10 px of min-zoomed-font-size from this zoom on; below it no label shows. */
const LABEL_ZOOM = 10 / 11;
/** After a pan or zoom settles: relabelling on every frame of a gesture would cost frames. */
const LABEL_DELAY_MS = 150;
const LABEL_FOLLOWER = "whometLabelFollower";

/**
 * Gives the nodes in view (and half a view around, so a short pan finds its labels there) the class
 * that shows their label, and takes it from the rest; none when zoomed out too far to read them.
 */
export function labelNodesInView(cy: Core): void {
  const labelled = cy.nodes(`.${LABELLED_NODE}`);
  if (cy.zoom() < LABEL_ZOOM) {
    if (labelled.nonempty()) labelled.removeClass(LABELLED_NODE);
    return;
  }
  const { x1, y1, x2, y2, w, h } = cy.extent();
  const inView = cy.nodes().filter((n) => {
    const { x, y } = n.position();
    return x >= x1 - w / 2 && x <= x2 + w / 2 && y >= y1 - h / 2 && y <= y2 + h / 2;
  });
  cy.batch(() => {
    labelled.not(inView).removeClass(LABELLED_NODE);
    inView.not(labelled).addClass(LABELLED_NODE);
  });
}

/** Keeps labels on the nodes in view while the graph is large (on), or stops and clears them (off). */
function followLabels(cy: Core, on: boolean): void {
  const follower = cy.scratch(LABEL_FOLLOWER) as ((event: EventObject) => void) | undefined;
  if (on && !follower) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!cy.destroyed()) labelNodesInView(cy);
      }, LABEL_DELAY_MS);
    };
    cy.scratch(LABEL_FOLLOWER, schedule);
    cy.on("viewport layoutstop", schedule);
  } else if (!on && follower) {
    cy.off("viewport layoutstop", follower);
    cy.removeScratch(LABEL_FOLLOWER);
    cy.nodes(`.${LABELLED_NODE}`).removeClass(LABELLED_NODE);
  }
}

let gpu: boolean | undefined;

/** True when WebGL runs on a hardware GPU (not a software fallback). Probed once. */
export function hasRealGpu(): boolean {
  if (gpu !== undefined) return gpu;
  gpu = false;
  try {
    const canvas = document.createElement("canvas");
    // failIfMajorPerformanceCaveat: the browser refuses a context it would emulate in software.
    const gl = canvas.getContext("webgl2", { failIfMajorPerformanceCaveat: true });
    if (gl) {
      const info = gl.getExtension("WEBGL_debug_renderer_info");
      const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
      gpu = !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
      gl.getExtension("WEBGL_lose_context")?.loseContext();
    }
  } catch {
    gpu = false;
  }
  return gpu;
}

/**
 * Renderer options for `cytoscape({...})`. `expectedNodes` is the largest graph the view may show; the
 * explorer does not know it up front, so by default it allows for a large one. Only WebGL is fixed at
 * construction: the viewport flags and pixel ratio follow the graph via applyLevelOfDetail().
 */
export function lodOptions(expectedNodes = Infinity): Partial<CytoscapeOptions> & { webgl?: boolean } {
  const large = expectedNodes >= LOD_NODES;
  return {
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    motionBlur: false,
    ...(large && hasRealGpu() ? { webgl: true } : {}),
  };
}

// The canvas renderer reads these fields on every frame, so setting them later takes effect at once.
interface CanvasRenderer {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
  forcedPixelRatio?: number | null;
}

const BASE = "whometLodBase";
const MODE = "whometLod";
const RATIO = "whometLodRatio";

/**
 * Switches a view between the full and the cheap drawing as its visible node count crosses LOD_NODES.
 * The page's own stylesheet is kept on the first switch and restored when the graph is small again.
 * Returns whether the graph counts as large.
 */
export function applyLevelOfDetail(cy: Core, nodeCount = cy.nodes(":visible").length): boolean {
  const large = nodeCount >= LOD_NODES;
  const mode = large ? "large" : "small";
  const renderer = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
  if (renderer && "textureOnViewport" in renderer) {
    renderer.textureOnViewport = large;
    renderer.hideEdgesOnViewport = large;
    // A hi-DPI screen draws 4× the pixels; for thousands of nodes 1:1 is the better trade. The page's
    // own ratio is kept aside and put back when the graph is small again.
    const forced = cy.scratch(RATIO) as { ratio: number | null } | undefined;
    if (large && !forced && window.devicePixelRatio !== 1) {
      cy.scratch(RATIO, { ratio: renderer.forcedPixelRatio ?? null });
      renderer.forcedPixelRatio = 1;
      cy.resize();
    } else if (!large && forced) {
      cy.removeScratch(RATIO);
      renderer.forcedPixelRatio = forced.ratio;
      cy.resize();
    }
  }
  const was = cy.scratch(MODE) as string | undefined;
  if (was === mode) return large;
  cy.scratch(MODE, mode);
  followLabels(cy, large);
  if (was === undefined) {
    // Style#json() exists at runtime (the stylesheet as plain rules) but is missing from the typings.
    cy.scratch(BASE, (cy.style() as unknown as { json(): StylesheetJson }).json());
    if (!large) return large;
  }
  const base = cy.scratch(BASE) as StylesheetJson;
  cy.style()
    .fromJson(large ? largeGraphStyle(base) : base)
    .update();
  return large;
}

/**
 * Runs `draw` with every node's label on, then puts the view's labels back as they were. For images of
 * the whole graph (PNG, SVG exports): on screen a large graph labels only the nodes in view, but an
 * image is read at its own scale. The nodes without a label are restyled twice, on and off.
 */
export function withAllLabels<T>(cy: Core, draw: () => T): T {
  if (cy.scratch(MODE) !== "large") return draw();
  const unlabelled = cy.nodes().not(`.${LABELLED_NODE}`);
  unlabelled.addClass(LABELLED_NODE);
  // Where a label goes is computed before the next frame; an image drawn before it would leave the new
  // labels out. Cytoscape's own frame does the same.
  (cy as unknown as { renderer(): { flushRenderedStyleQueue?(): void } })
    .renderer()
    .flushRenderedStyleQueue?.();
  try {
    return draw();
  } finally {
    unlabelled.removeClass(LABELLED_NODE);
  }
}
