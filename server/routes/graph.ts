// GET /api/graph: a subgraph as Cytoscape elements — the whole graph (capped) or the neighbourhood of
// one or more nodes — filtered by kinds, relationship types, event codes, dates and corroboration.
// view=whomet collapses meetings into one weighted edge per pair of actors.
import { Router } from "express";
import neo4j, { type Driver, type ManagedTransaction, type Node, type Relationship } from "neo4j-driver";
import { readTx } from "../../cypher/neo4j.ts";
import { GRAPH_RELS, GraphQuery, type CappedNode, type GraphResponse } from "../../contract/graph.ts";
import { AppError } from "../errors.ts";
import {
  ElementSet,
  elementId,
  nodeElement,
  parseElementId,
  type EdgeElement,
  type Element,
} from "../elements.ts";

// One filter for meetings and incidents, used at every step of the walk.
const EVENT_FILTER = `($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  AND ($codes IS NULL OR e.cameo IN $codes) AND coalesce(e.sourceCount, 1) >= $minSources`;

/** How the walk leaves an actor or a place for its events; the order is that of `Degrees`. */
const SIDES = [
  { from: "Actor", event: "Meeting", pattern: "(n)-[:PARTICIPATED_IN]->(e)" },
  { from: "Actor", event: "Incident", pattern: "(n)-[:INVOLVED_IN]->(e)" },
  { from: "Place", event: "Incident", pattern: "(n)<-[:OCCURRED_AT]-(e)" },
] as const;

/** A node's number of meetings, incidents it was involved in, and incidents that happened there. */
type Degrees = [number, number, number];

// Read from the store's degree counters (getDegree): a hub's relationships are not visited.
const DEGREES = (v: string) =>
  `[COUNT { (${v})-[:PARTICIPATED_IN]->() }, COUNT { (${v})-[:INVOLVED_IN]->() }, COUNT { (${v})<-[:OCCURRED_AT]-() }]`;

// Each event's actors and places with their relationships, returned with the event itself (one round
// trip per step); with $degrees also the reached nodes' degrees, for the next step.
const LINKS = `[(e)<-[r:PARTICIPATED_IN|INVOLVED_IN]-(a:Actor) | [r, a, CASE WHEN $degrees THEN ${DEGREES("a")} END]] AS actors,
  [(e)-[o:OCCURRED_AT]->(p:Place) | [o, p, CASE WHEN $degrees THEN ${DEGREES("p")} END]] AS places`;

