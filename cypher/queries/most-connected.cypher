// id: most-connected
// title: Most connected actors
// description: Actors ranked by the number of distinct actors they met or shared an incident with.
// params:
//   kind:  string?         person, organization, state or group; every kind when absent
//   limit: int = 25        1..500
MATCH (a:Actor)
WHERE $kind IS NULL OR a.kind = $kind
CALL (a) {
  MATCH (a)-[:PARTICIPATED_IN|INVOLVED_IN]->(e)<-[:PARTICIPATED_IN|INVOLVED_IN]-(other:Actor)
  RETURN count(DISTINCT other) AS partners, count(DISTINCT e) AS events
}
WITH a, partners, events WHERE partners > 0
RETURN a.name AS actor, a.kind AS kind, partners, events, a
ORDER BY partners DESC, events DESC, actor
LIMIT $limit
