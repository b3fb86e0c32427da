// GET /api/search: actors, places and events by name or alias, ranked (server/graph/search.ts).
import { Router } from "express";
import type { Neo4jTarget } from "../../cypher/run.ts";
import { SearchQuery } from "../../contract/search.ts";
import { searchNodes } from "../graph/search.ts";

export function searchRoutes(db: Neo4jTarget): Router {
  const router = Router();
  router.get("/api/search", async (req, res) => {
    res.json(await searchNodes(db, SearchQuery.parse(req.query)));
  });
  return router;
}
