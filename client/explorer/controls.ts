// The page's controls wired to the store and the actions: the toolbar, the filters, the timeline, the
// search box, export and embed, keyboard shortcuts, and the graph's own taps, drags and menus.
import type { EdgeSingular, NodeSingular } from "cytoscape";
import { mountGraphKeyboard } from "../a11y/graph-keyboard.ts";
import { mountTimelineKeyboard } from "../a11y/timeline-keyboard.ts";
import { mountEmbedButton } from "../embed/share.ts";
import { mountFilterSheet } from "../phone/filter-sheet.ts";
import { labelSelectedNeighbourhood } from "../phone/neighbourhood-labels.ts";
import { exportView } from "../graph/export.ts";
import { runLayout } from "../graph/layout.ts";
import { mountContextMenu } from "../panels/context-menu.ts";
import { attachHoverCard } from "../panels/hover-card.ts";
import { mountStyleMenu } from "../panels/style-menu.ts";
import { mountCountryView } from "../panels/country-view.ts";
import { showReview } from "../panels/review.ts";
import { mountSearch } from "../panels/search.ts";
import { failureNotice, loaded, reloadWhenBack } from "../recovery.ts";
import { loadTimeline, showTimelineFailure, timeBarOf } from "../panels/timeline.ts";
import { wireDateFields } from "../timebar/date-fields.ts";
import { mountPlayback } from "../timebar/player.ts";
import { onShortcut } from "../shortcuts.ts";
import { graphParams, type ExplorerState } from "../state.ts";
import { centreOn, expand, select, undo } from "./actions.ts";
import { load } from "./load.ts";
import { nodeActions } from "./node-actions.ts";
import { openNode, openPair, showPanelFailure } from "./panel.ts";
import { openQueries } from "./queries.ts";
import { applyStyling, refreshDerived } from "./refresh.ts";
import type { Session } from "./session.ts";
import { mountCopyLink } from "./share.ts";
import { explain, say } from "./status.ts";
import { drawDays, pickDay, timelineBar } from "./sync.ts";

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const checked = (sel: string) =>
  [...document.querySelectorAll<HTMLInputElement>(`${sel} input[value]:checked`)].map((b) => b.value);

/** A filter changed: a new graph, one step in the history. */
function filter(s: Session, patch: Partial<ExplorerState>): void {
  s.store.update(patch);
  void load(s);
}

export function wireGraph(s: Session): void {
  const { cy } = s;
  // #20 keyboard and phone: arrow keys walk the graph, Enter opens, a live region says the selection;
  // on a narrow screen the selection's neighbourhood keeps its labels.
  // #20 hover card: a node's or edge's essentials under the pointer.
  attachHoverCard(cy);
  s.keys = mountGraphKeyboard(cy, s.graph, (node) => void openNode(s, node));
  labelSelectedNeighbourhood(cy);
  // Country nodes (the "By country" view) are aggregates with no details: panels/country-view.ts.
  cy.on("tap", 'node[kind != "country"]', (evt) => {
    const node = evt.target as NodeSingular;
    select(s, node);
    void openNode(s, node);
  });
  mountContextMenu(cy, (node) => nodeActions(s, node));
  // The node a menu opened on is the one selected (#20: it used to stay on the previous one).
  cy.on("cxttap", 'node[kind != "country"]', (evt) => select(s, evt.target as NodeSingular));
  cy.on("tap", 'edge[type = "MET"]', (evt) => void openPair(s, evt.target as EdgeSingular));
  cy.on("dbltap", 'node[kind != "country"]', (evt) => void expand(s, evt.target as NodeSingular));
  cy.on("tap", (evt) => {
    if (evt.target !== cy) return;
    cy.elements().removeClass("on-path faded");
    if (s.store.state.select || s.store.state.path)
      s.store.update({ select: undefined, path: undefined }, "replace");
  });
  mountCountryView(cy, $(".topbar"), {
    say,
    range: () => ({ from: s.store.state.from || undefined, to: s.store.state.to || undefined }),
  });
}

