// GET /api/timeline: meetings and incidents per day, for the time filter (server/graph/timeline.ts).
import { Router } from "express";
import type { Driver } from "neo4j-driver";
import { TimelineQuery } from "../../contract/timeline.ts";
import { timeline } from "../graph/timeline.ts";

export function timelineRoutes(driver: Driver, database: string): Router {
  const router = Router();
  router.get("/api/timeline", async (req, res) => {
    res.json(await timeline(driver, database, TimelineQuery.parse(req.query)));
  });
  return router;
}
