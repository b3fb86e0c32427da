// GET /api/timeline: meetings and incidents per day, for the time filter.
import { Router } from "express";
import type { Driver } from "neo4j-driver";
import { readTx } from "../../cypher/neo4j.ts";
import { TimelineQuery } from "../../contract/timeline.ts";

const TIMELINE = `
CALL () {
  MATCH (e:Meeting) RETURN e
  UNION
  MATCH (e:Incident) RETURN e
}
WITH e WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:PARTICIPATED_IN|INVOLVED_IN]->(e) })
RETURN toString(e.date) AS date, count(CASE WHEN e:Meeting THEN 1 END) AS meetings,
       count(CASE WHEN e:Incident THEN 1 END) AS incidents
ORDER BY date LIMIT 100000`;

export function timelineRoutes(driver: Driver, database: string): Router {
  const router = Router();
  router.get("/api/timeline", async (req, res) => {
    const q = TimelineQuery.parse(req.query);
    const records = await readTx(
      driver,
      database,
      async (tx) =>
        (await tx.run(TIMELINE, { from: q.from ?? null, to: q.to ?? null, actor: q.actor ?? null })).records,
    );
    res.json({ days: records.map((r) => r.toObject()) });
  });
  return router;
}
