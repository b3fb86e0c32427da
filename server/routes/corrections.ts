// Analysts correct the graph (#19). POST /api/corrections (reviewer token) applies one correction and
// stores it; POST /api/corrections/:id/undo reverts it; GET /api/nodes/:id/history lists who changed
// a node, when and why; GET /api/review is the ranked queue of what to look at. A correction made on
// a stale view (a target's fingerprint differs from `expected`) is refused with 409 and what changed.
import { Router } from "express";
import type { Neo4jTarget } from "../../cypher/run.ts";
import { CorrectionIdParams, CorrectionRequest, NodeHistoryParams } from "../../contract/corrections.ts";
import type { CorrectionAnswer } from "../../contract/corrections.ts";
import { ReviewQuery, type ReviewResponse } from "../../contract/review.ts";
import type { Config } from "../config.ts";
import { requireReviewer, reviewerOf } from "../middleware/auth.ts";
import { rateLimitPerMinute } from "../middleware/rate-limit.ts";
import { nodeHistory, submitCorrection, undoStoredCorrection } from "../review/corrections.ts";
import { reviewQueue } from "../review/queue.ts";

export function correctionRoutes(config: Config, db: Neo4jTarget): Router {
  const router = Router();
  const limit = rateLimitPerMinute(config.RATE_LIMIT_PER_MINUTE, "corrections");
  const reviewer = requireReviewer(config);

  router.post("/api/corrections", limit, reviewer, async (req, res) => {
    const request = CorrectionRequest.parse(req.body ?? {});
    const body = await submitCorrection(db, request, reviewerOf(res));
    res.status(201).location(`/api/corrections/${body.correction.id}`).json(body);
  });

  router.post("/api/corrections/:id/undo", limit, reviewer, async (req, res) => {
    const { id } = CorrectionIdParams.parse(req.params);
    const body: CorrectionAnswer = { correction: await undoStoredCorrection(db, id, reviewerOf(res)) };
    res.json(body);
  });

  router.get("/api/nodes/:id/history", async (req, res) => {
    const { id } = NodeHistoryParams.parse(req.params);
    res.json(await nodeHistory(db, id));
  });

  router.get("/api/review", async (req, res) => {
    const body: ReviewResponse = { items: await reviewQueue(db, ReviewQuery.parse(req.query)) };
    res.json(body);
  });

  return router;
}
