// GET /api/stats: counts by label and relationship type, and the date span (server/graph/stats.ts).
import { Router } from "express";
import type { Driver } from "neo4j-driver";
import { graphStats } from "../graph/stats.ts";

export function statsRoutes(driver: Driver, database: string): Router {
  const router = Router();
  router.get("/api/stats", async (_req, res) => {
    res.json(await graphStats(driver, database));
  });
  return router;
}
