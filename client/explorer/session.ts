// What one explorer page holds besides the URL state: the Cytoscape view, the store, the undo steps,
// the nodes the API capped, the path's start, and whether a query's result is on screen. Made once by
// main.ts and handed to actions and controls (it replaces main.ts's module-level variables).
import type { CollectionReturnValue, Core, NodeSingular } from "cytoscape";
import type { CappedNode } from "../../contract/graph.ts";
import type { Day } from "../../contract/timeline.ts";
import type { MenuAction } from "../panels/context-menu.ts";
import type { ExplorerState } from "../state.ts";
import type { ExplorerStore } from "./store.ts";
import type { GraphKeyboard } from "../a11y/graph-keyboard.ts";
import type { StyleRange } from "../graph/style-rules.ts";
import type { MapMode } from "../map/map-mode.ts";

/** One undoable step: what it added or removed, and the state before it. */
export type Step = ({ added: string[] } | { removed: CollectionReturnValue }) & { before: ExplorerState };

export interface Session {
  cy: Core;
  store: ExplorerStore;
  graph: HTMLElement;
  panel: HTMLElement;
  /** What the panel says before anything is picked (index.html), shown again when its node goes. */
  panelHint: Node;
  undo: Step[];
  /** The map mode (#20), once wireMap mounted it. */
  map?: MapMode;
  /** The graph by keyboard (#20), once wireGraph mounted it. */
  keys?: GraphKeyboard;
  /** Nodes with more events than the API took from them; "Show more" fetches the next ones. */
  capped: Map<string, CappedNode>;
  /** The first actor of a path the user is picking. */
  pathFrom?: { id: string; label: string };
  /** A query's result shows every node it returned, linked or not. */
  queryResultShown: boolean;
  /** The timeline's days. */
  days: Day[];
  /** What the styling rule (#20) scaled, for the legend. */
  styleRanges: { size?: StyleRange; color?: StyleRange };
  /** Shows a styling rule in the toolbar's menu (set once the menu is mounted). */
  showStyleRule?: (rule: ExplorerState["style"]) => void;
  /** Draws the store's state afresh (load.ts), for modules load.ts itself imports (no import cycles). */
  reload(options?: { keepPositions?: boolean }): Promise<void>;
  /** A node's actions (node-actions.ts), for the panel. */
  actionsFor(node: NodeSingular): MenuAction[];
}

/** What main.ts wires in: the modules above the session's users. */
export type SessionHooks = Pick<Session, "reload" | "actionsFor">;

export function createSession(cy: Core, store: ExplorerStore, hooks: SessionHooks): Session {
  const panel = document.querySelector<HTMLElement>("#panel")!;
  return {
    cy,
    store,
    graph: document.querySelector<HTMLElement>("#graph")!,
    panel,
    panelHint: panel.firstElementChild!.cloneNode(true),
    undo: [],
    capped: new Map(),
    queryResultShown: false,
    styleRanges: {},
    days: [],
    ...hooks,
  };
}
