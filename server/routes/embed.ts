// Embed pages: /embed/:viewId, /embed?center=…, /embed?query=…, the <whomet-graph> script and the PNG
// snapshot. Registered before the explorer's helmet: these routes may be framed by EMBED_ORIGINS,
// while the explorer keeps frame-ancestors 'none'.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Router, type Request, type RequestHandler } from "express";
import helmet from "helmet";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import type { Config } from "../config.ts";
import { escapeHtml, oembedUrl, publicBase } from "../embed-snippets.ts";
import { AppError, toAppError } from "../errors.ts";
import { definedOnly, parseEmbedQuery } from "../embed-query.ts";
import {
  DEFAULT_OPTIONS,
  EmbedOptionsInput,
  findSnapshot,
  findView,
  TimeRange,
  ViewId,
  type EmbedOptions,
  type SavedViewInput,
  type ViewSource,
} from "../saved-views.ts";
import { oembedRoutes } from "./oembed.ts";
import { embedRateLimit } from "./views.ts";

/** What the embed page needs to draw, inlined into embed.html so it needs no extra round trip. */
export interface EmbedBoot {
  title: string;
  viewId: string | null;
  /** Null when the page can only show `error`. */
  source: ViewSource | null;
  error: string | null;
  options: EmbedOptions;
  timeRange: TimeRange;
  layout: SavedViewInput["layout"] | null;
  viewport: SavedViewInput["viewport"] | null;
  explorerUrl: string;
  /** Origins that may frame the page and send it commands; ["*"] for any. */
  hostOrigins: string[];
}

/** CSP for framed pages: frame-ancestors from EMBED_ORIGINS; scripts from 'self' only. */
export function embedHelmet(config: Pick<Config, "EMBED_ORIGINS">): RequestHandler {
  const ancestors = config.EMBED_ORIGINS.includes("*") ? ["*"] : config.EMBED_ORIGINS;
  return helmet({
    contentSecurityPolicy: {
      directives: {
        "frame-ancestors": ancestors.length ? ancestors : ["'none'"],
        "img-src": ["'self'", "data:", "blob:"],
      },
    },
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
}

export function embedRoutes({ config, driver, database, clientDir }: EmbedDeps): Router {
  const router = Router();
  router.use(["/embed", "/oembed"], embedHelmet(config), embedRateLimit(config));

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
    const overrides = EmbedOptionsInput.extend(TimeRange.shape).safeParse(req.query);
    let boot: Omit<EmbedBoot, "hostOrigins" | "explorerUrl">;
    let status = 200;
    if (!view) {
      status = 404;
      boot = errorBoot(
        `This view does not exist (no saved view "${req.params.file}"). It may have been deleted.`,
      );
    } else if (!overrides.success) {
      status = 400;
      boot = errorBoot(toAppError(overrides.error).message);
    } else {
      const { from, to, ...options } = definedOnly(overrides.data);
      boot = {
        title: view.title,
        viewId: view.id,
        source: view.source,
        error: null,
        options: { ...DEFAULT_OPTIONS, ...view.options, ...options },
        timeRange: { ...view.timeRange, ...definedOnly({ from, to }) },
        layout: view.layout,
        viewport: view.viewport ?? null,
      };
    }
    res
      .status(status)
      .type("html")
      .send(await page(req, status, boot, view ? `/?view=${view.id}` : "/"));
  });

  router.get("/embed", async (req, res) => {
    let status = 200;
    let boot: Omit<EmbedBoot, "hostOrigins" | "explorerUrl">;
    let explorer = "/";
    try {
      const { source, options, timeRange } = parseEmbedQuery(req.query as Record<string, unknown>);
      const what = source.kind === "query" ? source.query : String(source.params.center ?? "the whole graph");
      boot = {
        title: `whomet: ${what}`,
        viewId: null,
        source,
        error: null,
        options: { ...DEFAULT_OPTIONS, ...options },
        timeRange,
        layout: null,
        viewport: null,
      };
      explorer = `/?${new URLSearchParams(req.query as Record<string, string>).toString()}`;
    } catch (error) {
      status = 400;
      boot = errorBoot(`This embed link is not valid: ${toAppError(error).message}`);
    }
    res
      .status(status)
      .type("html")
      .send(await page(req, status, boot, explorer));
  });

  router.use(oembedRoutes(config, driver, database));
  return router;
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
