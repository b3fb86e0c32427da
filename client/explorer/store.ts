// The explorer's state store: the one copy of ExplorerState, which the URL mirrors. Every change goes
// through update(): a user's step (a new centre, an expansion, a hide, a pin, a filter) pushes a
// history entry, so Back and Forward step through the exploration; a detail that is not a step (the
// selection, a layout name) replaces the entry. Back and Forward come in as popstate and reach the
// subscribers of onHistory, which redraw the state they are handed.
import { readState, writeState, type ExplorerState } from "../state.ts";

/** How a change reaches the browser's history. */
export type HistoryMode = "push" | "replace" | "none";

export interface ExplorerStore {
  readonly state: ExplorerState;
  /** Applies `patch` and writes the URL as `mode` says (only when the URL changes). */
  update(patch: Partial<ExplorerState>, mode?: HistoryMode): ExplorerState;
  /** Calls `listener` with the state a Back or Forward landed on (already the store's state). */
  onHistory(listener: (state: ExplorerState) => void): void;
}

export function createStore(initial: ExplorerState = readState(location.search)): ExplorerStore {
  let state = initial;
  const listeners: ((state: ExplorerState) => void)[] = [];
  window.addEventListener("popstate", () => {
    state = readState(location.search);
    for (const listener of listeners) listener(state);
  });
  return {
    get state() {
      return state;
    },
    update(patch, mode = "push") {
      state = { ...state, ...patch };
      const url = `${location.pathname}${writeState(state)}`;
      if (mode !== "none" && url !== `${location.pathname}${location.search}`) {
        if (mode === "push") window.history.pushState(null, "", url);
        else window.history.replaceState(null, "", url);
      }
      return state;
    },
    onHistory(listener) {
      listeners.push(listener);
    },
  };
}
