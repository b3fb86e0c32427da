// The embed page: whether a view's source can be drawn (as the API would answer it), and embed.html
// with the view's boot data inlined so the page needs no extra round trip.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Request } from "express";
import { read, type Neo4jTarget } from "../../cypher/run.ts";
import { GraphQuery } from "../../contract/graph.ts";
import { DEFAULT_OPTIONS, type EmbedBoot, type ViewSource } from "../../contract/views.ts";
import type { Config } from "../config.ts";
import { parseElementId } from "../elements.ts";
import { AppError, toAppError } from "../errors.ts";
import { validateParams, type SavedQuery } from "../queries/saved-queries.ts";
import { listUserQueries } from "../queries/user-queries.ts";
import { escapeHtml, oembedUrl, publicBase } from "./snippets.ts";

export interface EmbedDeps {
  config: Config;
  db: Neo4jTarget;
  clientDir: string;
  /** The built-in saved queries (users' are read from Neo4j), to refuse an embed of an unknown one. */
  savedQueries: SavedQuery[];
}
type EmbedSources = Pick<EmbedDeps, "db" | "savedQueries">;

/** The boot data but what the server adds to every page (explorer link, host origins). */
export type PageBoot = Omit<EmbedBoot, "hostOrigins" | "explorerUrl">;

// JSON inside <script>: "<" escaped so no string can close the tag.
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * Whether the page could draw `source`, checked as it will ask (/api/graph with the parameters as
 * strings, or the saved query's run), so a refusal comes with the status README promises and the
 * sentence the page shows: an unknown node or saved query 404 (as the API answers for either);
 * parameters the API would refuse, 400.
 */
export async function refuseSource(
  { db, savedQueries }: EmbedSources,
  source: ViewSource,
): Promise<Refusal | undefined> {
  if (source.kind === "query") {
    const queries = [...savedQueries, ...(await listUserQueries(db))];
    const query = queries.find((q) => q.id === source.query);
    if (!query) return { status: 404, message: `The saved query "${source.query}" does not exist.` };
    try {
      validateParams(query, source.params);
    } catch (error) {
      const why = toAppError(error).message;
      return { status: 400, message: `The saved query "${source.query}" could not be run: ${why}` };
    }
    return undefined;
  }
  const params = Object.fromEntries(
    Object.entries(source.params)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, String(v)]),
  );
  const graph = GraphQuery.safeParse(params);
  if (!graph.success)
    return { status: 400, message: `This view cannot be shown: ${toAppError(graph.error).message}` };
  for (const id of graph.data.center ?? []) {
    const ref = parseElementId(id);
    if (!ref)
      return {
        status: 400,
        message: `This view cannot be shown: center: "${id}" is not a node id like "actor:lukashenko"`,
      };
    // The label is one of the vocabulary's (parseElementId); the key goes as a parameter.
    const found = await read(
      db,
      `MATCH (c:${ref.label} {id: $key}) RETURN c.id AS id LIMIT 1`,
      { key: ref.key },
      {
        mapper: (row) => row.raw("id"),
      },
    );
    if (!found.length) return { status: 404, message: `This view cannot be shown: No node with id "${id}"` };
  }
  return undefined;
}

export async function embedPage(
  { config, clientDir }: Pick<EmbedDeps, "config" | "clientDir">,
  req: Request,
  status: number,
  boot: PageBoot,
  explorerPath: string,
): Promise<string> {
  let html: string;
  try {
    html = await readFile(join(clientDir, "embed.html"), "utf8");
  } catch {
    throw new AppError(404, "not_found", "The embed page is not built: run `npm run build`");
  }
  const base = publicBase(req, config);
  const full: EmbedBoot = {
    ...boot,
    explorerUrl: `${base}${explorerPath}`,
    hostOrigins: config.EMBED_ORIGINS,
  };
  const discovery =
    status < 400
      ? `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl(base, `${base}${req.originalUrl}`))}" title="${escapeHtml(boot.title)}" />`
      : "";
  return html
    .replace("<html", `<html data-theme="${boot.options.theme}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(boot.title)}</title>`)
    .replace(
      "</head>",
      `${discovery}<script type="application/json" id="whomet-boot">${scriptJson(full)}</script></head>`,
    );
}

/** Why an embed page shows an error instead of a graph: the status and the sentence it shows. */
export interface Refusal {
  status: 400 | 404;
  message: string;
}

export function errorBoot(message: string): PageBoot {
  return {
    title: "whomet",
    viewId: null,
    source: null,
    error: message,
    options: { ...DEFAULT_OPTIONS, legend: false, slider: false },
    timeRange: {},
    layout: null,
    viewport: null,
  };
}
