// Builds the Express app without listening, so tests can run it on port 0.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import cors from "cors";
import express, { type Express } from "express";
import helmet from "helmet";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import type { Neo4jTarget } from "../cypher/run.ts";
import { forceHttps, type Config } from "./config.ts";
import { AppError, errorMiddleware } from "./errors.ts";
import { requestLogger } from "./logger.ts";
import { openApiDocument } from "./openapi.ts";
import { responseCache } from "./response-cache.ts";
import { failFastWhileNeo4jDown } from "./neo4j-gate.ts";
import { queueRequests, RequestQueue } from "./request-queue.ts";
import { loadSavedQueries, type SavedQuery } from "./queries/saved-queries.ts";
import { embedHelmet } from "./middleware/embed-headers.ts";
import { rateLimitPerMinute } from "./middleware/rate-limit.ts";
import { embedRoutes } from "./routes/embed.ts";
import { countryRoutes } from "./routes/countries.ts";
import { graphRoutes } from "./routes/graph.ts";
import { healthRoutes } from "./routes/health.ts";
import { nodeRoutes } from "./routes/nodes.ts";
import { articleRoutes } from "./routes/articles.ts";
import { oembedRoutes } from "./routes/oembed.ts";
import { pathRoutes } from "./routes/paths.ts";
import { queryRoutes } from "./routes/queries.ts";
import { searchRoutes } from "./routes/search.ts";
import { statsRoutes } from "./routes/stats.ts";
import { timelineRoutes } from "./routes/timeline.ts";
import { mapRoutes } from "./routes/map.ts";
import { viewRoutes } from "./routes/views.ts";
import { correctionRoutes } from "./routes/corrections.ts";

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
  // Every route reaches Neo4j through this, with the timeouts of the configuration (cypher/run.ts).
  const db: Neo4jTarget = { driver, database, timeouts: config };
  app.disable("x-powered-by");
  app.set("query parser", "extended");
  app.use(requestLogger(log));
  // Before helmet: embed pages set their own CSP (frame-ancestors from EMBED_ORIGINS); the explorer stays
  // unframeable. Embeds are read by many readers, so they share their own, larger per-IP budget.
  app.use(
    ["/embed", "/oembed"],
    embedHelmet(config),
    rateLimitPerMinute(config.EMBED_RATE_LIMIT_PER_MINUTE, "requests"),
  );
  app.use(embedRoutes({ config, db, clientDir, savedQueries }));
  app.use(oembedRoutes(config, db));
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
  app.use(healthRoutes(db));
  const explore = [
    "/api/graph",
    "/api/search",
    "/api/nodes",
    "/api/articles",
    "/api/paths",
    "/api/timeline",
    "/api/map",
    "/api/stats",
    "/api/countries",
    // The review queue reads every actor: public and heavy, so cached, queued and fail-fast like the rest.
    "/api/review",
  ];
  app.use([...explore, "/api/cypher", "/api/queries/:id/run"], failFastWhileNeo4jDown(driver));
  // Answers that depend only on the URL and the graph; kept until the graph changes (response-cache.ts).
  app.use(
    explore,
    responseCache(db, {
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
  app.use(graphRoutes(db));
  app.use(searchRoutes(db));
  app.use(nodeRoutes(db));
  app.use(articleRoutes(db));
  app.use(pathRoutes(db));
  app.use(timelineRoutes(db));
  app.use(mapRoutes(db));
  app.use(statsRoutes(db));
  app.use(countryRoutes(db));
  app.use(queryRoutes(config, db, savedQueries));
  app.use(viewRoutes(config, db));
  app.use(correctionRoutes(config, db));
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
