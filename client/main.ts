// The explorer page: search, expand, read provenance, filter by kind, sources and time, switch to the
// who-met-whom view, lay out, export and share. State lives in the URL (client/state.ts).
import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeSingular,
  type EdgeSingular,
} from "cytoscape";
import fcose from "cytoscape-fcose";
import svg from "cytoscape-svg";
import type { CappedNode } from "../contract/graph.ts";
import type { PathsResponse } from "../contract/paths.ts";
import type { QueryResult } from "../contract/queries.ts";
import type { Day } from "../contract/timeline.ts";
import type { ViewResponse } from "../contract/views.ts";
import { api, ApiError, fetchGraph } from "./api.ts";
import { mountEmbedButton } from "./embed/share.ts";
import { branchesOf } from "./graph/collapse.ts";
import { loneNodes, refreshDerivedData } from "./graph/derived.ts";
import { exportView } from "./graph/export.ts";
import { nodeCount, placesBeforeDrawing, runLayout } from "./graph/layout.ts";
import { applyLevelOfDetail } from "./graph/lod.ts";
import { createExplorerView, showNewGraph } from "./graph/view.ts";
import { mountContextMenu, type MenuAction } from "./panels/context-menu.ts";
import { mountCountryView } from "./panels/country-view.ts";
import { showNode, showPair } from "./panels/details.ts";
import { renderLegend } from "./panels/legend.ts";
import { showQueries } from "./panels/queries.ts";
import { mountNodeReview, showReview } from "./panels/review.ts";
import { mountSearch } from "./panels/search.ts";
import { drawTimeline, loadTimeline, showTimelineFailure } from "./panels/timeline.ts";
import { describeFailure, failureNotice, loaded, reloadWhenBack } from "./recovery.ts";
import { onShortcut } from "./shortcuts.ts";
import { mountMapMode } from "./map/map-mode.ts";
import {
  graphParams,
  linksFiltered,
  readState,
  writeState,
  type ExplorerState,
  type QueryRun,
} from "./state.ts";

cytoscape.use(fcose);
cytoscape.use(svg);

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const status = $<HTMLElement>("#status");
const panel = $<HTMLElement>("#panel");
// What the panel says before anything is picked (index.html), shown again when its node goes.
const panelHint = panel.firstElementChild!.cloneNode(true);

type Step = { added: string[] } | { removed: cytoscape.CollectionReturnValue };

let state: ExplorerState = readState(location.search);
let days: Day[] = [];
const history: Step[] = [];
let pathFrom: { id: string; label: string } | undefined;
// A query's result shows every node it returned, linked or not.
let queryResultShown = false;
// Nodes with more events than the API took from them; "Show more" fetches the next ones.
const capped = new Map<string, CappedNode>();
const SHOW_MORE_STEP = 50;

const cy: Core = createExplorerView($("#graph"));
(window as unknown as { cy: Core }).cy = cy;

function say(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle("error", error);
}

/** A failed action in words for the status line. */
function explain(error: unknown): string {
  const words = describeFailure(error);
  return error instanceof ApiError && error.retriable ? `${words} Try again in a moment.` : words;
}

/**
 * The graph could not be loaded: over the view, why and Retry, and a reload once the database is back
 * (the overlay is outside Cytoscape's container, which would take clicks on it as taps). No error:
 * the overlay goes.
 */
function showGraphFailure(error?: unknown): void {
  document.querySelector(".graph-failure")?.remove();
  if (error === undefined) return loaded("graph");
  const notice = failureNotice(error, "the graph", () => void load());
  notice.classList.add("graph-failure");
  $("#graph").after(notice);
  reloadWhenBack("graph", error, () => (notice.isConnected ? load() : undefined));
}

/** The side panel could not load what was asked: it says why, offers Retry, and reloads by itself. */
function showPanelFailure(error: unknown, what: string, reopen: () => Promise<unknown>): void {
  const notice = failureNotice(error, what, () => void reopen());
  panel.replaceChildren(notice);
  // Unless the panel went on to show something else meanwhile.
  reloadWhenBack("panel", error, () => (panel.contains(notice) ? reopen() : undefined));
}

function saveUrl(): void {
  const url = `${location.pathname}${writeState(state)}`;
  if (url !== `${location.pathname}${location.search}`) window.history.replaceState(null, "", url);
}

/** Whether edge labels are on (the toggle in the toolbar). */
const edgeLabels = () => $<HTMLInputElement>("#edge-labels").checked;

