// Loading the graph the state asks for: the centre's neighbourhood, then what the user did to it, in
// order (expansions, folds, hides, pins, the path, the selection), so a shared link or a step Back
// redraws the same picture. Positions come from the link (`pos`), or, on Back and Forward, from the
// view as it was when every node of the new graph is already drawn; else the layout places them.
import type { ElementDefinition } from "cytoscape";
import type { GraphResponse } from "../../contract/graph.ts";
import { ApiError, fetchGraph } from "../api.ts";
import { branchesOf } from "../graph/collapse.ts";
import type { Point } from "../graph/fa2.ts";
import { nodeCount, placesBeforeDrawing } from "../graph/layout.ts";
import { showNewGraph } from "../graph/view.ts";
import { describeFailure, failureNotice, loaded, reloadWhenBack } from "../recovery.ts";
import { graphParams, type ExplorerState, type Extent } from "../state.ts";
import { clearPanel, openNode } from "./panel.ts";
import { fetchPath, highlightPath, layoutPath } from "./paths.ts";
import { markFolded, noteCapped, refreshDerived, summary, edgeLabels } from "./refresh.ts";
import type { Session } from "./session.ts";
import { say } from "./status.ts";
import { syncControls } from "./sync.ts";

// Which load() is the latest: an older one that fails late must not cover a newer graph.
let loads = 0;

/**
 * Draws the store's state afresh. `keepPositions` (Back and Forward): nodes stay where they are drawn
 * when the new graph has no node the view lacks.
 */
export async function load(s: Session, { keepPositions = false } = {}): Promise<void> {
  const mine = ++loads;
  say("Loading…");
  const state = s.store.update({ run: undefined }, "replace");
  s.queryResultShown = false;
  syncControls(s);
  try {
    const [main, ...expansions] = await Promise.all([
      fetchGraph(graphParams(state)),
      ...(state.expand ?? []).map((id) => fetchGraph(graphParams(state, [id]))),
    ]);
    const path = state.path ? await fetchPath(state.path) : undefined;
    if (mine !== loads) return;
    const elements = merge([main!, ...expansions], path?.elements ?? []);
    const placed = state.pos?.length
      ? new Map(state.pos.map((p) => [p.id, { x: p.x, y: p.y }]))
      : keepPositions
        ? drawnPositions(s, elements)
        : undefined;
    // Back, Forward and a link bring their own pins (replay); else pinned nodes keep their place.
    const keepPins = !keepPositions && !state.pos;
    if (!(await replaceGraph(s, elements, { placed, keepPins, replay: () => replay(s, state) }))) return;
    showGraphFailure(s);
    s.undo.length = 0;
    s.capped.clear();
    noteCapped(
      s,
      [main!, ...expansions].flatMap((g) => g.capped ?? []),
    );
    if (path) {
      if (!placed) layoutPath(s, path.paths);
      highlightPath(s, path.paths);
    }
    if (state.pos && state.extent) showExtent(s, state.extent);
    // The link's positions are drawn: the live URL goes on without them (they go stale as nodes move).
    if (state.pos || state.extent) s.store.update({ pos: undefined, extent: undefined }, "replace");
    const truncated = [main!, ...expansions].some((g) => g.truncated);
    say(elements.length ? summary(s, truncated) : "Nothing matches: widen the time range or the filters.");
    showCentre(s);
    void s.map?.refresh(); // #20 map: the same filters and time
    await showSelection(s, state);
  } catch (error) {
    if (mine !== loads) return;
    say(describeFailure(error), true);
    if (error instanceof ApiError) showGraphFailure(s, error);
  }
  document.body.dataset.ready = "true";
}

/** The view shows `extent` (a link's), whole and centred, as the view it was copied from did. */
function showExtent(s: Session, extent: Extent): void {
  const { cy } = s;
  const zoom = Math.min(cy.width() / (extent.x2 - extent.x1), cy.height() / (extent.y2 - extent.y1));
  cy.viewport({
    zoom,
    pan: {
      x: cy.width() / 2 - (zoom * (extent.x1 + extent.x2)) / 2,
      y: cy.height() / 2 - (zoom * (extent.y1 + extent.y2)) / 2,
    },
  });
}

/** The elements of several graph answers and a path, each once. */
function merge(graphs: GraphResponse[], extra: ElementDefinition[]): ElementDefinition[] {
  const seen = new Set<string>();
  const out: ElementDefinition[] = [];
  for (const e of [...graphs.flatMap((g) => g.elements), ...extra]) {
    const id = String(e.data.id);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(e);
  }
  return out;
}

