// Shortest paths between two actors: fetched, laid out left to right from the first actor to the
// second (one column per step, the paths' nodes of a step stacked in it), highlighted, and kept in the
// URL (`path=a,b`) so a shared link draws them again. No path is said in the panel (#20).
import type { LayoutOptions, NodeSingular } from "cytoscape";
import type { PathsResponse } from "../../contract/paths.ts";
import { api } from "../api.ts";
import { showNotice } from "./panel.ts";
import { refreshDerived } from "./refresh.ts";
import type { Session } from "./session.ts";
import { explain, say } from "./status.ts";

/** How many steps a path may take (the API's maxHops). */
export const PATH_MAX_STEPS = 8;
const COLUMN_GAP = 170;
const ROW_GAP = 90;

export function fetchPath([from, to]: [string, string]): Promise<PathsResponse> {
  const q = new URLSearchParams({ from, to, maxHops: String(PATH_MAX_STEPS) });
  return api<PathsResponse>(`/api/paths?${q}`);
}

/** The path from `s.pathFrom` to `to`: fetched, drawn, and one step in the history. */
export async function showPath(s: Session, to: { id: string; label: string }): Promise<void> {
  const from = s.pathFrom;
  if (!from) return;
  say(`Looking for paths between ${from.label} and ${to.label}…`);
  try {
    const body = await fetchPath([from.id, to.id]);
    const { cy } = s;
    s.store.update({ path: [from.id, to.id] });
    s.pathFrom = undefined;
    cy.add(body.elements.filter((e) => cy.getElementById(String(e.data.id)).empty()));
    refreshDerived(s);
    if (!body.paths.length) {
      cy.elements().removeClass("on-path faded");
      const words = `No path within ${PATH_MAX_STEPS} steps between ${from.label} and ${to.label}.`;
      showNotice(s, "No path", words);
      return say(words);
    }
    layoutPath(s, body.paths);
    highlightPath(s, body.paths);
    say(
      `${body.paths.length} shortest path${body.paths.length > 1 ? "s" : ""} between ${from.label} and ${to.label}.`,
    );
  } catch (error) {
    say(explain(error), true);
  }
}

/** The paths' nodes and the edges between them stand out; the rest fades. */
export function highlightPath(s: Session, paths: string[][]): void {
  const { cy } = s;
  const onPath = new Set(paths.flat());
  cy.elements().removeClass("on-path faded");
  if (!onPath.size) return;
  const nodes = cy.nodes().filter((n) => onPath.has(n.id()));
  const edges = nodes.edgesWith(nodes);
  nodes.union(edges).addClass("on-path");
  cy.elements().not(nodes.union(edges)).addClass("faded");
}

/**
 * The paths' nodes in columns by step, left (the first actor) to right (the second), below the rest of
 * the view, so nodes fetched from outside it never land on each other; then the view fits them.
 */
export function layoutPath(s: Session, paths: string[][]): void {
  const { cy } = s;
  const onPath = new Set(paths.flat());
  if (!onPath.size) return;
  const columns: string[][] = [];
  for (const path of paths)
    path.forEach((id, step) => {
      const column = (columns[step] ??= []);
      if (!columns.some((c) => c.includes(id))) column.push(id);
    });
  const rest = cy.nodes(":visible").filter((n) => !onPath.has(n.id()));
  const box = rest.nonempty() ? rest.boundingBox() : { x1: 0, x2: 0, y2: 0 };
  const width = (columns.length - 1) * COLUMN_GAP;
  const left = (box.x1 + box.x2) / 2 - width / 2;
  const tallest = Math.max(...columns.map((c) => c.length));
  const top = rest.nonempty() ? box.y2 + ROW_GAP * 1.5 + ((tallest - 1) * ROW_GAP) / 2 : 0;
  const positions = new Map<string, { x: number; y: number }>();
  columns.forEach((column, step) =>
    column.forEach((id, row) =>
      positions.set(id, { x: left + step * COLUMN_GAP, y: top + (row - (column.length - 1) / 2) * ROW_GAP }),
    ),
  );
  const nodes = cy.nodes().filter((n) => positions.has(n.id()));
  // Pinned nodes on the path move too: the path is what the user asked to see.
  const locked = nodes.filter(":locked").unlock();
  nodes
    .layout({
      name: "preset",
      positions: (n: NodeSingular) => positions.get(n.id())!,
      fit: false,
      animate: false,
    } as LayoutOptions)
    .run();
  locked.lock();
  cy.animate({ fit: { eles: nodes, padding: 60 } }, { duration: 300 });
}
