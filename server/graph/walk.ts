// The neighbourhood walk behind GET /api/graph: from the centres, step by step, each node's newest
// events (at most perNode, paged by offset), up to the limit of events; or, without centres, the newest
// events of the whole graph. Returns Neo4j nodes and relationships; server/graph/views.ts shapes them.
import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { isNode, isRelationship, type Row, type Tx } from "../../cypher/run.ts";
import type { CappedNode, GraphQuery } from "../../contract/graph.ts";
import { AppError } from "../errors.ts";
import { elementId, parseElementId } from "../elements.ts";
import { ALL_EVENTS, dateRange, DEGREES, FRONTIER_QUERIES, SIDES, type Degrees } from "./cypher.ts";

export interface Walk {
  events: Map<string, Node>;
  others: Map<string, Node>;
  rels: Relationship[];
  truncated: boolean;
  /** Nodes cut at perNode, by element id, with their total number of events. */
  capped: Map<string, { node: Node; total: number }>;
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

/** A node's three degrees as LINKS and the centre lookup return them (a list of numbers, or null). */
function degreesOf(value: unknown): Degrees | null {
  if (value === null) return null;
  const [meetings, involved, occurred] = Array.isArray(value) ? value : [];
  if (typeof meetings === "number" && typeof involved === "number" && typeof occurred === "number")
    return [meetings, involved, occurred];
  throw new Error("Neo4j record: degrees must be three numbers");
}

/** One [relationship, node, degrees] triple of LINKS. */
function link(value: unknown): Linked["links"][number] {
  if (!Array.isArray(value) || !isRelationship(value[0]) || !isNode(value[1]))
    throw new Error("Neo4j record: a link must be [relationship, node, degrees]");
  return [value[0], value[1], degreesOf(value[2])];
}

function linked(row: Row): Linked {
  return { e: row.node("e"), links: [...row.list("actors", link), ...row.list("places", link)] };
}

export async function walkGraph(tx: Tx, q: GraphQuery): Promise<Walk> {
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
    addEvents(
      await tx.rows(ALL_EVENTS, { ...filters, limit: neo4j.int(q.limit + 1), degrees: false }, linked),
    );
    // Actors in no event are still part of "the whole graph" when nothing narrows it.
    if (!q.from && !q.to && !q.codes && q.minSources === 1 && !walk.truncated) {
      const lone = await tx.rows(
        "MATCH (a:Actor) WHERE NOT (a)-[:PARTICIPATED_IN|INVOLVED_IN]->() RETURN a ORDER BY a.name LIMIT $limit",
        { limit: neo4j.int(q.limit) },
        (row) => row.node("a"),
      );
      for (const actor of lone) walk.others.set(actor.elementId, actor);
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
    const found = await tx.first(
      `MATCH (c:${ref.label} {id: $key})
       RETURN c, ${DEGREES("c")} AS degrees, COUNT { MATCH (:Meeting) } AS meetings, COUNT { MATCH (:Incident) } AS incidents`,
      { key: ref.key },
      (row) => ({
        node: row.node("c"),
        degrees: degreesOf(row.raw("degrees")),
        counts: { Meeting: row.number("meetings"), Incident: row.number("incidents") },
      }),
    );
    if (!found) throw new AppError(404, "not_found", `No node with id "${id}"`);
    const { node } = found;
    counts = found.counts;
    if (ref.label === "Meeting" || ref.label === "Incident") eventEids.push(node.elementId);
    else {
      walk.others.set(node.elementId, node);
      if (found.degrees) degrees.set(node.elementId, found.degrees);
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
    const rows = await tx.rows(
      frontierQuery,
      {
        ...filters,
        ...lists,
        want: neo4j.int(want),
        skip: neo4j.int(skip),
        perNode: neo4j.int(q.perNode),
        eventEids: step === 0 ? eventEids : [],
        degrees: step + 1 < q.depth,
      },
      (row) => ({ eid: row.stringOrNull("eid"), capped: row.boolean("capped"), event: linked(row) }),
    );
    const picked = new Map<string, Linked>();
    const byId = new Map(frontier.map((n) => [n.elementId, n]));
    for (const { eid, capped, event } of rows) {
      const node = eid ? byId.get(eid) : undefined;
      if (eid && node && capped && !walk.capped.has(eid)) {
        const total = (degrees.get(eid) ?? [0, 0, 0]).reduce((a, b) => a + b, 0);
        walk.capped.set(eid, { node, total });
      }
      picked.set(event.e.elementId, event);
    }
    frontier = addEvents(newestFirst([...picked.values()], (l) => l.e));
    if (walk.truncated) break;
  }
  return walk;
}

/** The capped nodes with how many of their events the answer holds. */
export function cappedNodes(walk: Walk): CappedNode[] {
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
