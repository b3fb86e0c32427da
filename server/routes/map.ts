// GET /api/map: meetings and incidents with coordinates, for the explorer's map (server/graph/map.ts).
import { Router } from "express";
import type { Neo4jTarget } from "../../cypher/run.ts";
import { MapQuery } from "../../contract/map.ts";
import { mapPoints } from "../graph/map.ts";

export function mapRoutes(db: Neo4jTarget): Router {
  const router = Router();
  router.get("/api/map", async (req, res) => {
    res.json(await mapPoints(db, MapQuery.parse(req.query)));
  });
  return router;
}
