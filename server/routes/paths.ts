// GET /api/paths: the shortest paths between two actors through meetings and incidents.
import { Router } from "express";
import neo4j, { type Driver, type Path } from "neo4j-driver";
import { readTx } from "../../cypher/neo4j.ts";
import { PathsQuery, type PathsResponse } from "../../contract/paths.ts";
import { AppError } from "../errors.ts";
import { ElementSet } from "../elements.ts";

export function pathRoutes(driver: Driver, database: string): Router {
  const router = Router();
  router.get("/api/paths", async (req, res) => {
    const q = PathsQuery.parse(req.query);
    if (q.from === q.to) throw new AppError(400, "bad_request", "to: must be another actor than from");
    const { set, paths } = await readTx(driver, database, async (tx) => {
      const found = await tx.run("MATCH (a:Actor) WHERE a.id IN [$from, $to] RETURN a.id AS id", q);
      const have = new Set(found.records.map((r) => r.get("id") as string));
      for (const id of [q.from, q.to])
        if (!have.has(id)) throw new AppError(404, "not_found", `No actor with id "actor:${id}"`);
      // maxHops comes from a bounded integer, never from text.
      const result = await tx.run(
        `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
         MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN|INVOLVED_IN*..${q.maxHops}]-(b))
         RETURN p LIMIT $max`,
        { from: q.from, to: q.to, max: neo4j.int(q.max) },
      );
      const elements = new ElementSet();
      const ids = result.records.map((r) => {
        const path = r.get("p") as Path;
        const order = [elements.addNode(path.start)];
        for (const seg of path.segments) {
          order.push(elements.addNode(seg.end));
          elements.addRelationship(seg.relationship);
        }
        return order;
      });
      return { set: elements, paths: ids };
    });
    const body: PathsResponse = { elements: set.toJSON(), paths };
    res.json(body);
  });
  return router;
}
