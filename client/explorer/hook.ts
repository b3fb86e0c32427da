// The one global the explorer, the embed page and the HTML export set: `window.whomet`, a typed hook
// for tests (test/support/in-graph.ts imports its type) and for the page's own tooling. Nothing in the
// app reads it; it replaces the untyped `window.cy` tests used to reach through casts.
import type { Core } from "cytoscape";

export interface WhometHook {
  /** The Cytoscape view the page draws. */
  cy: Core;
}

declare global {
  interface Window {
    whomet?: WhometHook;
  }
}

export function exposeHook(cy: Core): void {
  window.whomet = { cy };
}
