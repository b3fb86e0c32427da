// Level of detail: what a big graph gives up to stay smooth. Labels vanish when zoomed out (Cytoscape's
// min-zoomed-font-size), edges become straight haystack lines, and while the user pans or zooms the
// canvas shows a cached texture with edges hidden. WebGL only on a real GPU: on a software rasteriser
// (headless Chromium, SwiftShader, llvmpipe) it is slower than the 2D canvas.
import type { Core, CytoscapeOptions, StylesheetJson } from "cytoscape";

/** From this many visible nodes on, the cheap style and viewport optimisations apply. */
export const LOD_NODES = 500;

/** Added after the page's own stylesheet for large graphs, so these rules win. */
export const LARGE_GRAPH_STYLE: StylesheetJson = [
  // Haystack edges are straight lines between node centres: no control points, no bundling of parallel
  // edges, the cheapest edge Cytoscape draws.
  { selector: "edge", style: { "curve-style": "haystack", "haystack-radius": 0 } },
  // Labels are 9–11 px: drawn from ~90–110 % zoom up, not as an unreadable smear over thousands of nodes.
  { selector: "node", style: { "min-zoomed-font-size": 10 } },
  { selector: "edge.labelled", style: { "min-zoomed-font-size": 10 } },
];

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
  if (was === undefined) {
    // Style#json() exists at runtime (the stylesheet as plain rules) but is missing from the typings.
    cy.scratch(BASE, (cy.style() as unknown as { json(): StylesheetJson }).json());
    if (!large) return large;
  }
  const base = cy.scratch(BASE) as StylesheetJson;
  cy.style()
    .fromJson(large ? [...(base as object[]), ...(LARGE_GRAPH_STYLE as object[])] : base)
    .update();
  return large;
}
