// GET /api/health: the server is up; says truthfully whether Neo4j answers, and, when this server
// supervises the launcher's own Neo4j (server/main.ts), whether it is being restarted after a crash.
import { Router } from "express";
import type { Driver } from "neo4j-driver";
import { neo4jAvailability } from "../../cypher/neo4j.ts";
import { readBookmarks, type Neo4jTarget } from "../../cypher/run.ts";
import { DEFAULT_TIMEOUTS } from "../../cypher/timeouts.ts";
import type { SupervisorState } from "../../scripts/neo4j.ts";

const supervisors = new WeakMap<Driver, () => SupervisorState>();

/** Makes /api/health of apps over `driver` include the supervisor's report (server/main.ts). */
export function reportSupervision(driver: Driver, report: () => SupervisorState): void {
  supervisors.set(driver, report);
}

export function healthRoutes(db: Neo4jTarget): Router {
  const { driver } = db;
  const router = Router();
  router.get("/api/health", async (_req, res) => {
    const supervisor = supervisors.get(driver)?.();
    const degraded = (error: string, extra: object = {}) =>
      res
        .status(503)
        .setHeader("Retry-After", supervisor?.state === "restarting" ? "10" : "5")
        .json({
          status: "degraded",
          neo4j: { reachable: false, error, ...extra, ...(supervisor && { supervisor }) },
        });
    // Known down (a request failed to connect): say so at once instead of waiting for another attempt.
    const known = neo4jAvailability(driver);
    if (known.state === "down")
      return degraded(known.error ?? "unreachable", { downSince: new Date(known.downSince!).toISOString() });
    const began = Date.now();
    try {
      // A read transaction, so a failure here also marks the driver down for the requests that follow.
      await readBookmarks(db, (db.timeouts ?? DEFAULT_TIMEOUTS).NEO4J_HEALTH_TIMEOUT_MS);
    } catch (error) {
      return degraded((error as Error).message);
    }
    const neo4j = { reachable: true, latencyMs: Date.now() - began, ...(supervisor && { supervisor }) };
    // Neo4j answers, but the supervisor is still bringing it back: not yet healthy.
    if (supervisor?.state === "restarting")
      return res.status(503).setHeader("Retry-After", "10").json({ status: "degraded", neo4j });
    res.json({ status: "ok", neo4j });
  });
  return router;
}
