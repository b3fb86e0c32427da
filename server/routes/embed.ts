// Embed pages: /embed/:viewId, /embed?center=…, /embed?query=…, the <whomet-graph> script and the PNG
// snapshot. Registered before the explorer's helmet: these routes may be framed by EMBED_ORIGINS,
// while the explorer keeps frame-ancestors 'none'.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Router, type Request, type RequestHandler, type Response } from "express";
import helmet from "helmet";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { readTx } from "../../cypher/neo4j.ts";
import { GraphQuery } from "../../contract/graph.ts";
import type { EmbedBoot } from "../../contract/views.ts";
import { forceHttps, type Config } from "../config.ts";
import { parseElementId } from "../elements.ts";
import { escapeHtml, oembedUrl, publicBase } from "../embed/snippets.ts";
import { AppError, toAppError } from "../errors.ts";
import { definedOnly, parseEmbedQuery } from "../embed/page-query.ts";
import { validateParams, type SavedQuery } from "../queries/saved-queries.ts";
import { listUserQueries } from "../queries/user-queries.ts";
import { findSnapshot, findView } from "../embed/saved-views.ts";
import {
  DEFAULT_OPTIONS,
  EmbedOptionsInput,
  TimeRange,
  ViewId,
  type ViewSource,
} from "../../contract/views.ts";
import { oembedRoutes } from "./oembed.ts";
import { embedRateLimit } from "./views.ts";

/** CSP for framed pages: frame-ancestors from EMBED_ORIGINS; scripts from 'self' only; https-only
 * headers as for the explorer (FORCE_HTTPS). */
export function embedHelmet(
  config: Pick<Config, "EMBED_ORIGINS" | "FORCE_HTTPS" | "PUBLIC_URL">,
): RequestHandler {
  const ancestors = config.EMBED_ORIGINS.includes("*") ? ["*"] : config.EMBED_ORIGINS;
  return helmet({
    contentSecurityPolicy: {
      directives: {
        "frame-ancestors": ancestors.length ? ancestors : ["'none'"],
        "img-src": ["'self'", "data:", "blob:"],
        "upgrade-insecure-requests": forceHttps(config) ? [] : null,
      },
    },
    strictTransportSecurity: forceHttps(config),
    // X-Frame-Options cannot express an allow-list; the CSP above is the rule.
    xFrameOptions: false,
    crossOriginEmbedderPolicy: false,
    // The element script and the PNG are loaded by pages on other origins.
    crossOriginResourcePolicy: { policy: "cross-origin" },
  });
}

// JSON inside <script>: "<" escaped so no string can close the tag.
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export interface EmbedDeps {
  config: Config;
  driver: Driver;
  database: string;
  clientDir: string;
  /** The built-in saved queries (users' are read from Neo4j), to refuse an embed of an unknown one. */
  savedQueries: SavedQuery[];
}

export function embedRoutes({ config, driver, database, clientDir, savedQueries }: EmbedDeps): Router {
  const router = Router();
  router.use(["/embed", "/oembed"], embedHelmet(config), embedRateLimit(config));

  /**
   * Whether the page could draw `source`, checked as it will ask (/api/graph with the parameters as
   * strings, or the saved query's run), so a refusal comes with the status README promises and the
   * sentence the page shows: an unknown node or saved query 404 (as the API answers for either);
   * parameters the API would refuse, 400.
   */
  async function refuseSource(source: ViewSource): Promise<Refusal | undefined> {
    if (source.kind === "query") {
      const queries = [...savedQueries, ...(await listUserQueries(driver, database))];
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
      const found = await readTx(driver, database, (tx) =>
        tx.run(`MATCH (c:${ref.label} {id: $key}) RETURN c.id LIMIT 1`, { key: ref.key }),
      );
      if (!found.records.length)
        return { status: 404, message: `This view cannot be shown: No node with id "${id}"` };
    }
    return undefined;
  }

  async function page(
    req: Request,
    status: number,
    boot: Omit<EmbedBoot, "hostOrigins" | "explorerUrl">,
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

  router.get("/embed/whomet-graph.js", (_req, res) => {
    res.set({ "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" });
    res.sendFile(join(clientDir, "embed", "whomet-graph.js"), (error) => {
      if (error && !res.headersSent)
        res.status(404).json({ error: { code: "not_found", message: "whomet-graph.js is not built" } });
    });
  });

  async function send(
    req: Request,
    res: Response,
    status: number,
    boot: Omit<EmbedBoot, "hostOrigins" | "explorerUrl">,
    explorerPath: string,
  ): Promise<void> {
    res
      .status(status)
      .type("html")
      .send(await page(req, status, boot, explorerPath));
  }

  router.get("/embed/:file", async (req, res) => {
    const png = /^(.+)\.png$/.exec(req.params.file)?.[1];
    if (png !== undefined) {
      const { id } = z.object({ id: ViewId }).parse({ id: png });
      const data = await findSnapshot(driver, database, id);
      if (!data) throw new AppError(404, "not_found", `No snapshot for view "${id}"`);
      res.set({ "Content-Type": "image/png", "Cache-Control": "public, max-age=300" }).send(data);
      return;
    }
    const parsedId = ViewId.safeParse(req.params.file);
    const view = parsedId.success ? await findView(driver, database, parsedId.data) : undefined;
    if (!view) {
      const message = `This view does not exist (no saved view "${req.params.file}"). It may have been deleted.`;
      return send(req, res, 404, errorBoot(message), "/");
    }
    const explorer = `/?view=${view.id}`;
    const overrides = EmbedOptionsInput.extend(TimeRange.shape).safeParse(req.query);
    if (!overrides.success)
      return send(req, res, 400, errorBoot(toAppError(overrides.error).message), explorer);
    const refused = await refuseSource(view.source);
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
    const refused = await refuseSource(source);
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

  router.use(oembedRoutes(config, driver, database));
  return router;
}

/** Why an embed page shows an error instead of a graph: the status and the sentence it shows. */
interface Refusal {
  status: 400 | 404;
  message: string;
}

function errorBoot(message: string): Omit<EmbedBoot, "hostOrigins" | "explorerUrl"> {
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