export function wireControls(s: Session): void {
  const { cy } = s;
  // #20: the timeline by keyboard; on a phone the filters fold into a sheet.
  mountTimelineKeyboard(timelineBar(), pickDay(s));
  mountFilterSheet($<HTMLButtonElement>("#filters-toggle"), $("#filters"));
  $<HTMLInputElement>("#whomet-view").addEventListener("change", (e) =>
    filter(s, { view: (e.target as HTMLInputElement).checked ? "whomet" : "full" }),
  );
  $<HTMLSelectElement>("#layout").addEventListener("change", (e) => {
    s.store.update({ layout: (e.target as HTMLSelectElement).value }, "replace");
    runLayout(cy, s.store.state.layout);
  });
  $("#relayout").addEventListener("click", () => runLayout(cy, s.store.state.layout));
  $("#fit").addEventListener("click", () =>
    cy.animate({ fit: { eles: cy.elements(":visible"), padding: 30 } }, { duration: 250 }),
  );
  $("#undo").addEventListener("click", () => undo(s));
  $("#queries").addEventListener("click", () => void openQueries(s));
  $("#review").addEventListener("click", () => {
    delete s.panel.dataset.node;
    const open = () => showReview(s.panel, () => void load(s));
    open().catch((error: unknown) => showPanelFailure(s, error, "the review queue", open));
  });
  $("#all").addEventListener("click", () => void centreOn(s, []));
  mountCopyLink(s, $<HTMLButtonElement>("#copy-link"));
  // #20 time bar: typed dates are checked before they query (client/timebar/date-fields.ts).
  wireDateFields(
    $("#from"),
    $("#to"),
    () => s.store.state,
    ({ from, to }) => filter(s, { from, to }),
  );
  // #20 time bar: playback of the graph in the page, beside the bar's zoom buttons.
  mountPlayback(cy, timeBarOf(timelineBar()));
  $("#clear-time").addEventListener("click", () => filter(s, { from: "", to: "" }));
  $<HTMLInputElement>("#min-sources").addEventListener("change", (e) =>
    filter(s, { minSources: Math.max(1, Number((e.target as HTMLInputElement).value) || 1) }),
  );
  document.querySelectorAll<HTMLInputElement>("#kinds input[value]").forEach((box) =>
    box.addEventListener("change", () => {
      const kinds = checked("#kinds");
      filter(s, { kinds: kinds.length ? kinds : ["actor"] });
    }),
  );
  document.querySelectorAll<HTMLInputElement>("#rels input[value]").forEach((box) =>
    box.addEventListener("change", () => {
      const rels = checked("#rels");
      // Leaving out every type would leave nothing to show: the last box stays on.
      if (!rels.length) box.checked = true;
      filter(s, { rels: rels.length ? rels : [box.value] });
    }),
  );
  $<HTMLInputElement>("#lone").addEventListener("change", (e) => {
    s.store.update({ lone: (e.target as HTMLInputElement).checked });
    refreshDerived(s);
  });
  $<HTMLInputElement>("#edge-labels").addEventListener("change", () => refreshDerived(s));
  // #20 styling rules menu: kept in the URL (not a step of its own), applied at once.
  s.showStyleRule = mountStyleMenu($("#style-rules"), s.store.state.style, (style) => {
    s.store.update({ style: style.size || style.color ? style : undefined }, "replace");
    applyStyling(s);
  });
  document.querySelectorAll<HTMLButtonElement>("[data-export]").forEach((b) =>
    b.addEventListener("click", () => {
      const names = s.store.state.center.map((id) => String(cy.getElementById(id).data("label") ?? id));
      const title = names.length ? `whomet: ${names.join(", ")}` : "whomet graph";
      exportView(cy, b.dataset.export!, title).catch((error: unknown) => say(explain(error), true));
      b.closest("details")?.removeAttribute("open");
    }),
  );
  onShortcut((e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "z") {
      e.preventDefault();
      undo(s);
    }
    if (e.key === "Escape") cy.elements().unselect().removeClass("on-path faded");
  });
  mountSearch($<HTMLInputElement>("#search"), $<HTMLUListElement>("#search-results"), (r) => {
    // #20: the focus goes to the graph, then to the chosen node once drawn (never to `body`); the panel
    // reads the result even when it showed something else (a query, the review queue).
    s.keys?.focus();
    void centreOn(s, [r.id], r.id).then(() => {
      const node = cy.getElementById(r.id);
      if (node.empty()) return;
      s.keys?.select(node, { focus: document.activeElement === s.graph });
      if (s.panel.dataset.node !== r.id) void openNode(s, node);
    });
  });
  mountEmbedButton(cy, () => {
    const state = s.store.state;
    return {
      title: state.center.length ? `whomet: ${state.center.join(", ")}` : "whomet graph",
      source: {
        kind: "graph",
        params: Object.fromEntries(
          Object.entries(graphParams(state)).filter(([, v]) => v !== undefined),
        ) as Record<string, string | number>,
      },
      ...(state.from || state.to
        ? {
            timeRange: { ...(state.from ? { from: state.from } : {}), ...(state.to ? { to: state.to } : {}) },
          }
        : {}),
    };
  });
  // Back and Forward: the state they land on, drawn with the nodes kept where they are.
  s.store.onHistory(() => void load(s, { keepPositions: true }));
}

/** The timeline's days; where they cannot be had, the bar says why and offers Retry. */
export async function loadDays(s: Session): Promise<void> {
  try {
    s.days = await loadTimeline();
    loaded("timeline");
    showTimelineFailure(timelineBar());
    drawDays(s);
  } catch (error) {
    const notice = failureNotice(error, "the timeline", () => void loadDays(s), { compact: true });
    showTimelineFailure(timelineBar(), notice);
    reloadWhenBack("timeline", error, () => loadDays(s));
  }
}
