// id: actor-timeline
// title: An actor's meetings timeline
// description: Every meeting of one actor in date order, with the other participants and the outlets reporting it.
// params:
//   actor: actor           the actor (e.g. Alexander Lukashenko)
//   from:  date = 1900-01-01
//   to:    date = 2100-12-31
//   limit: int = 200       1..1000
MATCH (a:Actor {id: $actor})-[p:PARTICIPATED_IN]->(m:Meeting)
WHERE m.date >= date($from) AND m.date <= date($to)
OPTIONAL MATCH (m)<-[q:PARTICIPATED_IN]-(other:Actor) WHERE other <> a
WITH a, p, m, collect(q) AS qs, collect(other) AS others
RETURN toString(m.date) AS date, m.kind AS kind, m.cameo AS cameo, [o IN others | o.name] AS with,
       m.sourceCount AS sources, a, p, m, qs, others
ORDER BY date
LIMIT $limit
