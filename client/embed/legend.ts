// The legend lists only the kinds of node the view shows, in the colours of the shared style.
import type { Core } from "cytoscape";
import { KIND_COLORS } from "../graph/style.ts";

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

export function renderLegend(list: HTMLElement, cy: Core): void {
  const keys = legendKeys(cy.nodes().map((n) => ({ kind: n.data("kind"), subtype: n.data("subtype") })));
  list.replaceChildren(
    ...keys.map((key) => {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = KIND_COLORS[key] ?? "#94a3b8";
      item.append(swatch, NAMES[key] ?? key);
      return item;
    }),
  );
  list.hidden = keys.length === 0;
}
