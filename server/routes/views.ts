// Saved views API: POST /api/views (token), GET /api/views/:id, PUT /api/views/:id/snapshot (token, PNG).
// Each answer carries the view's embed links and ready-to-paste snippets (server/embed/snippets.ts).
import express, { Router } from "express";
import type { Neo4jTarget } from "../../cypher/run.ts";
import { SavedViewInput, ViewIdParams, type ViewResponse } from "../../contract/views.ts";
import type { Config } from "../config.ts";
import { createView, findView, pngSize, saveSnapshot } from "../embed/saved-views.ts";
import { publicBase, withEmbedCode } from "../embed/snippets.ts";
import { AppError } from "../errors.ts";
import { requireApiToken } from "../middleware/auth.ts";
import { rateLimitPerMinute } from "../middleware/rate-limit.ts";

/** Largest accepted snapshot; a 1200 px wide graph PNG is typically 100–300 KB. */
export const SNAPSHOT_LIMIT_BYTES = 512 * 1024;

// The e2e tests take the answer's type from here.
export type { ViewResponse };

export function viewRoutes(config: Config, db: Neo4jTarget): Router {
  const router = Router();
  // Views are read by many embeds, so they share the embeds' larger per-IP budget.
  const limit = rateLimitPerMinute(config.EMBED_RATE_LIMIT_PER_MINUTE, "requests");
  const auth = requireApiToken(config, "Saving views");

  router.post("/api/views", limit, auth, async (req, res) => {
    const input = SavedViewInput.parse(req.body ?? {});
    const view = await createView(db, input);
    const body: ViewResponse = withEmbedCode(view, publicBase(req, config));
    res.status(201).location(`/api/views/${view.id}`).json(body);
  });

  router.get("/api/views/:id", limit, async (req, res) => {
    const { id } = ViewIdParams.parse(req.params);
    const view = await findView(db, id);
    if (!view) throw new AppError(404, "not_found", `No saved view with id "${id}"`);
    const body: ViewResponse = withEmbedCode(view, publicBase(req, config));
    res.json(body);
  });

  router.put(
    "/api/views/:id/snapshot",
    limit,
    auth,
    express.raw({ type: "image/png", limit: SNAPSHOT_LIMIT_BYTES }),
    async (req, res) => {
      const { id } = ViewIdParams.parse(req.params);
      if (!Buffer.isBuffer(req.body))
        throw new AppError(400, "bad_request", "content-type: the snapshot must be sent as image/png");
      const size = pngSize(req.body);
      if (!size) throw new AppError(400, "bad_request", "body: the snapshot is not a PNG image");
      if (!(await saveSnapshot(db, id, req.body, size)))
        throw new AppError(404, "not_found", `No saved view with id "${id}"`);
      res.status(204).end();
    },
  );

  return router;
}
