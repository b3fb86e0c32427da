// Builds the Express app without listening, so tests can run it on port 0.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import cors from "cors";
import express, { type Express } from "express";
import helmet from "helmet";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { forceHttps, type Config } from "./config.ts";
import { AppError, errorMiddleware } from "./errors.ts";
import { requestLogger } from "./logger.ts";
import { openApiDocument } from "./openapi.ts";
import { responseCache } from "./response-cache.ts";
import { queueRequests, RequestQueue } from "./request-queue.ts";
import { loadSavedQueries, type SavedQuery } from "./saved-queries.ts";
import { embedRoutes } from "./routes/embed.ts";
import { countryRoutes } from "./routes/countries.ts";
import { graphRoutes } from "./routes/graph.ts";
import { healthRoutes } from "./routes/health.ts";
import { nodeRoutes } from "./routes/nodes.ts";
import { pathRoutes } from "./routes/paths.ts";
import { queryRoutes } from "./routes/queries.ts";
import { searchRoutes } from "./routes/search.ts";
import { statsRoutes } from "./routes/stats.ts";
import { timelineRoutes } from "./routes/timeline.ts";
import { viewRoutes } from "./routes/views.ts";

export interface AppDeps {
  config: Config;
  driver: Driver;
  log: Logger;
  /** Saved queries; by default read (and checked) from cypher/queries at start. */
  savedQueries?: SavedQuery[];
  /** Folder with the built client (vite build); defaults to dist/client. */
  clientDir?: string;
}

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

export function createApp({
  config,
  driver,
  log,
  savedQueries = loadSavedQueries(),
  clientDir = join(ROOT, "dist", "client"),
}: AppDeps): Express {
  const app = express();
  const database = config.NEO4J_DATABASE;
  app.disable("x-powered-by");
  app.set("query parser", "extended");
  app.use(requestLogger(log));
  // Before helmet: embed pages set their own CSP (frame-ancestors from EMBED_ORIGINS); the explorer stays unframeable.
  app.use(embedRoutes({ config, driver, database, clientDir, savedQueries }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          "frame-ancestors": ["'none'"],
          "img-src": ["'self'", "data:", "blob:"],
          // Over plain http by any name but localhost, helmet's default makes the browser fetch the
          // explorer's scripts over https: a blank page. Sent, with HSTS, only when served over TLS.
          "upgrade-insecure-requests": forceHttps(config) ? [] : null,
        },
      },
      strictTransportSecurity: forceHttps(config),
      crossOriginEmbedderPolicy: false,
    }),
  );
  // Browsers on other origins (dashboards, CMSs) may call the API only when listed in CORS_ORIGINS.
  app.use("/api", cors({ origin: config.CORS_ORIGINS.length ? config.CORS_ORIGINS : false }));
  app.use(express.json({ limit: "100kb" }));

  const openapi = openApiDocument();
  app.get("/api/openapi.json", (_req, res) => {
    res.json(openapi);
  });
  app.use(healthRoutes(driver, database));
  const explore = [
    "/api/graph",
    "/api/search",
    "/api/nodes",
    "/api/paths",
    "/api/timeline",
    "/api/stats",
    "/api/countries",
  ];
  // Answers that depend only on the URL and the graph; kept until the graph changes (response-cache.ts).
  app.use(
    explore,
    responseCache(driver, database, {
      maxMiB: config.RESPONSE_CACHE_MB,
      ttlSeconds: config.RESPONSE_CACHE_TTL_S,
      freshMs: config.RESPONSE_CACHE_FRESH_MS,
    }),
  );
  // After the cache: a cached answer costs Neo4j nothing and never waits (request-queue.ts).
  app.use(
    explore,
    queueRequests(
      new RequestQueue({
        name: "explore",
        concurrency: config.EXPLORE_CONCURRENCY,
        queue: config.EXPLORE_QUEUE,
      }),
    ),
  );
  app.use(graphRoutes(driver, database));
  app.use(searchRoutes(driver, database));
  app.use(nodeRoutes(driver, database));
  app.use(pathRoutes(driver, database));
  app.use(timelineRoutes(driver, database));
  app.use(statsRoutes(driver, database));
  app.use(countryRoutes(driver, database));
  app.use(queryRoutes(config, driver, savedQueries));
  app.use(viewRoutes(config, driver, database));
  app.use("/api", (req, _res, next) =>
    next(new AppError(404, "not_found", `No route ${req.method} ${req.originalUrl}`)),
  );

  if (existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: "index.html" }));
  } else {
    log.warn({ clientDir }, "client not built; run `npm run build` to serve the explorer");
  }
  app.use(errorMiddleware);
  return app;
}
