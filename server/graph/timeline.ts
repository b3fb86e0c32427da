// Meetings and incidents per day, optionally of one actor and within a date range.
import type { Driver } from "neo4j-driver";
import { readTx } from "../../cypher/neo4j.ts";
import type { TimelineQuery, TimelineResponse } from "../../contract/timeline.ts";

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

export async function timeline(
  driver: Driver,
  database: string,
  q: TimelineQuery,
): Promise<TimelineResponse> {
  const records = await readTx(
    driver,
    database,
    async (tx) =>
      (await tx.run(TIMELINE, { from: q.from ?? null, to: q.to ?? null, actor: q.actor ?? null })).records,
  );
  return { days: records.map((r) => r.toObject() as TimelineResponse["days"][number]) };
}
