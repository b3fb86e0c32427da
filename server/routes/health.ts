// GET /api/health: the server is up; says truthfully whether Neo4j answers.
import { Router } from "express";
import type { Driver } from "neo4j-driver";

export function healthRoutes(driver: Driver, database: string): Router {
  const router = Router();
  router.get("/api/health", async (_req, res) => {
    const began = Date.now();
    try {
      const session = driver.session({ database });
      try {
        await session.run("RETURN 1", {}, { timeout: 2_000 });
      } finally {
        await session.close();
      }
      res.json({ status: "ok", neo4j: { reachable: true, latencyMs: Date.now() - began } });
    } catch (error) {
      res
        .status(503)
        .setHeader("Retry-After", "5")
        .json({ status: "degraded", neo4j: { reachable: false, error: (error as Error).message } });
    }
  });
  return router;
}
