// Meetings and incidents per day, optionally of one actor and within a date range.
import { read, type Neo4jTarget } from "../../cypher/run.ts";
import { Day, type TimelineQuery, type TimelineResponse } from "../../contract/timeline.ts";

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

export async function timeline(db: Neo4jTarget, q: TimelineQuery): Promise<TimelineResponse> {
  const params = { from: q.from ?? null, to: q.to ?? null, actor: q.actor ?? null };
  return { days: await read(db, TIMELINE, params, { mapper: (row) => row.object(Day) }) };
}
