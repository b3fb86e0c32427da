// GET /oembed: the oEmbed 1.0 provider for embed URLs of this server (server/embed/oembed.ts), so CMSs
// that speak oEmbed turn a pasted whomet link into the live iframe.
import { Router } from "express";
import type { Neo4jTarget } from "../../cypher/run.ts";
import { OembedQuery } from "../../contract/oembed.ts";
import type { Config } from "../config.ts";
import { oembedFor } from "../embed/oembed.ts";
import { publicBase } from "../embed/snippets.ts";

export function oembedRoutes(config: Config, db: Neo4jTarget): Router {
  const router = Router();
  router.get("/oembed", async (req, res) => {
    const body = await oembedFor(db, OembedQuery.parse(req.query), publicBase(req, config));
    res.set("Access-Control-Allow-Origin", "*").json(body);
  });
  return router;
}
