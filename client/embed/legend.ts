// The legend lists only the kinds of node the view shows, in the colours of the shared style, and for
// a who-met-whom view the corroboration shades its edges show.
import type { Core, EdgeSingular } from "cytoscape";
import { CORROBORATION, KIND_COLORS, KIND_SHAPES } from "../graph/style.ts";
import { lineSwatch, nodeSwatch, type NodeShape } from "../graph/swatch.ts";

const NAMES: Record<string, string> = {
  person: "Person",
  organization: "Organization",
  state: "State",
  group: "Group",
  meeting: "Meeting",
  incident: "Incident",
  place: "Place",
  article: "Article",
};

/** A legend key's shape as style.ts draws it (articles have no shape of their own: Cytoscape's ellipse). */
function shapeOf(key: string): NodeShape {
  return key in KIND_SHAPES ? KIND_SHAPES[key as keyof typeof KIND_SHAPES] : "ellipse";
}

/** Legend keys present in the graph: actors by subtype, everything else by kind. */
export function legendKeys(nodes: { kind: string; subtype: string | null }[]): string[] {
  const keys = new Set<string>();
  for (const n of nodes) keys.add(n.kind === "actor" ? (n.subtype ?? "person") : n.kind);
  return Object.keys(NAMES).filter((k) => keys.has(k));
}

/** The CORROBORATION level (index) of an edge with this number of sources. */
function corroborationLevel(sources: number): number {
  return Math.max(
    0,
    CORROBORATION.findLastIndex((c) => sources >= c.sources),
  );
}

/** The CORROBORATION levels (indexes) that edges with these numbers of sources fall in. */
export function corroborationLevels(sources: number[]): number[] {
  return [...new Set(sources.map(corroborationLevel))].sort((a, b) => a - b);
}

/** A legend line: the sample (a node's shape, or an edge's line when `shape` is "line") and its name. */
function entry(name: string, color: string, shape: NodeShape | "line"): HTMLLIElement {
  const item = document.createElement("li");
  const swatch = document.createElement("span");
  swatch.className = shape === "line" ? "swatch line" : "swatch";
  item.append(shape === "line" ? lineSwatch(swatch, color) : nodeSwatch(swatch, color, shape), name);
  return item;
}

export function renderLegend(list: HTMLElement, cy: Core): void {
  const keys = legendKeys(cy.nodes().map((n) => ({ kind: n.data("kind"), subtype: n.data("subtype") })));
  const met = cy.edges('[type = "MET"]');
  const levels = corroborationLevels(met.map((e) => Number(e.data("sources") ?? 1)));
  // One edge of each level, whose colour as drawn (the theme's shade) is the swatch.
  const sample = new Map<number, EdgeSingular>();
  met.forEach((e) => {
    const level = corroborationLevel(Number(e.data("sources") ?? 1));
    if (!sample.has(level)) sample.set(level, e);
  });
  list.replaceChildren(
    ...keys.map((key) => entry(NAMES[key] ?? key, KIND_COLORS[key] ?? "#94a3b8", shapeOf(key))),
    ...levels.map((i) =>
      entry(`met, ${CORROBORATION[i]!.label}`, String(sample.get(i)!.style("line-color")), "line"),
    ),
  );
  list.hidden = keys.length === 0;
}
