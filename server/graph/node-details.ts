// One node with its meetings and incidents in date order, and the articles that report each of them.
import { z } from "zod";
import { toPlain } from "../../cypher/neo4j.ts";
import { readTransaction, type Neo4jTarget } from "../../cypher/run.ts";
import { Source, type NodeDetails } from "../../contract/nodes.ts";
import { nodeElement, parseElementId } from "../elements.ts";
import { AppError } from "../errors.ts";

// The events a node belongs to: an actor's, a place's, an article's, or the event itself.
const NODE_EVENTS = `
CALL (n) {
  MATCH (n)-[:PARTICIPATED_IN|INVOLVED_IN]->(e) RETURN e
  UNION
  MATCH (n)<-[:OCCURRED_AT]-(e) RETURN e
  UNION
  MATCH (n)<-[:REPORTED_IN]-(e) RETURN e
  UNION
  MATCH (e) WHERE e = n AND (e:Meeting OR e:Incident) RETURN e
}
WITH e ORDER BY e.date, e.id LIMIT 500
RETURN e {
  .id, .kind, .cameo, .label, .description, .sourceCount, date: toString(e.date),
  isMeeting: e:Meeting,
  people: COLLECT { MATCH (e)<-[:PARTICIPATED_IN|INVOLVED_IN]-(a:Actor) RETURN {id: 'actor:' + a.id, label: a.name} ORDER BY a.name },
  place: COLLECT { MATCH (e)-[:OCCURRED_AT]->(p:Place) RETURN p.name }[0],
  sources: COLLECT {
    MATCH (e)-[r:REPORTED_IN]->(a:Article)
    RETURN {article: a.id, slug: a.slug, date: toString(a.date), source: a.source, title: a.title, url: a.url,
            quote: r.quote, start: r.start, end: r.end} ORDER BY a.date, a.id
  }
} AS event`;

// One row of NODE_EVENTS, checked as it leaves Neo4j.
const EventRow = z.object({
  id: z.string(),
  kind: z.string(),
  cameo: z.string().nullable(),
  label: z.string().nullable(),
  description: z.string().nullable(),
  sourceCount: z.number().nullable(),
  date: z.string(),
  isMeeting: z.boolean(),
  people: z.array(z.object({ id: z.string(), label: z.string() })),
  place: z.string().nullable(),
  sources: z.array(Source),
});
type EventRow = z.infer<typeof EventRow>;

/** The node with element id `id` ("actor:lukashenko"); 400 for a malformed id, 404 for an unknown one. */
export async function nodeDetails(db: Neo4jTarget, id: string): Promise<NodeDetails> {
  const ref = parseElementId(id);
  if (!ref) throw new AppError(400, "bad_request", `id: "${id}" is not a node id like "actor:lukashenko"`);
  return readTransaction(db, async (tx) => {
    const node = await tx.first(`MATCH (n:${ref.label} {id: $key}) RETURN n`, { key: ref.key }, (row) =>
      row.node("n"),
    );
    if (!node) throw new AppError(404, "not_found", `No node with id "${id}"`);
    const events = await tx.rows(
      `MATCH (n) WHERE elementId(n) = $eid ${NODE_EVENTS}`,
      { eid: node.elementId },
      (row) => row.plain("event", EventRow),
    );
    const el = nodeElement(node);
    const props = z.record(z.string(), z.unknown()).parse(toPlain(node.properties));
    delete props.aliasText;
    const base = (e: EventRow) => ({
      id: `${e.isMeeting ? "meeting" : "incident"}:${e.id}`,
      date: e.date,
      kind: e.kind,
      cameo: e.cameo,
      label: e.label,
      sourceCount: e.sourceCount,
      sources: e.sources,
    });
    const self = events.find((e) => `${e.isMeeting ? "meeting" : "incident"}:${e.id}` === el.data.id);
    return {
      node: {
        id: el.data.id,
        kind: el.data.kind,
        subtype: el.data.subtype,
        label: el.data.label,
        properties: props,
      },
      meetings: events.filter((e) => e.isMeeting).map((e) => ({ ...base(e), participants: e.people })),
      incidents: events
        .filter((e) => !e.isMeeting)
        .map((e) => ({ ...base(e), description: e.description, place: e.place, actors: e.people })),
      sources: self?.sources ?? [],
    };
  });
}
