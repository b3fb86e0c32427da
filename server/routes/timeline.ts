// GET /api/timeline: meetings and incidents per day or per `bin`, for the time bar (server/graph/timeline.ts).
import { Router } from "express";
import type { Neo4jTarget } from "../../cypher/run.ts";
import { TimelineQuery } from "../../contract/timeline.ts";
import { timeline } from "../graph/timeline.ts";

export function timelineRoutes(db: Neo4jTarget): Router {
  const router = Router();
  router.get("/api/timeline", async (req, res) => {
    res.json(await timeline(db, TimelineQuery.parse(req.query)));
  });
  return router;
}
