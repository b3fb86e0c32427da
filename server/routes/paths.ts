// GET /api/paths: the shortest paths between two actors (server/graph/paths.ts).
import { Router } from "express";
import type { Driver } from "neo4j-driver";
import { PathsQuery } from "../../contract/paths.ts";
import { shortestPaths } from "../graph/paths.ts";

export function pathRoutes(driver: Driver, database: string): Router {
  const router = Router();
  router.get("/api/paths", async (req, res) => {
    res.json(await shortestPaths(driver, database, PathsQuery.parse(req.query)));
  });
  return router;
}