/**
 * Derived data (degree, edge labels), lone nodes and the level of detail, after the graph changed. A
 * graph showNewGraph just added got its derived data with its definitions: `fresh` skips recounting it
 * (~80 ms at 5,000 nodes and 10,000 edges).
 */
function refreshDerived({ fresh = false } = {}): void {
  cy.batch(() => {
    if (!fresh) refreshDerivedData(cy, edgeLabels());
    loneNodes(cy, '[kind = "actor"]', state.center).style(
      "display",
      state.lone || queryResultShown ? "element" : "none",
    );
    // With some link types left out, events and places they linked are left out too.
    if (linksFiltered(state) && !queryResultShown)
      loneNodes(cy, '[kind != "actor"]', state.center).style("display", "none");
  });
  // Cheap edges, hidden small labels and a texture while panning once the view is large.
  applyLevelOfDetail(cy);
}

/** "1 meeting", "2 meetings". */
function count(n: number, one: string): string {
  return `${n} ${n === 1 ? one : `${one}s`}`;
}

function summary(truncated: boolean): string {
  const visible = cy.nodes(":visible");
  const actors = visible.filter('[kind = "actor"]').length;
  const meetings = visible.filter('[kind = "meeting"]').length;
  const incidents = visible.filter('[kind = "incident"]').length;
  const parts = [count(actors, "actor")];
  if (state.view === "whomet") parts.push(`${count(cy.edges().length, "pair")} who met`);
  else parts.push(count(meetings, "meeting"), count(incidents, "incident"));
  return (
    parts.join(", ") +
    (truncated ? " — the result was cut at the limit; narrow the filters or pick a centre" : "") +
    (capped.size
      ? ` — ${capped.size} node${capped.size === 1 ? " has" : "s have"} more events than shown (double ring; "Show more" in its menu)`
      : "")
  );
}

/**
 * The search box names what the graph is centred on, and is empty for the whole graph or a query's
 * result (it used to keep the last search's words over a graph that no longer had them as centre).
 * Left alone while the user types in it.
 */
function showCentre(): void {
  const input = $<HTMLInputElement>("#search");
  if (document.activeElement === input) return;
  const centres = queryResultShown
    ? []
    : state.center.map((id) => cy.getElementById(id)).filter((n) => n.nonempty());
  input.value = centres.map((n) => String(n.data("label"))).join(", ");
}

// Which load() is the latest: an older one that fails late must not cover a newer graph.
let loads = 0;

async function load(): Promise<void> {
  const mine = ++loads;
  say("Loading…");
  state = { ...state, run: undefined };
  queryResultShown = false;
  saveUrl();
  syncControls();
  try {
    const { elements, truncated, capped: cut = [] } = await fetchGraph(graphParams(state));
    if (!(await replaceGraph(elements))) return;
    showGraphFailure();
    history.length = 0;
    capped.clear();
    noteCapped(cut);
    say(elements.length ? summary(truncated) : "Nothing matches: widen the time range or the filters.");
    showCentre();
    void mapMode.refresh(); // #20 map: the same filters and time
  } catch (error) {
    if (mine !== loads) return;
    say(describeFailure(error), true);
    if (error instanceof ApiError) showGraphFailure(error);
  }
  document.body.dataset.ready = "true";
}

/**
 * Replaces the view's graph with `elements` and lays it out (showNewGraph: a large graph is drawn once
 * the worker has placed it, the old view staying on screen meanwhile). Pinned nodes keep their place
 * and pin. False when a newer load superseded this one (the view is then left to it).
 */
async function replaceGraph(elements: ElementDefinition[]): Promise<boolean> {
  const pinned = cy.nodes(":locked").map((n) => ({ id: n.id(), position: { ...n.position() } }));
  const count = nodeCount(elements);
  if (placesBeforeDrawing(state.layout, count)) say(`Laying out ${count} nodes…`);
  return showNewGraph(cy, {
    elements,
    layout: state.layout,
    labelled: edgeLabels(),
    pinned,
    onAdded: () => refreshDerived({ fresh: true }),
  });
}

function noteCapped(cut: CappedNode[]): void {
  for (const c of cut) {
    const shown = Math.max(c.shown, capped.get(c.id)?.shown ?? 0);
    if (shown < c.total) capped.set(c.id, { ...c, shown });
    else capped.delete(c.id);
  }
  cy.batch(() => cy.nodes().forEach((n) => void n.toggleClass("capped", capped.has(n.id()))));
}

