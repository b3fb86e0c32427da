// The explorer's Cytoscape view, built in one place for the page (client/main.ts) and the client bench,
// so the bench measures what users get.
import cytoscape, { type CollectionArgument, type Core, type ElementDefinition } from "cytoscape";
import { withDerived } from "./derived.ts";
import type { Point } from "./fa2.ts";
import { nodeCount, placesBeforeDrawing, runLayout } from "./layout.ts";
import { keepLabelsReadable } from "./label-floor.ts";
import { applyLevelOfDetail, lodOptions } from "./lod.ts";
import { graphStyle } from "./style.ts";
import { LayoutCancelledError, placeGraph, showPlaced } from "./worker-layout.ts";

/** Fitting a handful of nodes would blow them up to poster size: a fit goes no closer than this. */
const FIT_MAX_ZOOM = 1.4;

export function createExplorerView(container: HTMLElement): Core {
  const cy = cytoscape({
    container,
    style: graphStyle,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    // WebGL only where there is a real GPU; the viewport flags then follow the graph's size.
    ...lodOptions(),
  });
  cy.on("layoutstop", () => {
    if (cy.zoom() > FIT_MAX_ZOOM) {
      cy.zoom(FIT_MAX_ZOOM);
      cy.center(cy.elements(":visible"));
    }
  });
  keepSelectionInView(cy, container);
  // #20: labels never drawn smaller than a readable floor; the most connected first when crowded.
  keepLabelsReadable(cy);
  return cy;
}

/**
 * When the view's box changes (on a narrow screen the side panel opens below the graph and takes
 * half of it), the selected element is brought back into view if it left it.
 */
function keepSelectionInView(cy: Core, container: HTMLElement): void {
  new ResizeObserver(() => {
    if (cy.destroyed()) return;
    cy.resize();
    const selected = cy.$(":selected");
    if (selected.empty()) return;
    const box = selected.renderedBoundingBox();
    const inView = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    if (!inView) cy.animate({ center: { eles: selected } }, { duration: 200 });
  }).observe(container);
}

/**
 * Adds a new graph to an emptied view: the stylesheet for its size first and the derived data on the
 * definitions, so thousands of elements are styled once, not twice. Nodes go in and are styled before
 * their edges: for each style property it sets on a node, Cytoscape walks the node's edges (measured at
 * 5,000 nodes and 10,000 edges: ~0.5 s of the first view), and a node without edges yet has none to walk.
 */
export function addNewGraph(cy: Core, elements: ElementDefinition[], labelled: boolean): void {
  applyLevelOfDetail(cy, nodeCount(elements));
  const definitions = withDerived(elements, labelled);
  const isNode = (e: ElementDefinition) => e.data.source === undefined;
  computeStyles(cy.add(definitions.filter(isNode)));
  cy.add(definitions.filter((e) => !isNode(e)));
}

/**
 * Computes the elements' styles now. Cytoscape styles lazily, on first use (usually the next frame);
 * reading one property computes them all.
 */
function computeStyles(elements: CollectionArgument): void {
  elements.forEach((e) => void e.style("display"));
}

export interface NewGraph {
  elements: ElementDefinition[];
  /** The layout's name (layout.ts). */
  layout: string;
  /** Edge labels shown. */
  labelled: boolean;
  /** Nodes that keep their place and pin, when the new graph has them. */
  pinned?: { id: string; position: Point }[];
  /** Runs once the new elements are in the view, before its layout (the explorer's derived data). */
  onAdded?(): void;
  /** Where the nodes go instead of a layout (a shared link's positions); others join their neighbours. */
  placed?: ReadonlyMap<string, Point>;
}

/**
 * Replaces the view's graph with a new one and lays it out. False when a newer layout of the view
 * superseded this one (the view is then left to it).
 *
 * A graph the worker lays out (placesBeforeDrawing) is added and styled while the worker computes, so
 * the two share the machine's cores instead of taking turns (measured at 5,000 nodes: adding and styling
 * ~1.3 s, ForceAtlas2 ~1 s). Drawing is held meanwhile (a Cytoscape batch: its render loop skips
 * frames), so the graph is drawn once, in place, and the old view stays on screen until then. The page
 * paints once before the adding starts, so what the caller said ("Laying out N nodes…") shows while
 * it blocks.
 */
