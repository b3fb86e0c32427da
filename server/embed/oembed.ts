// oEmbed 1.0 (https://oembed.com) for this server's URLs: a saved view (/embed/<id>, /?view=<id>) or an
// /embed?… link becomes a rich answer with the iframe to paste, sized to the consumer's maximum.
import type { Neo4jTarget } from "../../cypher/run.ts";
import type { OembedQuery, OembedResponse } from "../../contract/oembed.ts";
import { ViewId } from "../../contract/views.ts";
import { AppError } from "../errors.ts";
import { parseEmbedQuery } from "./page-query.ts";
import { findView } from "./saved-views.ts";
import { DEFAULT_FRAME, iframeHtml } from "./snippets.ts";

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

/** The oEmbed answer for `q.url`, a URL of this server (whose public base is `base`). */
export async function oembedFor(db: Neo4jTarget, q: OembedQuery, base: string): Promise<OembedResponse> {
  // oEmbed says: 501 for a format the provider does not offer.
  if (q.format !== "json")
    throw new AppError(501, "bad_request", `format: "${q.format}" is not offered; use format=json`);
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
    const view = id.success ? await findView(db, id.data) : undefined;
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
  return body;
}