function cappedNote(node: NodeSingular): string {
  const c = capped.get(node.id());
  return c ? ` — ${c.shown} of its ${c.total} events shown` : "";
}

/** The next newest events of a node the API capped: a larger per-node cap, fresh elements added. */
async function showMore(node: NodeSingular): Promise<void> {
  const c = capped.get(node.id());
  if (!c) return;
  say(`Loading more of ${node.data("label")}…`);
  try {
    const perNode = Math.min(1000, c.shown + SHOW_MORE_STEP);
    const body = await fetchGraph({ ...graphParams(state, [node.id()]), perNode });
    const added = cy.add(body.elements.filter((e) => cy.getElementById(String(e.data.id)).empty()));
    history.push({ added: added.map((e) => e.id()) });
    const own = body.capped?.find((x) => x.id === node.id());
    if (own) capped.set(node.id(), { ...own, shown: Math.max(own.shown, perNode) });
    else capped.delete(node.id());
    noteCapped((body.capped ?? []).filter((x) => x.id !== node.id()));
    cy.batch(() => void node.toggleClass("capped", capped.has(node.id())));
    refreshDerived();
    runLayout(cy, state.layout);
    say(`${added.nodes().length} more nodes around ${node.data("label")}${cappedNote(node)}`);
  } catch (error) {
    say(explain(error), true);
  }
}

async function expand(node: NodeSingular): Promise<void> {
  say(`Expanding ${node.data("label")}…`);
  try {
    const { elements, truncated, capped: cut = [] } = await fetchGraph(graphParams(state, [node.id()]));
    const fresh = elements.filter((e: ElementDefinition) => cy.getElementById(String(e.data.id)).empty());
    const added = cy.add(fresh);
    history.push({ added: added.map((e) => e.id()) });
    noteCapped(cut);
    refreshDerived();
    runLayout(cy, state.layout);
    say(
      `${count(added.nodes().length, "new node")} around ${node.data("label")}${truncated ? " (cut at the limit)" : ""}${cappedNote(node)}`,
    );
    // Its actions in the side panel change with what it brought in (Collapse).
    if (panel.dataset.node === node.id()) void openNode(node);
  } catch (error) {
    say(explain(error), true);
  }
}

function hide(node: NodeSingular): void {
  const shown = panel.dataset.node === node.id();
  history.push({ removed: node.union(node.connectedEdges()).remove() });
  refreshDerived();
  // The panel keeps what it shows (another node, the queries) unless it was this node.
  if (shown) {
    panel.replaceChildren(panelHint.cloneNode(true));
    delete panel.dataset.node;
  }
}

/** Folds away the nodes that hang on this one alone (see branchesOf); undone like a hide. */
function collapse(node: NodeSingular): void {
  const removed = branchesOf(node, new Set(state.center)).remove();
  history.push({ removed });
  refreshDerived();
  say(`${count(removed.nodes().length, "node")} folded into ${node.data("label")}. Undo brings them back.`);
  if (panel.dataset.node === node.id()) void openNode(node);
}

function undo(): void {
  const step = history.pop();
  if (!step) return say("Nothing to undo.");
  if ("added" in step) {
    const ids = new Set(step.added);
    cy.remove(cy.elements().filter((e) => ids.has(e.id())));
  } else step.removed.restore();
  refreshDerived();
}

function button(text: string, onClick: (this: HTMLButtonElement) => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  b.addEventListener("click", onClick);
  return b;
}

async function showPath(to: { id: string; label: string }): Promise<void> {
  if (!pathFrom) return;
  try {
    const body = await api<PathsResponse>(
      `/api/paths?from=${encodeURIComponent(pathFrom.id)}&to=${encodeURIComponent(to.id)}`,
    );
    cy.add(body.elements.filter((e) => cy.getElementById(String(e.data.id)).empty()));
    refreshDerived();
    const onPath = new Set(body.paths.flat());
    cy.elements().removeClass("on-path faded");
    if (!onPath.size) return say(`No path between ${pathFrom.label} and ${to.label}.`);
    const nodes = cy.nodes().filter((n) => onPath.has(n.id()));
    const edges = nodes.edgesWith(nodes);
    nodes.union(edges).addClass("on-path");
    cy.elements().not(nodes.union(edges)).addClass("faded");
    cy.animate({ fit: { eles: nodes, padding: 60 } }, { duration: 300 });
    say(
      `${body.paths.length} shortest path${body.paths.length > 1 ? "s" : ""} between ${pathFrom.label} and ${to.label}.`,
    );
  } catch (error) {
    say(explain(error), true);
  }
}

