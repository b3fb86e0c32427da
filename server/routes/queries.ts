// Saved queries: GET /api/queries lists them with a JSON Schema of their parameters;
// POST /api/queries/:id/run validates the parameters and runs the query read-only.
// POST /api/cypher runs user-written Cypher through the guard (server/cypher-guard.ts).
import { Router, type RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import type { Config } from "../config.ts";
import { AppError, errorBody } from "../errors.ts";
import { runUserCypher } from "../run-cypher.ts";
import { findQuery, paramsJsonSchema, validateParams, type SavedQuery } from "../saved-queries.ts";

export const RunBody = z.object({ params: z.record(z.string(), z.unknown()).default({}) }).strict();
export const CypherBody = z
  .object({
    query: z.string().min(1, "must not be empty").max(10_000, "must be at most 10,000 characters"),
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

/** Per-IP limit on the routes that run user-chosen Cypher. */
function queryRateLimit(config: Config): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: config.RATE_LIMIT_PER_MINUTE,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (_req, res) => {
      res
        .status(429)
        .json(
          errorBody(
            new AppError(
              429,
              "rate_limited",
              `at most ${config.RATE_LIMIT_PER_MINUTE} queries a minute; wait a moment`,
            ),
          ),
        );
    },
  });
}

// A few ad-hoc queries at once at most: the rest get 429 rather than queueing on Neo4j.
const MAX_CONCURRENT = 4;

export function queryRoutes(config: Config, driver: Driver, queries: SavedQuery[]): Router {
  const router = Router();
  const limit = queryRateLimit(config);
  const options = {
    database: config.NEO4J_DATABASE,
    timeoutMs: config.QUERY_TIMEOUT_MS,
    rowCap: config.QUERY_ROW_CAP,
  };
  let running = 0;

  router.get("/api/queries", (_req, res) => {
    res.json({
      queries: queries.map((q) => ({
        id: q.id,
        title: q.title,
        description: q.description,
        params: paramsJsonSchema(q),
        source: q.source,
        query: q.query,
      })),
    });
  });

  router.post("/api/queries/:id/run", limit, async (req, res) => {
    const query = findQuery(queries, req.params.id as string);
    const { params } = RunBody.parse(req.body ?? {});
    const values = validateParams(query, params);
    res.json(
      await runUserCypher(driver, query.query, values, { ...options, guard: query.source === "user" }),
    );
  });

  router.post("/api/cypher", limit, async (req, res) => {
    const { query, params } = CypherBody.parse(req.body ?? {});
    if (running >= MAX_CONCURRENT)
      throw new AppError(429, "rate_limited", "too many ad-hoc queries are running; try again");
    running++;
    try {
      res.json(await runUserCypher(driver, query, params, { ...options, guard: true }));
    } finally {
      running--;
    }
  });
  return router;
}
