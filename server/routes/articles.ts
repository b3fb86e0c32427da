// GET /api/articles/:id: an article's text and the quotes taken from it, for the reader view (#20)
// (server/articles/article-text.ts).
import { Router } from "express";
import type { Neo4jTarget } from "../../cypher/run.ts";
import { ArticleParams } from "../../contract/articles.ts";
import { articleText } from "../articles/article-text.ts";

export function articleRoutes(db: Neo4jTarget): Router {
  const router = Router();
  router.get("/api/articles/:id", async (req, res) => {
    const { id } = ArticleParams.parse(req.params);
    res.json(await articleText(db, id));
  });
  return router;
}
