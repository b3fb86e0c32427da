// Saved views API: POST /api/views (token), GET /api/views/:id, PUT /api/views/:id/snapshot (token, PNG).
// Each answer carries the view's embed links and ready-to-paste snippets.
import { createHash, timingSafeEqual } from "node:crypto";
import express, { Router, type RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.ts";
import { publicBase, viewLinks, viewSnippets } from "../embed/snippets.ts";
import { AppError } from "../errors.ts";
import { createView, findView, pngSize, saveSnapshot } from "../embed/saved-views.ts";
import { SavedViewInput, ViewIdParams, type SavedView, type ViewResponse } from "../../contract/views.ts";

/** Largest accepted snapshot; a 1200 px wide graph PNG is typically 100–300 KB. */
export const SNAPSHOT_LIMIT_BYTES = 512 * 1024;

/** Bearer API_TOKEN; without API_TOKEN configured the route is disabled (403 `disabled`: no token could
 * open it, so not 401 `unauthorized`), not open. */
export function requireApiToken(config: Pick<Config, "API_TOKEN">, what: string): RequestHandler {
  return (req, _res, next) => {
    if (!config.API_TOKEN)
      return next(new AppError(403, "disabled", `${what} is disabled: the server has no API_TOKEN`));
    const given = /^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1] ?? "";
    // Both sides hashed first: equal lengths always, so the comparison does not reveal the token's length.
    const digest = (text: string) => createHash("sha256").update(text).digest();
    if (!timingSafeEqual(digest(given), digest(config.API_TOKEN)))
      return next(
        new AppError(
          401,
          "unauthorized",
          "authorization: expected `Bearer <API_TOKEN>` with the server's token",
        ),
      );
    next();
  };
}

/** Embeds are read by many readers, so they get their own, larger per-IP budget. */
export function embedRateLimit(config: Pick<Config, "EMBED_RATE_LIMIT_PER_MINUTE">): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: config.EMBED_RATE_LIMIT_PER_MINUTE,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(
        new AppError(
          429,
          "rate_limited",
          `Too many requests: at most ${config.EMBED_RATE_LIMIT_PER_MINUTE} a minute`,
        ),
      ),
  });
}

export type { ViewResponse };

function withEmbedCode(view: SavedView, base: string): ViewResponse {
  const links = viewLinks(base, view.id, view.snapshot !== null);
  return { ...view, links, snippets: viewSnippets(links, view.id, view.title, base) };
}

export function viewRoutes(config: Config, driver: Driver, database: string): Router {
  const router = Router();
  const limit = embedRateLimit(config);
  const auth = requireApiToken(config, "Saving views");

  router.post("/api/views", limit, auth, async (req, res) => {
    const input = SavedViewInput.parse(req.body ?? {});
    const view = await createView(driver, database, input);
    const body = withEmbedCode(view, publicBase(req, config));
    res.status(201).location(`/api/views/${view.id}`).json(body);
  });

  router.get("/api/views/:id", limit, async (req, res) => {
    const { id } = ViewIdParams.parse(req.params);
    const view = await findView(driver, database, id);
    if (!view) throw new AppError(404, "not_found", `No saved view with id "${id}"`);
    res.json(withEmbedCode(view, publicBase(req, config)));
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
      if (!(await saveSnapshot(driver, database, id, req.body, size)))
        throw new AppError(404, "not_found", `No saved view with id "${id}"`);
      res.status(204).end();
    },
  );

  return router;
}