export async function showNewGraph(cy: Core, graph: NewGraph): Promise<boolean> {
  const pinned = graph.pinned ?? [];
  const placing =
    !graph.placed && placesBeforeDrawing(graph.layout, nodeCount(graph.elements))
      ? placeGraph(cy, graph.elements, { fixed: Object.fromEntries(pinned.map((p) => [p.id, p.position])) })
      : undefined;
  // Handled below, after the synchronous work: a worker error must not count as unhandled meanwhile.
  let superseded = false;
  placing?.catch((error: unknown) => void (superseded = error instanceof LayoutCancelledError));
  // Until the worker's positions come, the view holds the new elements where they were added (all at
  // the origin) while the screen still shows the old graph: a click would hit a node nobody can see.
  let release: (() => void) | undefined;
  if (placing) {
    release = holdInput(cy);
    await paintedFrame();
    if (superseded) {
      release();
      return false;
    }
  }
  cy.elements().remove();
  addNewGraph(cy, graph.elements, graph.labelled);
  for (const { id, position } of pinned) {
    const node = cy.getElementById(id);
    if (node.nonempty()) node.position(position).lock().addClass("pinned");
  }
  if (graph.placed) placeNodes(cy, graph.placed);
  graph.onAdded?.();
  if (graph.placed) {
    cy.fit(cy.elements(":visible"), 30);
    if (cy.zoom() > FIT_MAX_ZOOM) {
      cy.zoom(FIT_MAX_ZOOM);
      cy.center(cy.elements(":visible"));
    }
    return true;
  }
  if (!placing) {
    runLayout(cy, graph.layout, false);
    return true;
  }
  // Styled now, the edges overlap the worker; left to the first frame, they would follow it.
  computeStyles(cy.edges());
  applyLevelOfDetail(cy);
  let placed: Map<string, Point> | undefined;
  cy.startBatch();
  try {
    placed = await placing;
    cy.nodes().positions((node) => placed!.get(node.id()) ?? node.position());
  } catch (error) {
    if (error instanceof LayoutCancelledError) return false;
    // runLayout tries the worker again and falls back to concentric.
    console.warn("worker layout failed before drawing", error);
  } finally {
    cy.endBatch();
    release?.();
  }
  if (placed) showPlaced(cy);
  else runLayout(cy, graph.layout, false);
  return true;
}

/** Nodes at the given positions; a node without one at the middle of its placed neighbours. */
function placeNodes(cy: Core, placed: ReadonlyMap<string, Point>): void {
  cy.nodes().forEach((node) => {
    const at = placed.get(node.id());
    if (at) return void node.position(at);
    const near = node
      .neighborhood("node")
      .map((n) => placed.get(n.id()))
      .filter((p): p is Point => p !== undefined);
    if (near.length)
      node.position({
        x: near.reduce((sum, p) => sum + p.x, 0) / near.length,
        y: near.reduce((sum, p) => sum + p.y, 0) / near.length + 40,
      });
  });
}

/** Resolves once the browser has painted a frame (a requestAnimationFrame callback runs before it). */
function paintedFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const INPUT_HOLDER = "whometInputHolder";

/**
 * Takes pointer input away from the view (and says it is busy) until the returned function runs. A
 * newer hold supersedes an older one: releasing the older then leaves the newer in place.
 */
function holdInput(cy: Core): () => void {
  const container = cy.container();
  const hold = Symbol("input hold");
  cy.scratch(INPUT_HOLDER, hold);
  container?.setAttribute("aria-busy", "true");
  if (container) container.style.pointerEvents = "none";
  return () => {
    if (cy.scratch(INPUT_HOLDER) !== hold) return;
    cy.removeScratch(INPUT_HOLDER);
    container?.removeAttribute("aria-busy");
    if (container) container.style.pointerEvents = "";
  };
}
