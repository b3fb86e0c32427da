// GET /api/stats: counts by label and relationship type, and the date span (server/graph/stats.ts).
import { Router } from "express";
import type { Neo4jTarget } from "../../cypher/run.ts";
import { graphStats } from "../graph/stats.ts";

export function statsRoutes(db: Neo4jTarget): Router {
  const router = Router();
  router.get("/api/stats", async (_req, res) => {
    res.json(await graphStats(db));
  });
  return router;
}
