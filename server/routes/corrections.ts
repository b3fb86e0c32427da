// Analysts correct the graph (#19). POST /api/corrections (reviewer token) applies one correction and
// stores it; POST /api/corrections/:id/undo reverts it; GET /api/nodes/:id/history lists who changed
// a node, when and why; GET /api/review is the ranked queue of what to look at. A correction made on
// a stale view (a target's fingerprint differs from `expected`) is refused with 409 and what changed.
import { Router, type RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { writeTx, readTx } from "../../cypher/neo4j.ts";
import {
  CorrectionInput,
  CorrectionRecord,
  CorrectionRequest,
  correctionTargets,
  newCorrection,
  parseNodeRef,
} from "../../cypher/corrections/correction.ts";
import { fingerprint, readSnapshot } from "../../cypher/corrections/snapshot.ts";
import { applyAndSave, correctionsOf, findCorrection, undoAndSave } from "../../cypher/corrections/store.ts";
import type { Config } from "../config.ts";
import { AppError } from "../errors.ts";
import { ErrorBody, registry } from "../openapi.ts";
import { requireReviewer, reviewerOf } from "../review/reviewers.ts";
import { ReviewQuery, reviewQueue } from "../review/queue.ts";

const CorrectionId = z.object({ id: z.string().regex(/^corr-[0-9a-f]{16}$/, "must be a correction id") });

function correctionRateLimit(config: Pick<Config, "RATE_LIMIT_PER_MINUTE">): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: config.RATE_LIMIT_PER_MINUTE,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(
        new AppError(
          429,
          "rate_limited",
          `Too many corrections: at most ${config.RATE_LIMIT_PER_MINUTE} a minute`,
        ),
      ),
  });
}

export function correctionRoutes(config: Config, driver: Driver, database: string): Router {
  const router = Router();
  const limit = correctionRateLimit(config);
  const reviewer = requireReviewer(config);

  router.post("/api/corrections", limit, reviewer, async (req, res) => {
    const { expected, ...input } = CorrectionRequest.parse(req.body ?? {});
    const correction = newCorrection(CorrectionInput.parse(input), reviewerOf(res));
    const body = await writeTx(driver, database, async (tx) => {
      const changed = [];
      for (const [target, shown] of Object.entries(expected ?? {})) {
        const ref = parseNodeRef(target);
        if (!ref || !correctionTargets(correction).includes(target))
          throw new AppError(400, "bad_request", `expected: "${target}" is not a target of this correction`);
        const snapshot = await readSnapshot(tx, ref);
        const now = fingerprint(snapshot);
        if (now !== shown)
          changed.push({
            target,
            expected: shown,
            actual: now,
            current: snapshot ? snapshot.props : null,
            corrections: (await correctionsOf(tx, target)).slice(0, 5).map((s) => s.correction),
          });
      }
      if (changed.length)
        throw new AppError(
          409,
          "conflict",
          `${changed.map((c) => c.target).join(", ")} changed since it was shown; look again before correcting`,
          { changed },
        );
      const outcome = await applyAndSave(tx, correction);
      if (outcome.missing.length)
        throw new AppError(
          404,
          "not_found",
          `No node with id ${outcome.missing.map((m) => `"${m}"`).join(", ")}`,
        );
      const fingerprints: Record<string, string> = {};
      for (const target of correctionTargets(correction))
        fingerprints[target] = fingerprint(await readSnapshot(tx, parseNodeRef(target)!));
      return { correction, fingerprints };
    });
    res.status(201).location(`/api/corrections/${correction.id}`).json(body);
  });

  router.post("/api/corrections/:id/undo", limit, reviewer, async (req, res) => {
    const { id } = CorrectionId.parse(req.params);
    const correction = await writeTx(driver, database, async (tx) => {
      const stored = await findCorrection(tx, id);
      if (!stored) throw new AppError(404, "not_found", `No correction with id "${id}"`);
      if (stored.correction.undone)
        throw new AppError(
          409,
          "conflict",
          `Correction "${id}" was undone already by ${stored.correction.undoneBy}`,
          {
            correction: stored.correction,
          },
        );
      return undoAndSave(tx, stored, reviewerOf(res));
    });
    res.json({ correction });
  });

  router.get("/api/nodes/:id/history", async (req, res) => {
    const id = req.params.id;
    const ref = parseNodeRef(id);
    if (!ref)
      throw new AppError(
        400,
        "bad_request",
        `id: "${id}" is not an actor, meeting or incident id like "actor:lukashenko"`,
      );
    const body = await readTx(driver, database, async (tx) => {
      const snapshot = await readSnapshot(tx, ref);
      const history = (await correctionsOf(tx, id)).map((s) => s.correction);
      if (!snapshot && !history.length)
        throw new AppError(404, "not_found", `No node or correction for "${id}"`);
      return { id, present: Boolean(snapshot), fingerprint: fingerprint(snapshot), history };
    });
    res.json(body);
  });

  router.get("/api/review", async (req, res) => {
    const query = ReviewQuery.parse(req.query);
    res.json({ items: await reviewQueue(driver, database, query) });
  });

  return router;
}