/** What a user can do with a node: the same list in the side panel and the context menu. */
function nodeActions(node: NodeSingular): MenuAction[] {
  const ref = { id: node.id(), label: String(node.data("label")) };
  const actions: MenuAction[] = [
    { label: "Expand", run: () => void expand(node) },
    ...(branchesOf(node, new Set(state.center)).nonempty()
      ? [{ label: "Collapse", run: () => collapse(node) }]
      : []),
    ...(capped.has(node.id())
      ? [
          {
            label: `Show more (${capped.get(node.id())!.shown} of ${capped.get(node.id())!.total})`,
            run: () => void showMore(node),
          },
        ]
      : []),
    { label: "Hide", run: () => hide(node) },
    // A pinned node keeps its place when layouts run again.
    {
      label: node.locked() ? "Unpin" : "Pin",
      run: () => {
        if (node.locked()) node.unlock();
        else node.lock();
        node.toggleClass("pinned", node.locked());
        if (panel.dataset.node === node.id()) void openNode(node);
      },
    },
    {
      label: "Centre here",
      run: () => {
        state = { ...state, center: [node.id()] };
        void load();
      },
    },
  ];
  if (node.data("kind") === "actor") {
    actions.push(
      pathFrom && pathFrom.id !== ref.id
        ? { label: `Path from ${pathFrom.label}`, run: () => void showPath(ref) }
        : {
            label: "Path from here…",
            run: () => {
              pathFrom = ref;
              say(`Pick another actor and choose "Path from ${ref.label}".`);
            },
          },
    );
  }
  return actions;
}

async function openNode(node: NodeSingular): Promise<void> {
  const id = node.id();
  panel.dataset.node = id;
  try {
    await showNode(
      panel,
      id,
      nodeActions(node).map((a) => button(a.label, a.run)),
    );
    // Corrections (#19): after one, the graph is drawn again as corrected.
    await mountNodeReview(panel, id, () => void load());
    loaded("panel");
  } catch (error) {
    showPanelFailure(error, `the details of ${node.data("label")}`, async () => {
      // The graph may have been loaded again meanwhile: the node as it is now.
      const now = cy.getElementById(id);
      if (now.nonempty()) await openNode(now);
    });
  }
}

// Country nodes (the "By country" view) are aggregates with no details: panels/country-view.ts.
cy.on("tap", 'node[kind != "country"]', (evt) => void openNode(evt.target as NodeSingular));
mountContextMenu(cy, nodeActions);
async function openPair(edge: EdgeSingular): Promise<void> {
  const labels: [string, string] = [String(edge.source().data("label")), String(edge.target().data("label"))];
  try {
    await showPair(panel, labels, edge.data("meetings") as string[]);
    loaded("panel");
  } catch (error) {
    showPanelFailure(error, `the meetings of ${labels.join(" and ")}`, () => openPair(edge));
  }
}

cy.on("tap", 'edge[type = "MET"]', (evt) => void openPair(evt.target as EdgeSingular));
cy.on("dbltap", 'node[kind != "country"]', (evt) => void expand(evt.target as NodeSingular));
cy.on("tap", (evt) => {
  if (evt.target === cy) cy.elements().removeClass("on-path faded");
});

// #20 map: the map instead of the graph; a point picked there is the fact selected in the graph, and
// a fact selected in the graph is ringed on the map.
const mapMode = mountMapMode({
  main: $("main"),
  container: $("#map"),
  toggle: $<HTMLInputElement>("#map-mode"),
  filters: () => state,
  selected: () => cy.nodes(":selected").first().id() || undefined,
  onPick: (point) => void selectFact(point.id),
  onToggle: (on) => {
    state = { ...state, map: on };
    saveUrl();
    // The graph was drawn while hidden (zero size): measured again and fitted.
    if (!on) cy.resize().fit(cy.elements(":visible"), 30);
  },
  onError: (error) => say(explain(error), true),
});
cy.on("select unselect", "node", () => mapMode.select(cy.nodes(":selected").first().id() || undefined));

