// The legend lists only the kinds of node the view shows, in the colours of the shared style, and for
// a who-met-whom view the corroboration shades its edges show.
import type { Core } from "cytoscape";
import { CORROBORATION, KIND_COLORS } from "../graph/style.ts";

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

/** Legend keys present in the graph: actors by subtype, everything else by kind. */
export function legendKeys(nodes: { kind: string; subtype: string | null }[]): string[] {
  const keys = new Set<string>();
  for (const n of nodes) keys.add(n.kind === "actor" ? (n.subtype ?? "person") : n.kind);
  return Object.keys(NAMES).filter((k) => keys.has(k));
}

/** The CORROBORATION levels (indexes) that edges with these numbers of sources fall in. */
export function corroborationLevels(sources: number[]): number[] {
  const levels = new Set<number>();
  for (const n of sources) {
    const level = CORROBORATION.findLastIndex((c) => n >= c.sources);
    levels.add(Math.max(0, level));
  }
  return [...levels].sort((a, b) => a - b);
}

function entry(name: string, color: string, line = false): HTMLLIElement {
  const item = document.createElement("li");
  const swatch = document.createElement("span");
  swatch.className = line ? "swatch line" : "swatch";
  swatch.style.background = color;
  item.append(swatch, name);
  return item;
}

export function renderLegend(list: HTMLElement, cy: Core): void {
  const keys = legendKeys(cy.nodes().map((n) => ({ kind: n.data("kind"), subtype: n.data("subtype") })));
  const met = cy.edges('[type = "MET"]');
  const levels = corroborationLevels(met.map((e) => Number(e.data("sources") ?? 1)));
  list.replaceChildren(
    ...keys.map((key) => entry(NAMES[key] ?? key, KIND_COLORS[key] ?? "#94a3b8")),
    // The colour as drawn, so the theme's shades show.
    ...levels.map((i) => {
      const edge = met.filter((e) => corroborationLevels([Number(e.data("sources") ?? 1)])[0] === i)[0]!;
      return entry(`met, ${CORROBORATION[i]!.label}`, String(edge.style("line-color")), true);
    }),
  );
  list.hidden = keys.length === 0;
}
