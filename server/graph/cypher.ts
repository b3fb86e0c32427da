// The Cypher of the graph walk (server/graph/walk.ts): the event filter, the degree counters, the
// whole-graph read and the per-step frontier queries, built once from fixed texts (no input is spliced in).
import type { GraphQuery } from "../../contract/graph.ts";

// One filter for meetings and incidents, used at every step of the walk.
export const EVENT_FILTER = `($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  AND ($codes IS NULL OR e.cameo IN $codes) AND coalesce(e.sourceCount, 1) >= $minSources`;

/** How the walk leaves an actor or a place for its events; the order is that of `Degrees`. */
export const SIDES = [
  { from: "Actor", event: "Meeting", pattern: "(n)-[:PARTICIPATED_IN]->(e)" },
  { from: "Actor", event: "Incident", pattern: "(n)-[:INVOLVED_IN]->(e)" },
  { from: "Place", event: "Incident", pattern: "(n)<-[:OCCURRED_AT]-(e)" },
] as const;

/** A node's number of meetings, incidents it was involved in, and incidents that happened there. */
export type Degrees = [number, number, number];

// Read from the store's degree counters (getDegree): a hub's relationships are not visited.
export const DEGREES = (v: string) =>
  `[COUNT { (${v})-[:PARTICIPATED_IN]->() }, COUNT { (${v})-[:INVOLVED_IN]->() }, COUNT { (${v})<-[:OCCURRED_AT]-() }]`;

// Each event's actors and places with their relationships, returned with the event itself (one round
// trip per step); with $degrees also the reached nodes' degrees, for the next step.
export const LINKS = `[(e)<-[r:PARTICIPATED_IN|INVOLVED_IN]-(a:Actor) | [r, a, CASE WHEN $degrees THEN ${DEGREES("a")} END]] AS actors,
  [(e)-[o:OCCURRED_AT]->(p:Place) | [o, p, CASE WHEN $degrees THEN ${DEGREES("p")} END]] AS places`;

export const ALL_EVENTS = `
CALL () {
  MATCH (e:Meeting) RETURN e
  UNION
  MATCH (e:Incident) RETURN e
}
WITH e WHERE ${EVENT_FILTER}
WITH e ORDER BY e.date DESC, e.id LIMIT $limit
RETURN e, ${LINKS}`;

// The date-range predicate of the index walk: one of four fixed texts, so the planner seeks the range.
const DATE_RANGES = {
  both: "e.date >= date($from) AND e.date <= date($to)",
  from: "e.date >= date($from)",
  to: "e.date <= date($to)",
  none: "e.date IS NOT NULL",
} as const;

export function dateRange(q: GraphQuery): keyof typeof DATE_RANGES {
  return q.from && q.to ? "both" : q.from ? "from" : q.to ? "to" : "none";
}

/**
 * Each frontier node's events at this step, newest first: rows (eid, capped, e, actors, places), at
 * most `$perNode` per node after skipping `$skip`, `capped` when the node had more. The events of
 * `$eventEids` (event centres) come as rows with a null eid, none skipped.
 *
 * Two ways to find a node's newest events, both exact: expanding all its relationships and keeping
 * the top `$want` (cost: its degree), or walking the date index newest first and keeping events
 * linked to the node (cost: about want × events / degree index entries). `$hubs<i>` lists the nodes
 * read the second way; the caller chooses from the degrees, so a hub of 20,000 meetings costs a few
 * hundred index entries instead of 20,000 relationships and dates.
 */
function frontierQuery(range: string): string {
  const branches = SIDES.flatMap((side, i) => [
    `UNWIND $hubs${i} AS eid
  MATCH (n) WHERE elementId(n) = eid
  CALL (n) {
    MATCH (e:${side.event}) WHERE ${range} AND ${side.pattern}
    RETURN e ORDER BY e.date DESC, e.id LIMIT $want
  }
  RETURN eid, e`,
    `UNWIND $nodes${i} AS eid
  MATCH (n) WHERE elementId(n) = eid
  CALL (n) {
    MATCH ${side.pattern} WHERE e:${side.event} AND ${EVENT_FILTER}
    RETURN e ORDER BY e.date DESC, e.id LIMIT $want
  }
  RETURN eid, e`,
  ]);
  branches.push(`MATCH (e) WHERE elementId(e) IN $eventEids AND ${EVENT_FILTER}
  RETURN null AS eid, e`);
  return `CALL () {
  ${branches.join("\n  UNION ALL\n  ")}
}
WITH DISTINCT eid, e ORDER BY e.date DESC, e.id
WITH eid, collect(e) AS events
WITH eid, eid IS NOT NULL AND size(events) > $skip + $perNode AS capped,
     CASE WHEN eid IS NULL THEN events ELSE events[$skip..$skip + $perNode] END AS events
UNWIND events AS e
RETURN eid, capped, e, ${LINKS}`;
}

export const FRONTIER_QUERIES = Object.fromEntries(
  Object.entries(DATE_RANGES).map(([key, range]) => [key, frontierQuery(range)]),
) as Record<keyof typeof DATE_RANGES, string>;
