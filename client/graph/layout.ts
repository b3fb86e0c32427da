// Layouts. fcose only where it is quick (it takes seconds from ~1,000 nodes); larger graphs fall
// back to concentric, which is linear. "time" places events by date from left to right.
import type { Core, LayoutOptions, NodeSingular } from "cytoscape";

export const FCOSE_MAX_NODES = 300;

export function runLayout(cy: Core, name: string, animate = true): void {
  const nodes = cy.nodes(":visible");
  if (name === "time") {
    timeLayout(cy);
    return;
  }
  const chosen = name === "fcose" && nodes.length > FCOSE_MAX_NODES ? "concentric" : name;
  const common = { animate: animate && nodes.length < 500, animationDuration: 300, fit: true, padding: 30 };
  const options: Record<string, LayoutOptions> = {
    fcose: {
      name: "fcose",
      ...common,
      quality: "default",
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
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
    .layout(options[chosen] ?? options.grid!)
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
