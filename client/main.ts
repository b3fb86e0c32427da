// The explorer page (index.html): boots the view, the state store and the controls, then draws what
// the URL (or a saved view's short link) asks for. The parts live in client/explorer/: store.ts (the
// URL state and history), load.ts and actions.ts (what changes the graph), controls.ts (the wiring).
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import svg from "cytoscape-svg";
import { createExplorerView } from "./graph/view.ts";
import { loadDays, wireControls, wireGraph } from "./explorer/controls.ts";
import { exposeHook } from "./explorer/hook.ts";
import { load } from "./explorer/load.ts";
import { wireMap } from "./explorer/map.ts";
import { openQueries } from "./explorer/queries.ts";
import { nodeActions } from "./explorer/node-actions.ts";
import { createSession, type Session } from "./explorer/session.ts";
import { savedViewState } from "./explorer/share.ts";
import { createStore } from "./explorer/store.ts";

cytoscape.use(fcose);
cytoscape.use(svg);

async function main(): Promise<void> {
  const cy = createExplorerView(document.querySelector<HTMLElement>("#graph")!);
  exposeHook(cy);
  const store = createStore();
  const session: Session = createSession(cy, store, {
    reload: (options) => load(session, options),
    actionsFor: (node) => nodeActions(session, node),
  });
  wireGraph(session);
  wireControls(session);
  wireMap(session);
  const saved = await savedViewState(location.search);
  // The short link's URL gives way to the state it stands for (one entry: Back leaves as it came).
  if (saved) store.update(saved, "replace");
  await loadDays(session);
  const run = store.state.run;
  await load(session);
  if (run) void openQueries(session, run);
}

void main();
