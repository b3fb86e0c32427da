// Layouts. fcose only where it is quick: it runs on the main thread and blocks the page for hundreds of
// ms from a few hundred nodes. Larger graphs get ForceAtlas2 in a Web Worker (worker-layout.ts), applied
// when done; should the worker fail, concentric (linear) stands in. "time" places events by date.
import type { Core, EdgeSingular, ElementDefinition, LayoutOptions, NodeSingular } from "cytoscape";
import type { Point } from "./fa2.ts";
import { applyLevelOfDetail } from "./lod.ts";
import { cancelWorkerLayout, layoutInWorker, LayoutCancelledError } from "./worker-layout.ts";

/**
 * Above this many visible nodes "fcose" means the worker layout. Measured (`npm run bench -- client`,
 * scale-free graphs, headless Chromium on 2 slow cores): fcose blocks the main thread ~0.4 s at 200
 * nodes, ~0.9 s at 300 and ~3 s at 600, while the worker answers 300 nodes in ~0.35 s with the page
 * blocked ≤ 0.12 s (drawing, not layout). fcose stays for small neighbourhoods, where it looks best.
 */
export const FCOSE_MAX_NODES = 200;

/** Nodes of a set of element definitions (edges carry a source). */
export function nodeCount(elements: ElementDefinition[]): number {
  return elements.filter((e) => e.data.source === undefined).length;
}

/** Whether a new graph of `nodes` nodes is placed by the worker before it is drawn (showNewGraph). */
export function placesBeforeDrawing(layout: string, nodes: number): boolean {
  return layout === "fcose" && nodes > FCOSE_MAX_NODES;
}

export function runLayout(cy: Core, name: string, animate = true): void {
  const nodes = cy.nodes(":visible");
  applyLevelOfDetail(cy, nodes.length);
  // Whatever layout runs now supersedes a worker layout still computing.
  cancelWorkerLayout(cy);
  if (name === "time") {
    timeLayout(cy);
    return;
  }
  if (name === "fcose" && nodes.length > FCOSE_MAX_NODES) {
    layoutInWorker(cy, animate ? { nodes } : { nodes, animate: false }).catch((error: unknown) => {
      if (error instanceof LayoutCancelledError) return;
      console.warn("worker layout failed, using concentric instead", error);
      runLayout(cy, "concentric", animate);
    });
    return;
  }
  const common = { animate: animate && nodes.length < 500, animationDuration: 300, fit: true, padding: 30 };
  // fcose lays out every node and then leaves pinned ones where they are, which pulls the rest apart
  // from them; told where the pins are, it builds the layout around them.
  const pins: { nodeId: string; position: Point }[] = [];
  nodes.forEach((n) => void (n.locked() && pins.push({ nodeId: n.id(), position: { ...n.position() } })));
  const options: Record<string, LayoutOptions> = {
    fcose: {
      name: "fcose",
      ...common,
      quality: "default",
      nodeRepulsion: () => 9000,
      // Who-met-whom pairs join two large actors whose labels sit below them: longer edges keep the
      // labels off the lines.
      idealEdgeLength: (edge: EdgeSingular) => (edge.data("type") === "MET" ? 150 : 90),
      ...(pins.length ? { fixedNodeConstraint: pins } : {}),
    } as LayoutOptions,
    concentric: {
      name: "concentric",
      ...common,
      minNodeSpacing: 12,
      concentric: (n: NodeSingular) => n.degree(false),
      levelWidth: () => 2,
    } as LayoutOptions,
    breadthfirst: { name: "breadthfirst", ...common, spacingFactor: 1.1 } as LayoutOptions,
    grid: { name: "grid", ...common, avoidOverlap: true } as LayoutOptions,
  };
  cy.elements(":visible")
    .layout(options[name] ?? options.grid!)
    .run();
}

/** x = date (one column per day), rows alternate; actors sit at the mean x of their events. */
function timeLayout(cy: Core): void {
  const events = cy.nodes('[kind = "meeting"], [kind = "incident"]').filter((n) => Boolean(n.data("date")));
  const days = [...new Set(events.map((n) => String(n.data("date"))))].sort();
  const xOf = new Map(days.map((d, i) => [d, i * 160]));
  const perDay = new Map<string, number>();
  const positions: Record<string, { x: number; y: number }> = {};
  events.forEach((n) => {
    const day = String(n.data("date"));
    const k = perDay.get(day) ?? 0;
    perDay.set(day, k + 1);
    positions[n.id()] = { x: xOf.get(day)!, y: 120 + k * 70 };
  });
  let row = 0;
  cy.nodes().forEach((n) => {
    if (positions[n.id()]) return;
    const linked = n.neighborhood("node").filter((m) => Boolean(positions[m.id()]));
    const x = linked.length
      ? linked.reduce((sum, m) => sum + positions[m.id()]!.x, 0) / linked.length
      : (row % 8) * 90;
    positions[n.id()] = { x, y: -60 - (row++ % 4) * 55 };
  });
  cy.layout({
    name: "preset",
    positions: (n: NodeSingular) => positions[n.id()]!,
    fit: true,
    padding: 30,
    animate: true,
    animationDuration: 300,
  } as LayoutOptions).run();
}
