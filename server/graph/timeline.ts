// Meetings and incidents per day (or per ISO week, month or year), optionally of one actor and within a
// date range. The bin is a parameter, matched in a CASE: no text from the request enters the query.
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
WITH e, CASE $bin
    WHEN "week" THEN date.truncate("week", e.date)
    WHEN "month" THEN date.truncate("month", e.date)
    WHEN "year" THEN date.truncate("year", e.date)
    ELSE e.date END AS day
RETURN toString(day) AS date, count(CASE WHEN e:Meeting THEN 1 END) AS meetings,
       count(CASE WHEN e:Incident THEN 1 END) AS incidents
ORDER BY date LIMIT 100000`;

export async function timeline(db: Neo4jTarget, q: TimelineQuery): Promise<TimelineResponse> {
  const params = { bin: q.bin, from: q.from ?? null, to: q.to ?? null, actor: q.actor ?? null };
  return { days: await read(db, TIMELINE, params, { mapper: (row) => row.object(Day) }) };
}
