// GET /api/paths: the shortest paths between two actors (server/graph/paths.ts).
import { Router } from "express";
import type { Neo4jTarget } from "../../cypher/run.ts";
import { PathsQuery } from "../../contract/paths.ts";
import { shortestPaths } from "../graph/paths.ts";

export function pathRoutes(db: Neo4jTarget): Router {
  const router = Router();
  router.get("/api/paths", async (req, res) => {
    res.json(await shortestPaths(db, PathsQuery.parse(req.query)));
  });
  return router;
}
