// Saved queries: GET /api/queries lists them with a JSON Schema of their parameters;
// POST /api/queries/:id/run validates the parameters and runs the query read-only.
// POST /api/cypher runs user-written Cypher through the guard (server/queries/cypher-guard.ts).
import { Router, type RequestHandler } from "express";
import type { Neo4jTarget } from "../../cypher/run.ts";
import type { Config } from "../config.ts";
import { AppError } from "../errors.ts";
import { requireApiToken } from "../middleware/auth.ts";
import { rateLimitPerMinute } from "../middleware/rate-limit.ts";
import { queueRequests, RequestQueue } from "../request-queue.ts";
import { checkActorParams } from "../queries/actor-params.ts";
import { runUserCypher } from "../queries/run-cypher.ts";
import { findQuery, paramsJsonSchema, validateParams, type SavedQuery } from "../queries/saved-queries.ts";
import { checkUserQuery, deleteUserQuery, listUserQueries, saveUserQuery } from "../queries/user-queries.ts";
import {
  CypherBody,
  RunBody,
  UserQueryInput,
  type QueryList,
  type SavedQueryAnswer,
} from "../../contract/queries.ts";

export function queryRoutes(config: Config, db: Neo4jTarget, queries: SavedQuery[]): Router {
  const router = Router();
  // Per IP, on every route that runs user-chosen Cypher.
  const limit = rateLimitPerMinute(config.RATE_LIMIT_PER_MINUTE, "queries");
  const options = {
    database: config.NEO4J_DATABASE,
    timeoutMs: config.QUERY_TIMEOUT_MS,
    rowCap: config.QUERY_ROW_CAP,
  };
  // Saved and ad-hoc runs share one line: a few run at once, the rest wait here rather than together in
  // Neo4j, whose memory pool for all transactions 32 runs around a hub outgrew (#22).
  const queued = queueRequests(
    new RequestQueue({ name: "query", concurrency: config.QUERY_CONCURRENCY, queue: config.QUERY_QUEUE }),
  );

  const auth = requireApiToken(config, "Saving queries");
  const all = async () => [...queries, ...(await listUserQueries(db))];

  router.get("/api/queries", async (_req, res) => {
    const body: QueryList = {
      queries: (await all()).map((q) => ({
        id: q.id,
        title: q.title,
        description: q.description,
        params: paramsJsonSchema(q),
        source: q.source,
        query: q.query,
      })),
    };
    res.json(body);
  });

  router.post("/api/queries/:id/run", limit, queued, async (req, res) => {
    const query = findQuery(await all(), req.params.id as string);
    const { params } = RunBody.parse(req.body ?? {});
    const values = validateParams(query, params);
    await checkActorParams(db, query, values);
    res.json(
      await runUserCypher(db.driver, query.query, values, { ...options, guard: query.source === "user" }),
    );
  });

  // Users' queries: stored only after the same checks as ad-hoc Cypher; built-in ids stay built-in.
  const store =
    (mode: "create" | "update"): RequestHandler =>
    async (req, res) => {
      const input = UserQueryInput.parse({
        ...(req.body ?? {}),
        ...(mode === "update" ? { id: req.params.id } : {}),
      });
      if (queries.some((q) => q.id === input.id))
        throw new AppError(
          400,
          "bad_request",
          `id: "${input.id}" is a built-in query and cannot be replaced`,
        );
      const checked = await checkUserQuery(db, input);
      await saveUserQuery(db, input, mode);
      const body: SavedQueryAnswer = {
        id: checked.id,
        title: checked.title,
        params: paramsJsonSchema(checked),
      };
      res.status(mode === "create" ? 201 : 200).json(body);
    };
  router.post("/api/queries", limit, auth, store("create"));
  router.put("/api/queries/:id", limit, auth, store("update"));
  router.delete("/api/queries/:id", limit, auth, async (req, res) => {
    await deleteUserQuery(db, req.params.id as string);
    res.status(204).end();
  });

  router.post("/api/cypher", limit, queued, async (req, res) => {
    const { query, params } = CypherBody.parse(req.body ?? {});
    res.json(await runUserCypher(db.driver, query, params, { ...options, guard: true }));
  });
  return router;
}
