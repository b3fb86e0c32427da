// GET /api/graph: the whole graph (capped) or the neighbourhood of one node, as Cytoscape elements.
import { Router } from "express";
import neo4j, { type Driver, type Node, type Path } from "neo4j-driver";
import { z } from "zod";
import { readTx } from "../../cypher/neo4j.ts";
import { AppError } from "../errors.ts";
import { ElementSet, parseElementId } from "../elements.ts";

export const GraphQuery = z.object({
  center: z.string().min(1).max(300).optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});

// Every kind of node is two hops from its neighbours' neighbours (actor → meeting → actor),
// so a "depth" counts relationship hops times two for actor-to-actor reach.
export function graphRoutes(driver: Driver, database: string): Router {
  const router = Router();
  router.get("/api/graph", async (req, res) => {
    const q = GraphQuery.parse(req.query);
    const set = new ElementSet();
    let truncated = false;
    await readTx(driver, database, async (tx) => {
      if (q.center) {
        const ref = parseElementId(q.center);
        if (!ref)
          throw new AppError(
            400,
            "bad_request",
            `center: "${q.center}" is not a node id like "actor:lukashenko"`,
          );
        const found = await tx.run(`MATCH (c:${ref.label} {id: $key}) RETURN c`, { key: ref.key });
        const center = found.records[0]?.get("c") as Node | undefined;
        if (!center) throw new AppError(404, "not_found", `No node with id "${q.center}"`);
        set.addNode(center);
        const hops = q.depth * 2;
        const result = await tx.run(
          `MATCH (c) WHERE elementId(c) = $eid
           MATCH p = (c)-[:PARTICIPATED_IN|INVOLVED_IN|OCCURRED_AT*1..${hops}]-(n)
           WITH p LIMIT $limit
           RETURN p`,
          { eid: center.elementId, limit: neo4j.int(q.limit + 1) },
        );
        truncated = result.records.length > q.limit;
        for (const record of result.records.slice(0, q.limit)) addPath(set, record.get("p") as Path);
      } else {
        const result = await tx.run(
          `MATCH (n) WHERE n:Actor OR n:Meeting OR n:Incident OR n:Place
           WITH n LIMIT $limit
           OPTIONAL MATCH (n)-[r:PARTICIPATED_IN|INVOLVED_IN|OCCURRED_AT]->(m)
           RETURN n, collect(r) AS rels`,
          { limit: neo4j.int(q.limit + 1) },
        );
        truncated = result.records.length > q.limit;
        const records = result.records.slice(0, q.limit);
        for (const record of records) set.addNode(record.get("n") as Node);
        for (const record of records) for (const r of record.get("rels")) set.addRelationship(r);
      }
    });
    res.json({ elements: set.toJSON(), truncated });
  });
  return router;
}

function addPath(set: ElementSet, path: Path): void {
  set.addNode(path.start);
  for (const segment of path.segments) {
    set.addNode(segment.end);
    set.addRelationship(segment.relationship);
  }
}