/** A fact picked on the map: selected in the graph (brought in when the graph lacks it) and opened. */
async function selectFact(id: string): Promise<void> {
  if (cy.getElementById(id).empty()) {
    try {
      const body = await fetchGraph(graphParams(state, [id]));
      cy.add(body.elements.filter((e) => cy.getElementById(String(e.data.id)).empty()));
      refreshDerived();
      runLayout(cy, state.layout);
    } catch (error) {
      return say(explain(error), true);
    }
  }
  const node = cy.getElementById(id);
  cy.elements().unselect();
  node.select();
  void openNode(node);
}

function syncControls(): void {
  renderLegend($("#legend"), state.view);
  $<HTMLInputElement>("#whomet-view").checked = state.view === "whomet";
  $<HTMLSelectElement>("#layout").value = state.layout;
  $<HTMLInputElement>("#from").value = state.from;
  $<HTMLInputElement>("#to").value = state.to;
  $<HTMLInputElement>("#min-sources").value = String(state.minSources);
  $<HTMLInputElement>("#lone").checked = state.lone;
  document.querySelectorAll<HTMLInputElement>("#kinds input[value]").forEach((box) => {
    box.checked = state.kinds.includes(box.value);
  });
  document.querySelectorAll<HTMLInputElement>("#rels input[value]").forEach((box) => {
    box.checked = state.rels.includes(box.value);
  });
  // The who-met-whom view draws its own edges (one per pair of actors).
  $<HTMLFieldSetElement>("#rels").disabled = state.view === "whomet";
  drawDays();
}

const timelineBar = () => $("#timeline") as unknown as SVGSVGElement;

function drawDays(): void {
  drawTimeline(timelineBar(), days, state, pickDay, (from, to) => {
    state = { ...state, from, to };
    void load();
  });
}

/** The timeline's days; where they cannot be had, the bar says why and offers Retry. */
async function loadDays(): Promise<void> {
  try {
    days = await loadTimeline();
    loaded("timeline");
    showTimelineFailure(timelineBar());
    drawDays();
  } catch (error) {
    const notice = failureNotice(error, "the timeline", () => void loadDays(), { compact: true });
    showTimelineFailure(timelineBar(), notice);
    reloadWhenBack("timeline", error, loadDays);
  }
}

function pickDay(date: string, extend: boolean): void {
  if (extend && (state.from || state.to)) {
    const lo = [state.from || date, date].sort()[0]!;
    const hi = [state.to || date, date].sort()[1]!;
    state = { ...state, from: lo, to: hi };
  } else state = { ...state, from: date, to: date };
  void load();
}

