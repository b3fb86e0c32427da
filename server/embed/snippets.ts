// The ready-to-paste embed code (iframe, custom element, PNG) for a view, built on the server so the
// explorer's "Embed" dialog and oEmbed hand out the very same markup.
import type { Request } from "express";
import type { EmbedLinks, EmbedSnippets, SavedView, ViewResponse } from "../../contract/views.ts";
import type { Config } from "../config.ts";

export const DEFAULT_FRAME = { width: 640, height: 480 } as const;

/** Absolute base URL of this server: PUBLIC_URL, or the host the request came to. */
export function publicBase(req: Request, config: Pick<Config, "PUBLIC_URL">): string {
  return config.PUBLIC_URL ?? `${req.protocol}://${req.get("host") ?? "localhost"}`;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

export function viewLinks(base: string, viewId: string, hasSnapshot: boolean): EmbedLinks {
  const embed = `${base}/embed/${viewId}`;
  return {
    embed,
    explorer: `${base}/?view=${viewId}`,
    snapshot: hasSnapshot ? `${base}/embed/${viewId}.png` : null,
    oembed: oembedUrl(base, embed),
  };
}

export function oembedUrl(base: string, pageUrl: string): string {
  return `${base}/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}

export function iframeHtml(src: string, title: string, size: { width: number; height: number }): string {
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${size.width}" ` +
    `height="${size.height}" style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>`
  );
}

/** The custom element: one script per page, then any number of <whomet-graph> tags. */
export function elementHtml(base: string, viewId: string, title: string): string {
  return (
    `<script async src="${escapeHtml(base)}/embed/whomet-graph.js"></script>\n` +
    `<whomet-graph view="${escapeHtml(viewId)}" title="${escapeHtml(title)}"></whomet-graph>`
  );
}

export function viewSnippets(links: EmbedLinks, viewId: string, title: string, base: string): EmbedSnippets {
  return {
    iframe: iframeHtml(links.embed, title, DEFAULT_FRAME),
    script: elementHtml(base, viewId, title),
    image: links.snapshot
      ? `<a href="${escapeHtml(links.explorer)}"><img src="${escapeHtml(links.snapshot)}" alt="${escapeHtml(title)}"></a>`
      : null,
  };
}

/** A saved view as the API answers it: with its embed links and snippets. */
export function withEmbedCode(view: SavedView, base: string): ViewResponse {
  const links = viewLinks(base, view.id, view.snapshot !== null);
  return { ...view, links, snippets: viewSnippets(links, view.id, view.title, base) };
}
