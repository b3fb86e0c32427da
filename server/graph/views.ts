// The two shapes of a walk as Cytoscape elements: the full graph (actors, places, events and their
// relationships, filtered by kinds and relationship types) and who met whom (actors only, one weighted
// MET edge per pair of actors who shared a meeting).
import type { Node } from "neo4j-driver";
import { GRAPH_RELS, type GraphQuery } from "../../contract/graph.ts";
import { ElementSet, elementId, nodeElement, type EdgeElement, type Element } from "../elements.ts";
import type { Walk } from "./walk.ts";

export function fullView(walk: Walk, q: GraphQuery): Element[] {
  const set = new ElementSet();
  const keepKind = (node: Node) => !q.kinds || q.kinds.includes(nodeElement(node).data.kind);
  for (const node of [...walk.others.values(), ...walk.events.values()])
    if (keepKind(node)) set.addNode(node);
  for (const rel of walk.rels)
    if (!q.rels || q.rels.includes(rel.type as (typeof GRAPH_RELS)[number])) set.addRelationship(rel);
  return set.toJSON();
}

/** Actors only; one MET edge per pair of actors who shared a meeting, weighted by meetings. */
export function whoMetWhom(walk: Walk): Element[] {
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
