// A query whose rows are pairs of nodes (who met whom: `RETURN a, b, …`) is drawn as one edge a pair
// (#20): the nodes alone, with nothing linking them, were laid out as an unconnected grid.
import type { Element } from "../../contract/elements.ts";
import type { QueryResult } from "../../contract/queries.ts";
import { isNodeCell, isRelationshipCell } from "./result-cells.ts";

/** The edge type of a pair drawn from a query's row (style.ts draws it like a who-met-whom edge). */
export const PAIR_EDGE = "PAIR";

/**
 * One edge per row for a result whose every row holds exactly two node cells (and no relationship or
 * path, which draw their own edges), labelled with the row's other cells; none for any other result.
 */
export function pairEdges(result: Pick<QueryResult, "columns" | "rows" | "elements">): Element[] {
  if (!result.rows.length) return [];
  const drawn = new Set(result.elements.filter((e) => e.group === "nodes").map((e) => e.data.id));
  const pairs: [string, string, string][] = [];
  for (const row of result.rows) {
    const cells = result.columns.map((c) => row[c]);
    if (cells.some((c) => isRelationshipCell(c) || (Array.isArray(c) && c.some(isRelationshipCell))))
      return [];
    const nodes = result.columns.filter((c) => isNodeCell(row[c]));
    if (nodes.length !== 2) return [];
    const [a, b] = nodes.map((c) => (row[c] as { id: string }).id) as [string, string];
    if (!drawn.has(a) || !drawn.has(b) || a === b) return [];
    const rest = result.columns
      .filter((c) => !nodes.includes(c))
      .map((c) => `${c}: ${Array.isArray(row[c]) ? (row[c] as unknown[]).join(", ") : String(row[c] ?? "")}`);
    pairs.push([a, b, rest.join("; ")]);
  }
  return pairs.map(([source, target, about], i) => ({
    group: "edges",
    data: { id: `pair:${i}:${source}|${target}`, source, target, type: PAIR_EDGE, about },
  }));
}