/** Where the view draws the new graph's nodes, when it draws every one of them. */
function drawnPositions(s: Session, elements: ElementDefinition[]): Map<string, Point> | undefined {
  const placed = new Map<string, Point>();
  for (const e of elements) {
    if (e.data.source !== undefined) continue;
    const node = s.cy.getElementById(String(e.data.id));
    if (node.empty()) return undefined;
    placed.set(node.id(), { ...node.position() });
  }
  return placed;
}

/** The user's folds, hides and pins, on a graph just added (before its layout runs). */
function replay(s: Session, state: ExplorerState): void {
  const { cy } = s;
  for (const id of state.collapse ?? []) {
    const node = cy.getElementById(id);
    if (node.empty()) continue;
    const removed = branchesOf(node, new Set(state.center)).remove();
    markFolded(node, removed.nodes().length);
  }
  for (const id of state.hide ?? []) {
    const node = cy.getElementById(id);
    node.union(node.connectedEdges()).remove();
  }
  for (const { id, x, y } of state.pin ?? []) {
    const node = cy.getElementById(id);
    if (node.nonempty()) node.position({ x, y }).lock().addClass("pinned");
  }
}

/**
 * The selected node, selected, and read in the panel unless the panel reads it already (a correction's
 * "Saved" stays) or shows something else (a query, the review queue). A node the panel read that the
 * new graph lacks (#20: a filter took it away) leaves the panel to its hint.
 */
async function showSelection(s: Session, state: ExplorerState): Promise<void> {
  s.cy.$(":selected").unselect();
  const shown = s.panel.dataset.node;
  const node = state.select ? s.cy.getElementById(state.select) : undefined;
  if (node?.nonempty()) {
    node.select();
    const hint = s.panel.firstElementChild?.isEqualNode(s.panelHint) ?? false;
    if (hint || (shown !== undefined && shown !== node.id())) await openNode(s, node);
    return;
  }
  if (state.select) s.store.update({ select: undefined }, "replace");
  if (shown && s.cy.getElementById(shown).empty()) clearPanel(s);
}

/**
 * Replaces the view's graph with `elements` and lays it out (showNewGraph: a large graph is drawn once
 * the worker has placed it, the old view staying on screen meanwhile), or puts the nodes at `placed`.
 * Pinned nodes keep their place and pin. False when a newer load superseded this one.
 */
export async function replaceGraph(
  s: Session,
  elements: ElementDefinition[],
  {
    placed,
    keepPins = true,
    replay,
  }: { placed?: Map<string, Point>; keepPins?: boolean; replay?: () => void } = {},
): Promise<boolean> {
  const { cy } = s;
  const state = s.store.state;
  const pinned = keepPins
    ? cy.nodes(":locked").map((n) => ({ id: n.id(), position: { ...n.position() } }))
    : [];
  const count = nodeCount(elements);
  if (!placed && placesBeforeDrawing(state.layout, count)) say(`Laying out ${count} nodes…`);
  return showNewGraph(cy, {
    elements,
    layout: state.layout,
    labelled: edgeLabels(),
    pinned,
    placed,
    onAdded: () => {
      replay?.();
      refreshDerived(s, { fresh: true });
    },
  });
}

/**
 * The graph could not be loaded: over the view, why and Retry, and a reload once the database is back
 * (the overlay is outside Cytoscape's container, which would take clicks on it as taps). No error:
 * the overlay goes.
 */
export function showGraphFailure(s: Session, error?: unknown): void {
  document.querySelector(".graph-failure")?.remove();
  if (error === undefined) return loaded("graph");
  const notice = failureNotice(error, "the graph", () => void load(s));
  notice.classList.add("graph-failure");
  s.graph.after(notice);
  reloadWhenBack("graph", error, () => (notice.isConnected ? load(s) : undefined));
}

/**
 * The search box names what the graph is centred on, and is empty for the whole graph or a query's
 * result (it used to keep the last search's words over a graph that no longer had them as centre).
 * Left alone while the user types in it.
 */
export function showCentre(s: Session): void {
  const input = document.querySelector<HTMLInputElement>("#search")!;
  if (document.activeElement === input) return;
  const centres = s.queryResultShown
    ? []
    : s.store.state.center.map((id) => s.cy.getElementById(id)).filter((n) => n.nonempty());
  input.value = centres.map((n) => String(n.data("label"))).join(", ");
}