const ALL_EVENTS = `
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

function dateRange(q: GraphQuery): keyof typeof DATE_RANGES {
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

const FRONTIER_QUERIES = Object.fromEntries(
  Object.entries(DATE_RANGES).map(([key, range]) => [key, frontierQuery(range)]),
) as Record<keyof typeof DATE_RANGES, string>;

export interface Walk {
  events: Map<string, Node>;
  others: Map<string, Node>;
  rels: Relationship[];
  truncated: boolean;
  /** Nodes cut at perNode, by element id, with their total number of events. */
  capped: Map<string, { node: Node; total: number }>;
}

export function graphRoutes(driver: Driver, database: string): Router {
  const router = Router();
  router.get("/api/graph", async (req, res) => {
    const q = GraphQuery.parse(req.query);
    const walk = await readTx(driver, database, (tx) => walkGraph(tx, q));
    const elements = q.view === "whomet" ? whoMetWhom(walk) : fullView(walk, q);
    const body: GraphResponse = { elements, truncated: walk.truncated, capped: cappedNodes(walk) };
    res.json(body);
  });
  return router;
}

/** Newest first, as the walk orders events: date descending, then id (each key computed once). */
function newestFirst<T>(items: T[], event: (item: T) => Node): T[] {
  const keyed = items.map((item) => {
    const p = event(item).properties;
    return { item, date: String(p.date ?? ""), id: String(p.id ?? "") };
  });
  keyed.sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return keyed.map((k) => k.item);
}

/** An event with its actors and places as the queries return them. */
interface Linked {
  e: Node;
  links: [Relationship, Node, Degrees | null][];
}

function linked(record: { get(key: string): unknown }): Linked {
  return {
    e: record.get("e") as Node,
    links: [...(record.get("actors") as []), ...(record.get("places") as [])],
  };
}

export async function walkGraph(tx: ManagedTransaction, q: GraphQuery): Promise<Walk> {
  const filters = {
    from: q.from ?? null,
    to: q.to ?? null,
    codes: q.codes ?? null,
    minSources: neo4j.int(q.minSources),
  };
  const walk: Walk = {
    events: new Map(),
    others: new Map(),
    rels: [],
    truncated: false,
    capped: new Map(),
  };
  const degrees = new Map<string, Degrees>();
  /** Adds events newest first up to the limit; returns the nodes they reach for the first time. */
  const addEvents = (events: Linked[]) => {
    const fresh = events.filter(({ e }) => !walk.events.has(e.elementId));
    if (walk.events.size + fresh.length > q.limit) walk.truncated = true;
    const taken = fresh.slice(0, Math.max(0, q.limit - walk.events.size));
    const reached: Node[] = [];
    for (const { e, links } of taken) {
      walk.events.set(e.elementId, e);
      for (const [rel, node, degree] of links) {
        walk.rels.push(rel);
        if (!walk.others.has(node.elementId)) reached.push(node);
        walk.others.set(node.elementId, node);
        if (degree) degrees.set(node.elementId, degree);
      }
    }
    return reached;
  };

  if (!q.center?.length) {
    const result = await tx.run(ALL_EVENTS, {
      ...filters,
      limit: neo4j.int(q.limit + 1),
      degrees: false,
    });
    addEvents(result.records.map(linked));
    // Actors in no event are still part of "the whole graph" when nothing narrows it.
    if (!q.from && !q.to && !q.codes && q.minSources === 1 && !walk.truncated) {
      const lone = await tx.run(
        "MATCH (a:Actor) WHERE NOT (a)-[:PARTICIPATED_IN|INVOLVED_IN]->() RETURN a ORDER BY a.name LIMIT $limit",
        { limit: neo4j.int(q.limit) },
      );
      for (const r of lone.records) walk.others.set((r.get("a") as Node).elementId, r.get("a") as Node);
    }
    return walk;
  }

  let frontier: Node[] = [];
  const eventEids: string[] = [];
  let counts = { Meeting: 0, Incident: 0 };
  for (const id of q.center) {
    const ref = parseElementId(id);
    if (!ref)
      throw new AppError(400, "bad_request", `center: "${id}" is not a node id like "actor:lukashenko"`);
    // With the numbers of meetings and incidents from the count store, to choose how to read hubs.
    const found = await tx.run(
      `MATCH (c:${ref.label} {id: $key})
       RETURN c, ${DEGREES("c")} AS degrees, COUNT { MATCH (:Meeting) } AS meetings, COUNT { MATCH (:Incident) } AS incidents`,
      { key: ref.key },
    );
    const record = found.records[0];
    const node = record?.get("c") as Node | undefined;
    if (!record || !node) throw new AppError(404, "not_found", `No node with id "${id}"`);
    counts = { Meeting: record.get("meetings") as number, Incident: record.get("incidents") as number };
    if (ref.label === "Meeting" || ref.label === "Incident") eventEids.push(node.elementId);
    else {
      walk.others.set(node.elementId, node);
      degrees.set(node.elementId, record.get("degrees") as Degrees);
      frontier.push(node);
    }
  }
  // The date index finds a hub's newest events only when no filter but dates can reject them:
  // with codes or minSources it might scan far for few matches, so those walks expand every node.
  const indexed = !q.codes && q.minSources === 1;
  const frontierQuery = FRONTIER_QUERIES[dateRange(q)];

  for (let step = 0; step < q.depth && (frontier.length || eventEids.length); step++) {
    // Only the centres' own events are paged by offset.
    const skip = step === 0 ? q.offset : 0;
    const want = skip + q.perNode + 1;
    const lists: Record<string, string[]> = {};
    SIDES.forEach((side, i) => {
      const hubs: string[] = (lists[`hubs${i}`] = []);
      const nodes: string[] = (lists[`nodes${i}`] = []);
      for (const node of frontier) {
        const degree = degrees.get(node.elementId)?.[i] ?? 0;
        if (!degree || !node.labels.includes(side.from)) continue;
        // Index walk: about want × N / degree entries; expansion: degree relationships.
        const hub = indexed && degree * degree >= 2 * want * counts[side.event];
        (hub ? hubs : nodes).push(node.elementId);
      }
    });
    const result = await tx.run(frontierQuery, {
      ...filters,
      ...lists,
      want: neo4j.int(want),
      skip: neo4j.int(skip),
      perNode: neo4j.int(q.perNode),
      eventEids: step === 0 ? eventEids : [],
      degrees: step + 1 < q.depth,
    });
    const picked = new Map<string, Linked>();
    const byId = new Map(frontier.map((n) => [n.elementId, n]));
    for (const record of result.records) {
      const eid = record.get("eid") as string | null;
      const node = eid ? byId.get(eid) : undefined;
      if (node && record.get("capped") && !walk.capped.has(eid!)) {
        const total = (degrees.get(eid!) ?? [0, 0, 0]).reduce((a, b) => a + b, 0);
        walk.capped.set(eid!, { node, total });
      }
      const event = linked(record);
      picked.set(event.e.elementId, event);
    }
    frontier = addEvents(newestFirst([...picked.values()], (l) => l.e));
    if (walk.truncated) break;
  }
  return walk;
}

/** The capped nodes with how many of their events the answer holds. */
function cappedNodes(walk: Walk): CappedNode[] {
  const shown = new Map<string, number>();
  for (const rel of walk.rels) {
    const end = rel.type === "OCCURRED_AT" ? rel.endNodeElementId : rel.startNodeElementId;
    shown.set(end, (shown.get(end) ?? 0) + 1);
  }
  return [...walk.capped.entries()].map(([eid, { node, total }]) => ({
    id: elementId(node),
    shown: shown.get(eid) ?? 0,
    total,
  }));
}

function fullView(walk: Walk, q: GraphQuery): Element[] {
  const set = new ElementSet();
  const keepKind = (node: Node) => !q.kinds || q.kinds.includes(nodeElement(node).data.kind);
  for (const node of [...walk.others.values(), ...walk.events.values()])
    if (keepKind(node)) set.addNode(node);
  for (const rel of walk.rels)
    if (!q.rels || q.rels.includes(rel.type as (typeof GRAPH_RELS)[number])) set.addRelationship(rel);
  return set.toJSON();
}

/** Actors only; one MET edge per pair of actors who shared a meeting, weighted by meetings. */
function whoMetWhom(walk: Walk): Element[] {
  const set = new ElementSet();
  const participants = new Map<string, Node[]>();
  for (const rel of walk.rels) {
    if (rel.type !== "PARTICIPATED_IN") continue;
    const actor = walk.others.get(rel.startNodeElementId);
    if (!actor) continue;
    participants.set(rel.endNodeElementId, [...(participants.get(rel.endNodeElementId) ?? []), actor]);
  }
  const pairs = new Map<string, EdgeElement>();
  for (const [eid, actors] of participants) {
    const meeting = walk.events.get(eid)!;
    const date = String(meeting.properties.date);
    const sources = Number(meeting.properties.sourceCount ?? 1);
    const ids = [...new Set(actors.map((a) => set.addNode(a)))].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const id = `MET:${ids[i]}--${ids[j]}`;
        const edge = pairs.get(id) ?? {
          group: "edges" as const,
          data: {
            id,
            source: ids[i]!,
            target: ids[j]!,
            type: "MET",
            weight: 0,
            sources: 0,
            meetings: [] as string[],
            firstDate: date,
            lastDate: date,
          },
        };
        const d = edge.data as unknown as {
          weight: number;
          sources: number;
          meetings: string[];
          firstDate: string;
          lastDate: string;
        };
        d.weight += 1;
        d.sources = Math.max(d.sources, sources);
        d.meetings.push(elementId(meeting));
        if (date < d.firstDate) d.firstDate = date;
        if (date > d.lastDate) d.lastDate = date;
        pairs.set(id, edge);
      }
    }
  }
  // Actors of the neighbourhood without a meeting (e.g. the centre) still show.
  for (const node of walk.others.values()) if (node.labels.includes("Actor")) set.addNode(node);
  for (const edge of pairs.values()) {
    (edge.data.meetings as string[]).sort();
    set.addEdge(edge);
  }
  return set.toJSON();
}
