// id: co-participants
// title: Co-participants ranked
// description: The actors who shared the most meetings with one actor.
// params:
//   actor: actor           the actor (e.g. Alexander Lukashenko)
//   limit: int = 25        1..500
MATCH (a:Actor {id: $actor})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other:Actor)
WITH other, count(DISTINCT m) AS meetings, max(m.date) AS last
RETURN other.name AS actor, other.kind AS kind, meetings, toString(last) AS lastMet, other
ORDER BY meetings DESC, actor
LIMIT $limit
