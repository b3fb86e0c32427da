// GET /oembed: the oEmbed 1.0 provider (https://oembed.com) for embed URLs of this server, so CMSs
// that speak oEmbed turn a pasted whomet link into the live iframe.
import { Router } from "express";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.ts";
import { parseEmbedQuery } from "../embed/page-query.ts";
import { DEFAULT_FRAME, iframeHtml, publicBase } from "../embed/snippets.ts";
import { AppError } from "../errors.ts";
import { findView } from "../embed/saved-views.ts";
import { OembedQuery, type OembedResponse } from "../../contract/oembed.ts";
import { ViewId } from "../../contract/views.ts";

/** The default frame scaled down (aspect kept) to fit maxwidth × maxheight. */
export function fitFrame(maxwidth?: number, maxheight?: number): { width: number; height: number } {
  const scale = Math.min(
    1,
    maxwidth ? maxwidth / DEFAULT_FRAME.width : 1,
    maxheight ? maxheight / DEFAULT_FRAME.height : 1,
  );
  return {
    width: Math.max(1, Math.floor(DEFAULT_FRAME.width * scale)),
    height: Math.max(1, Math.floor(DEFAULT_FRAME.height * scale)),
  };
}

export function oembedRoutes(config: Config, driver: Driver, database: string): Router {
  const router = Router();
  router.get("/oembed", async (req, res) => {
    const q = OembedQuery.parse(req.query);
    // oEmbed says: 501 for a format the provider does not offer.
    if (q.format !== "json")
      throw new AppError(501, "bad_request", `format: "${q.format}" is not offered; use format=json`);
    const base = publicBase(req, config);
    const url = new URL(q.url);
    if (url.origin !== new URL(base).origin)
      throw new AppError(404, "not_found", `url: "${q.url}" is not a page of this whomet server (${base})`);
    const frame = fitFrame(q.maxwidth, q.maxheight);
    const viewId =
      /^\/embed\/([^/]+)$/.exec(url.pathname)?.[1] ??
      (url.pathname === "/" ? url.searchParams.get("view") : null);
    const body: OembedResponse = {
      type: "rich",
      version: "1.0",
      title: "",
      provider_name: "whomet",
      provider_url: `${base}/`,
      html: "",
      ...frame,
      cache_age: 3600,
    };
    if (viewId !== null) {
      const id = ViewId.safeParse(viewId);
      const view = id.success ? await findView(driver, database, id.data) : undefined;
      if (!view) throw new AppError(404, "not_found", `url: no saved view "${viewId}"`);
      // Options in an /embed/<id>?theme=dark URL carry over; the explorer's own query does not.
      const search = url.pathname.startsWith("/embed/") ? url.search : "";
      const src = `${base}/embed/${view.id}${search}`;
      body.title = view.title;
      body.html = iframeHtml(src, view.title, frame);
      if (view.snapshot) {
        body.thumbnail_url = `${base}/embed/${view.id}.png`;
        body.thumbnail_width = view.snapshot.width;
        body.thumbnail_height = view.snapshot.height;
      }
    } else if (url.pathname === "/embed") {
      const { source } = parseEmbedQuery(Object.fromEntries(url.searchParams));
      body.title = `whomet: ${source.kind === "query" ? source.query : String(source.params.center ?? "graph")}`;
      body.html = iframeHtml(`${base}/embed${url.search}`, body.title, frame);
    } else {
      throw new AppError(404, "not_found", `url: "${q.url}" is not a whomet embed or view URL`);
    }
    res.set("Access-Control-Allow-Origin", "*").json(body);
  });
  return router;
}
