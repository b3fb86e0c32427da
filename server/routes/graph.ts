// GET /api/graph: a subgraph as Cytoscape elements — the whole graph (capped) or the neighbourhood of
// one or more nodes — filtered by kinds, relationship types, event codes, dates and corroboration.
// view=whomet collapses meetings into one weighted edge per pair of actors.
import { Router } from "express";
import { readTransaction, type Neo4jTarget } from "../../cypher/run.ts";
import { GraphQuery, type GraphResponse } from "../../contract/graph.ts";
import { fullView, whoMetWhom } from "../graph/views.ts";
import { cappedNodes, walkGraph } from "../graph/walk.ts";

export function graphRoutes(db: Neo4jTarget): Router {
  const router = Router();
  router.get("/api/graph", async (req, res) => {
    const q = GraphQuery.parse(req.query);
    const walk = await readTransaction(db, (tx) => walkGraph(tx, q));
    const elements = q.view === "whomet" ? whoMetWhom(walk) : fullView(walk, q);
    const body: GraphResponse = { elements, truncated: walk.truncated, capped: cappedNodes(walk) };
    res.json(body);
  });
  return router;
}
