// GET /api/search: actors, places and events by name or alias, ranked (server/graph/search.ts).
import { Router } from "express";
import type { Driver } from "neo4j-driver";
import { SearchQuery } from "../../contract/search.ts";
import { searchNodes } from "../graph/search.ts";

export function searchRoutes(driver: Driver, database: string): Router {
  const router = Router();
  router.get("/api/search", async (req, res) => {
    res.json(await searchNodes(driver, database, SearchQuery.parse(req.query)));
  });
  return router;
}
