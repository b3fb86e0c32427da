// Embed pages: /embed/:viewId, /embed?center=…, /embed?query=…, the <whomet-graph> script and the PNG
// snapshot. Their own security headers and rate limit are mounted in server/app.ts; the page itself is
// built in server/embed/page.ts.
import { join } from "node:path";
import { Router, type Request, type Response } from "express";
import { z } from "zod";
import { DEFAULT_OPTIONS, EmbedOptionsInput, TimeRange, ViewId } from "../../contract/views.ts";
import { definedOnly, parseEmbedQuery } from "../embed/page-query.ts";
import { embedPage, errorBoot, refuseSource, type EmbedDeps, type PageBoot } from "../embed/page.ts";
import { findSnapshot, findView } from "../embed/saved-views.ts";
import { AppError, toAppError } from "../errors.ts";

export function embedRoutes(deps: EmbedDeps): Router {
  const { config, db, clientDir } = deps;
  const router = Router();
  router.get("/embed/whomet-graph.js", (_req, res, next) => {
    res.set({ "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" });
    res.sendFile(join(clientDir, "embed", "whomet-graph.js"), (error) => {
      if (error && !res.headersSent) next(new AppError(404, "not_found", "whomet-graph.js is not built"));
    });
  });

  async function send(
    req: Request,
    res: Response,
    status: number,
    boot: PageBoot,
    explorerPath: string,
  ): Promise<void> {
    res
      .status(status)
      .type("html")
      .send(await embedPage({ config, clientDir }, req, status, boot, explorerPath));
  }

  router.get("/embed/:file", async (req, res) => {
    const png = /^(.+)\.png$/.exec(req.params.file)?.[1];
    if (png !== undefined) {
      const { id } = z.object({ id: ViewId }).parse({ id: png });
      const data = await findSnapshot(db, id);
      if (!data) throw new AppError(404, "not_found", `No snapshot for view "${id}"`);
      res.set({ "Content-Type": "image/png", "Cache-Control": "public, max-age=300" }).send(data);
      return;
    }
    const parsedId = ViewId.safeParse(req.params.file);
    const view = parsedId.success ? await findView(db, parsedId.data) : undefined;
    if (!view) {
      const message = `This view does not exist (no saved view "${req.params.file}"). It may have been deleted.`;
      return send(req, res, 404, errorBoot(message), "/");
    }
    const explorer = `/?view=${view.id}`;
    const overrides = EmbedOptionsInput.extend(TimeRange.shape).safeParse(req.query);
    if (!overrides.success)
      return send(req, res, 400, errorBoot(toAppError(overrides.error).message), explorer);
    const refused = await refuseSource(deps, view.source);
    if (refused) return send(req, res, refused.status, errorBoot(refused.message), explorer);
    const { from, to, ...options } = definedOnly(overrides.data);
    const boot = {
      title: view.title,
      viewId: view.id,
      source: view.source,
      error: null,
      options: { ...DEFAULT_OPTIONS, ...view.options, ...options },
      timeRange: { ...view.timeRange, ...definedOnly({ from, to }) },
      layout: view.layout,
      viewport: view.viewport ?? null,
    };
    return send(req, res, 200, boot, explorer);
  });

  router.get("/embed", async (req, res) => {
    let embed: ReturnType<typeof parseEmbedQuery>;
    try {
      embed = parseEmbedQuery(req.query as Record<string, unknown>);
    } catch (error) {
      const message = `This embed link is not valid: ${toAppError(error).message}`;
      return send(req, res, 400, errorBoot(message), "/");
    }
    const { source, options, timeRange } = embed;
    const refused = await refuseSource(deps, source);
    if (refused) return send(req, res, refused.status, errorBoot(refused.message), "/");
    const what = source.kind === "query" ? source.query : String(source.params.center ?? "the whole graph");
    const boot = {
      title: `whomet: ${what}`,
      viewId: null,
      source,
      error: null,
      options: { ...DEFAULT_OPTIONS, ...options },
      timeRange,
      layout: null,
      viewport: null,
    };
    const explorer = `/?${new URLSearchParams(req.query as Record<string, string>).toString()}`;
    return send(req, res, 200, boot, explorer);
  });

  return router;
}
