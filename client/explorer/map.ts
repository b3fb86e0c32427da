// The map mode (#20) in the explorer: client/map/ draws it; here it follows the store's filters, keeps
// `map=1` in the URL, and shares the selection with the graph (a point picked on the map is the fact
// selected in the graph, and a fact selected in the graph is ringed on the map).
import { fetchGraph } from "../api.ts";
import { runLayout } from "../graph/layout.ts";
import { mountMapMode } from "../map/map-mode.ts";
import { graphParams } from "../state.ts";
import { select } from "./actions.ts";
import { openNode } from "./panel.ts";
import { refreshDerived } from "./refresh.ts";
import type { Session } from "./session.ts";
import { explain, say } from "./status.ts";

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;

export function wireMap(s: Session): void {
  const { cy } = s;
  const selected = () => cy.nodes(":selected").first().id() || undefined;
  const map = mountMapMode({
    main: $("main"),
    container: $("#map"),
    toggle: $<HTMLInputElement>("#map-mode"),
    filters: () => s.store.state,
    selected,
    onPick: (point) => void selectFact(s, point.id),
    onToggle: (on) => {
      s.store.update({ map: on || undefined }, "replace");
      // The graph was drawn while hidden (zero size): measured again and fitted.
      if (!on) cy.resize().fit(cy.elements(":visible"), 30);
    },
    onError: (error) => say(explain(error), true),
  });
  s.map = map;
  cy.on("select unselect", "node", () => map.select(selected()));
  map.set(s.store.state.map === true);
}

/** A fact picked on the map: selected in the graph (brought in when the graph lacks it) and opened. */
async function selectFact(s: Session, id: string): Promise<void> {
  const { cy } = s;
  if (cy.getElementById(id).empty()) {
    try {
      const body = await fetchGraph(graphParams(s.store.state, [id]));
      cy.add(body.elements.filter((e) => cy.getElementById(String(e.data.id)).empty()));
      refreshDerived(s);
      runLayout(cy, s.store.state.layout);
    } catch (error) {
      return say(explain(error), true);
    }
  }
  const node = cy.getElementById(id);
  select(s, node);
  void openNode(s, node);
}