function wireControls(): void {
  $<HTMLInputElement>("#whomet-view").addEventListener("change", (e) => {
    state = { ...state, view: (e.target as HTMLInputElement).checked ? "whomet" : "full" };
    void load();
  });
  $<HTMLSelectElement>("#layout").addEventListener("change", (e) => {
    state = { ...state, layout: (e.target as HTMLSelectElement).value };
    saveUrl();
    runLayout(cy, state.layout);
  });
  $("#relayout").addEventListener("click", () => runLayout(cy, state.layout));
  $("#fit").addEventListener("click", () =>
    cy.animate({ fit: { eles: cy.elements(":visible"), padding: 30 } }, { duration: 250 }),
  );
  $("#undo").addEventListener("click", undo);
  $("#queries").addEventListener("click", () => void openQueries());
  $("#review").addEventListener("click", () => {
    delete panel.dataset.node;
    showReview(panel, () => void load()).catch((error: unknown) =>
      showPanelFailure(error, "the review queue", () => showReview(panel, () => void load())),
    );
  });
  $("#all").addEventListener("click", () => {
    state = { ...state, center: [] };
    void load();
  });
  for (const id of ["#from", "#to"]) {
    $<HTMLInputElement>(id).addEventListener("change", () => {
      state = { ...state, from: $<HTMLInputElement>("#from").value, to: $<HTMLInputElement>("#to").value };
      void load();
    });
  }
  $("#clear-time").addEventListener("click", () => {
    state = { ...state, from: "", to: "" };
    void load();
  });
  $<HTMLInputElement>("#min-sources").addEventListener("change", (e) => {
    state = { ...state, minSources: Math.max(1, Number((e.target as HTMLInputElement).value) || 1) };
    void load();
  });
  document.querySelectorAll<HTMLInputElement>("#kinds input[value]").forEach((box) =>
    box.addEventListener("change", () => {
      const kinds = [...document.querySelectorAll<HTMLInputElement>("#kinds input[value]:checked")].map(
        (b) => b.value,
      );
      state = { ...state, kinds: kinds.length ? kinds : ["actor"] };
      void load();
    }),
  );
  document.querySelectorAll<HTMLInputElement>("#rels input[value]").forEach((box) =>
    box.addEventListener("change", () => {
      const rels = [...document.querySelectorAll<HTMLInputElement>("#rels input[value]:checked")].map(
        (b) => b.value,
      );
      // Leaving out every type would leave nothing to show: the last box stays on.
      if (!rels.length) box.checked = true;
      state = { ...state, rels: rels.length ? rels : [box.value] };
      void load();
    }),
  );
  $<HTMLInputElement>("#lone").addEventListener("change", (e) => {
    state = { ...state, lone: (e.target as HTMLInputElement).checked };
    saveUrl();
    refreshDerived();
  });
  $<HTMLInputElement>("#edge-labels").addEventListener("change", () => refreshDerived());
  document.querySelectorAll<HTMLButtonElement>("[data-export]").forEach((b) =>
    b.addEventListener("click", () => {
      const names = state.center.map((id) => String(cy.getElementById(id).data("label") ?? id));
      const title = names.length ? `whomet: ${names.join(", ")}` : "whomet graph";
      exportView(cy, b.dataset.export!, title).catch((error: unknown) => say(explain(error), true));
      b.closest("details")?.removeAttribute("open");
    }),
  );
  onShortcut((e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "z") {
      e.preventDefault();
      undo();
    }
    if (e.key === "Escape") cy.elements().unselect().removeClass("on-path faded");
  });
  mountSearch($<HTMLInputElement>("#search"), $<HTMLUListElement>("#search-results"), (r) => {
    state = { ...state, center: [r.id] };
    void load().then(() => cy.getElementById(r.id).emit("tap"));
  });
  mountEmbedButton(cy, () => ({
    title: state.center.length ? `whomet: ${state.center.join(", ")}` : "whomet graph",
    source: {
      kind: "graph",
      params: Object.fromEntries(
        Object.entries(graphParams(state)).filter(([, v]) => v !== undefined),
      ) as Record<string, string | number>,
    },
    ...(state.from || state.to
      ? { timeRange: { ...(state.from ? { from: state.from } : {}), ...(state.to ? { to: state.to } : {}) } }
      : {}),
  }));
}

async function openQueries(initial?: QueryRun): Promise<void> {
  try {
    await showQueries(panel, drawResult, {
      initial,
      onRun: (run) => {
        state = { ...state, run };
        saveUrl();
      },
    });
    loaded("panel");
  } catch (error) {
    if (!(error instanceof ApiError)) console.error(error);
    showPanelFailure(error, "the saved queries", () => openQueries(initial));
  }
}

/** A query's nodes and relationships replace the graph; the table stays in the panel. */
async function drawResult(result: QueryResult): Promise<void> {
  queryResultShown = true;
  try {
    if (!(await replaceGraph(result.elements))) return;
  } catch (error) {
    say(explain(error), true);
    return;
  }
  // The query's result stands in for a graph that failed to load: no reload over it.
  showGraphFailure();
  history.length = 0;
  showCentre();
  say(
    `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}, ${cy.nodes().length} nodes drawn${result.truncated ? " — cut at the row limit" : ""}`,
  );
}

/** `/?view=<id>`: a saved view (from an embed's "open in whomet" link) becomes the explorer state. */
async function openSavedView(): Promise<void> {
  const id = new URLSearchParams(location.search).get("view");
  if (!id || id === "whomet") return;
  try {
    const view = await api<ViewResponse>(`/api/views/${encodeURIComponent(id)}`);
    const p = view.source.params;
    state = {
      ...state,
      center: typeof p.center === "string" ? p.center.split(",") : [],
      view: p.view === "whomet" ? "whomet" : "full",
      from: view.timeRange?.from ?? "",
      to: view.timeRange?.to ?? "",
    };
  } catch (error) {
    say(explain(error), true);
  }
}

async function main(): Promise<void> {
  wireControls();
  mapMode.set(state.map === true); // #20 map
  mountCountryView(cy, $(".topbar"), {
    say,
    range: () => ({ from: state.from || undefined, to: state.to || undefined }),
  });
  await openSavedView();
  await loadDays();
  const run = state.run;
  await load();
  if (run) void openQueries(run);
}

void main();
