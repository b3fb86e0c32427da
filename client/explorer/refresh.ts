// Keeping the view's derived looks in step with its elements: degree and edge labels, lone nodes
// hidden, the level of detail, the capped-node rings, and the summary the status line gives.
import type { NodeSingular } from "cytoscape";
import type { CappedNode } from "../../contract/graph.ts";
import { loneNodes, refreshDerivedData } from "../graph/derived.ts";
import { applyLevelOfDetail } from "../graph/lod.ts";
import { applyStyleRule } from "../graph/style-rules.ts";
import { renderStyleLegend } from "../panels/style-menu.ts";
import { linksFiltered } from "../state.ts";
import type { Session } from "./session.ts";
import { count } from "./status.ts";

/** Whether edge labels are on (the toggle in the toolbar). */
export const edgeLabels = () => document.querySelector<HTMLInputElement>("#edge-labels")!.checked;

/**
 * Derived data (degree, edge labels), lone nodes and the level of detail, after the graph changed. A
 * graph showNewGraph just added got its derived data with its definitions: `fresh` skips recounting it
 * (~80 ms at 5,000 nodes and 10,000 edges).
 */
export function refreshDerived(s: Session, { fresh = false } = {}): void {
  const { cy } = s;
  const state = s.store.state;
  cy.batch(() => {
    if (!fresh) refreshDerivedData(cy, edgeLabels());
    loneNodes(cy, '[kind = "actor"]', state.center).style(
      "display",
      state.lone || s.queryResultShown ? "element" : "none",
    );
    // With some link types left out, events and places they linked are left out too.
    if (linksFiltered(state) && !s.queryResultShown)
      loneNodes(cy, '[kind != "actor"]', state.center).style("display", "none");
  });
  // Cheap edges, hidden small labels and a texture while panning once the view is large.
  applyLevelOfDetail(s.cy);
  applyStyling(s);
}

/** #20 styling rules: sizes and colours by a property of the elements shown, and their legend entries. */
export function applyStyling(s: Session): void {
  s.styleRanges = applyStyleRule(s.cy, s.store.state.style);
  renderStyleLegend(document.querySelector<HTMLElement>("#legend")!, s.styleRanges);
}

export function noteCapped(s: Session, cut: CappedNode[]): void {
  for (const c of cut) {
    const shown = Math.max(c.shown, s.capped.get(c.id)?.shown ?? 0);
    if (shown < c.total) s.capped.set(c.id, { ...c, shown });
    else s.capped.delete(c.id);
  }
  s.cy.batch(() => s.cy.nodes().forEach((n) => void n.toggleClass("capped", s.capped.has(n.id()))));
}

export function cappedNote(s: Session, node: NodeSingular): string {
  const c = s.capped.get(node.id());
  return c ? ` — ${c.shown} of its ${c.total} events shown` : "";
}

/** What the view shows, for the status line. */
export function summary(s: Session, truncated: boolean): string {
  const visible = s.cy.nodes(":visible");
  const actors = visible.filter('[kind = "actor"]').length;
  const meetings = visible.filter('[kind = "meeting"]').length;
  const incidents = visible.filter('[kind = "incident"]').length;
  const parts = [count(actors, "actor")];
  if (s.store.state.view === "whomet") parts.push(`${count(s.cy.edges().length, "pair")} who met`);
  else parts.push(count(meetings, "meeting"), count(incidents, "incident"));
  const capped = s.capped.size;
  return (
    parts.join(", ") +
    (truncated ? " — the result was cut at the limit; narrow the filters or pick a centre" : "") +
    (capped
      ? ` — ${capped} node${capped === 1 ? " has" : "s have"} more events than shown (double ring; "Show more" in its menu)`
      : "")
  );
}

/** Marks a node whose branches were folded away with "+N" after its label (#20). */
export function markFolded(node: NodeSingular, folded: number): void {
  const total = Number(node.data("folded") ?? 0) + folded;
  if (total > 0) node.data({ folded: total, foldedLabel: `${String(node.data("label"))} +${total}` });
  else node.removeData("folded foldedLabel");
}
