// GET /api/graph: a subgraph as Cytoscape elements — the whole graph (capped) or the neighbourhood of
// one or more nodes — filtered by kinds, relationship types, event codes, dates and corroboration.
// view=whomet collapses meetings into one weighted edge per pair of actors.
import { Router } from "express";
import neo4j, { type Driver, type ManagedTransaction, type Node, type Relationship } from "neo4j-driver";
import { z } from "zod";
import { readTx } from "../../cypher/neo4j.ts";
import { AppError } from "../errors.ts";
import {
  ElementSet,
  elementId,
  nodeElement,
  parseElementId,
  type EdgeElement,
  type Element,
} from "../elements.ts";
import { csvList, ELEMENT_KINDS, isoDate } from "../params.ts";

const GRAPH_RELS = ["PARTICIPATED_IN", "INVOLVED_IN", "OCCURRED_AT"] as const;

export const GraphQuery = z
  .object({
    center: csvList(z.string().min(1).max(300)),
    depth: z.coerce.number().int().min(1).max(3).default(1),
    kinds: csvList(z.enum(ELEMENT_KINDS)),
    rels: csvList(z.enum(GRAPH_RELS)),
    codes: csvList(z.string().regex(/^\d{2,4}$/, "must be a CAMEO code like 041")),
    from: isoDate.optional(),
    to: isoDate.optional(),
    minSources: z.coerce.number().int().min(1).max(1000).default(1),
    limit: z.coerce.number().int().min(1).max(5000).default(500),
    view: z.enum(["full", "whomet"]).default("full"),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "from must not be after to",
    path: ["from"],
  });
export type GraphQuery = z.infer<typeof GraphQuery>;

// One filter for meetings and incidents, used at every step of the walk.
const EVENT_FILTER = `($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  AND ($codes IS NULL OR e.cameo IN $codes) AND coalesce(e.sourceCount, 1) >= $minSources`;

const EVENTS_OF_FRONTIER = `
CALL () {
  MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Meeting) WHERE a.id IN $actorIds RETURN e
  UNION
  MATCH (a:Actor)-[:INVOLVED_IN]->(e:Incident) WHERE a.id IN $actorIds RETURN e
  UNION
  MATCH (p:Place)<-[:OCCURRED_AT]-(e:Incident) WHERE p.id IN $placeIds RETURN e
  UNION
  MATCH (e) WHERE elementId(e) IN $eventEids RETURN e
}
WITH DISTINCT e WHERE ${EVENT_FILTER}
RETURN e ORDER BY e.date DESC, e.id LIMIT $limit`;

const ALL_EVENTS = `
CALL () {
  MATCH (e:Meeting) RETURN e
  UNION
  MATCH (e:Incident) RETURN e
}
WITH e WHERE ${EVENT_FILTER}
RETURN e ORDER BY e.date DESC, e.id LIMIT $limit`;

const EVENT_LINKS = `
MATCH (e) WHERE elementId(e) IN $eids
OPTIONAL MATCH (e)<-[r:PARTICIPATED_IN|INVOLVED_IN]-(a:Actor)
WITH e, collect([r, a]) AS actors
OPTIONAL MATCH (e)-[o:OCCURRED_AT]->(p:Place)
RETURN e, actors, collect([o, p]) AS places`;

interface Walk {
  events: Map<string, Node>;
  others: Map<string, Node>;
  rels: Relationship[];
  truncated: boolean;
}

export function graphRoutes(driver: Driver, database: string): Router {
  const router = Router();
  router.get("/api/graph", async (req, res) => {
    const q = GraphQuery.parse(req.query);
    const walk = await readTx(driver, database, (tx) => walkGraph(tx, q));
    const elements = q.view === "whomet" ? whoMetWhom(walk) : fullView(walk, q);
    res.json({ elements, truncated: walk.truncated });
  });
  return router;
}

export async function walkGraph(tx: ManagedTransaction, q: GraphQuery): Promise<Walk> {
  const filters = {
    from: q.from ?? null,
    to: q.to ?? null,
    codes: q.codes ?? null,
    minSources: neo4j.int(q.minSources),
    limit: neo4j.int(q.limit + 1),
  };
  const walk: Walk = { events: new Map(), others: new Map(), rels: [], truncated: false };
  const addEvents = async (records: Node[]) => {
    const fresh = records.filter((e) => !walk.events.has(e.elementId));
    if (walk.events.size + fresh.length > q.limit) walk.truncated = true;
    const taken = fresh.slice(0, Math.max(0, q.limit - walk.events.size));
    for (const e of taken) walk.events.set(e.elementId, e);
    if (!taken.length) return [];
    const links = await tx.run(EVENT_LINKS, { eids: taken.map((e) => e.elementId) });
    const reached: Node[] = [];
    for (const record of links.records) {
      for (const [rel, node] of [...record.get("actors"), ...record.get("places")] as [
        Relationship,
        Node,
      ][]) {
        if (!rel || !node) continue;
        walk.rels.push(rel);
        if (!walk.others.has(node.elementId)) reached.push(node);
        walk.others.set(node.elementId, node);
      }
    }
    return reached;
  };

  if (!q.center?.length) {
    const result = await tx.run(ALL_EVENTS, filters);
    await addEvents(result.records.map((r) => r.get("e") as Node));
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
  for (const id of q.center) {
    const ref = parseElementId(id);
    if (!ref)
      throw new AppError(400, "bad_request", `center: "${id}" is not a node id like "actor:lukashenko"`);
    const found = await tx.run(`MATCH (c:${ref.label} {id: $key}) RETURN c`, { key: ref.key });
    const node = found.records[0]?.get("c") as Node | undefined;
    if (!node) throw new AppError(404, "not_found", `No node with id "${id}"`);
    if (ref.label === "Meeting" || ref.label === "Incident") eventEids.push(node.elementId);
    else {
      walk.others.set(node.elementId, node);
      frontier.push(node);
    }
  }
  for (let step = 0; step < q.depth && (frontier.length || eventEids.length); step++) {
    const ids = (label: string) =>
      frontier.filter((n) => n.labels.includes(label)).map((n) => String(n.properties.id));
    const result = await tx.run(EVENTS_OF_FRONTIER, {
      ...filters,
      actorIds: ids("Actor"),
      placeIds: ids("Place"),
      eventEids: step === 0 ? eventEids : [],
    });
    frontier = await addEvents(result.records.map((r) => r.get("e") as Node));
    if (walk.truncated) break;
  }
  return walk;
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
