// GET /api/nodes/:id: one node, its meetings and incidents in date order, and their provenance
// (server/graph/node-details.ts).
import { Router } from "express";
import type { Neo4jTarget } from "../../cypher/run.ts";
import { NodeParams } from "../../contract/nodes.ts";
import { nodeDetails } from "../graph/node-details.ts";

export function nodeRoutes(db: Neo4jTarget): Router {
  const router = Router();
  router.get("/api/nodes/:id", async (req, res) => {
    const { id } = NodeParams.parse(req.params);
    res.json(await nodeDetails(db, id));
  });
  return router;
}