// --- OpenAPI
const json = (description: string, schema: z.ZodType) => ({
  description,
  content: { "application/json": { schema } },
});
const errors = {
  400: json("The request is invalid; the message names the field", ErrorBody),
  401: json("No or a wrong bearer token (unauthorized)", ErrorBody),
  403: json("No API_TOKEN or REVIEWER_TOKENS configured (disabled)", ErrorBody),
  429: json("Rate limited", ErrorBody),
  503: json("Neo4j cannot be reached, or the server is too busy now", ErrorBody),
};
const CorrectionOut = z.object({ correction: CorrectionRecord });
registry.registerPath({
  method: "post",
  path: "/api/corrections",
  summary:
    "Correct the graph: merge-actors {keep, drop}, reject {target}, edit-date {target, date}, confirm {target}, each with an optional reason",
  security: [{ apiToken: [] }],
  request: { body: { content: { "application/json": { schema: CorrectionRequest } } } },
  responses: {
    201: json("Applied and stored", CorrectionOut.extend({ fingerprints: z.record(z.string(), z.string()) })),
    404: json("A target is not in the graph", ErrorBody),
    409: json("A target changed since it was shown (details.changed says how)", ErrorBody),
    ...errors,
  },
});
registry.registerPath({
  method: "post",
  path: "/api/corrections/{id}/undo",
  summary: "Undo a correction (it stays in the history, marked undone)",
  security: [{ apiToken: [] }],
  request: { params: CorrectionId },
  responses: {
    200: json("Undone", CorrectionOut),
    404: json("No such correction", ErrorBody),
    409: json("Undone already", ErrorBody),
    ...errors,
  },
});
registry.registerPath({
  method: "get",
  path: "/api/nodes/{id}/history",
  summary: "Who corrected a node, when and why (newest first), and its fingerprint now",
  request: { params: z.object({ id: z.string().openapi({ example: "actor:alexander-lukashenko" }) }) },
  responses: {
    200: json(
      "History",
      z.object({
        id: z.string(),
        present: z.boolean(),
        fingerprint: z.string(),
        history: z.array(CorrectionRecord),
      }),
    ),
    404: json("No such node and no correction of it", ErrorBody),
    400: errors[400],
    503: errors[503],
  },
});
registry.registerPath({
  method: "get",
  path: "/api/review",
  summary: "The review queue: low-confidence and single-source facts, likely duplicate actors, with evidence",
  request: { query: ReviewQuery },
  responses: {
    200: json(
      "Ranked items, best first",
      z.object({
        items: z.array(
          z.object({
            id: z.string(),
            type: z.enum(["fact", "duplicate-actors"]),
            score: z.number(),
            reasons: z.array(z.string()),
            label: z.string(),
            targets: z.array(z.string()),
            fingerprints: z.record(z.string(), z.string()),
            evidence: z.array(
              z.object({
                target: z.string(),
                article: z.string(),
                slug: z.string().nullable(),
                date: z.string().nullable(),
                source: z.string().nullable(),
                quote: z.string(),
              }),
            ),
          }),
        ),
      }),
    ),
    400: errors[400],
    503: errors[503],
  },
});
