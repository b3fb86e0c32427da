// What the JSON and HTML exports carry: the visible elements, without on-screen view state. Its own
// module, so the lazily loaded HTML export and export.ts share it without importing each other.
import type { Core } from "cytoscape";
import { LABELLED_NODE } from "./lod.ts";

/**
 * The visible elements as Cytoscape JSON, without the class that says which nodes of a large graph show
 * their label on screen right now: a view's state, not the graph's.
 */
export function visibleElementJsons(cy: Core): Record<string, unknown>[] {
  return cy
    .elements(":visible")
    .jsons()
    .map((json) => {
      const classes = json.classes as string | string[] | undefined;
      if (classes === undefined) return json;
      const kept = (typeof classes === "string" ? classes.split(" ") : classes).filter(
        (c) => c !== "" && c !== LABELLED_NODE,
      );
      return { ...json, classes: kept.join(" ") };
    });
}
