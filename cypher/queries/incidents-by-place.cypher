// id: incidents-by-place
// title: Incidents by place and date range
// description: Border incidents at places whose name contains the given text, in a date range, with the actors involved.
// params:
//   place: string?         part of a place name (e.g. Bruzgi); every place when absent
//   from:  date = 1900-01-01
//   to:    date = 2100-12-31
//   limit: int = 200       1..1000
MATCH (i:Incident)-[o:OCCURRED_AT]->(p:Place)
WHERE ($place IS NULL OR toLower(p.name) CONTAINS toLower($place))
  AND i.date >= date($from) AND i.date <= date($to)
OPTIONAL MATCH (a:Actor)-[r:INVOLVED_IN]->(i)
WITH i, o, p, collect(r) AS rs, collect(a) AS actors
RETURN toString(i.date) AS date, i.kind AS kind, i.cameo AS cameo, p.name AS place,
       [x IN actors | x.name] AS actors, i.description AS what, i, o, p, rs, actors AS actorNodes
ORDER BY date
LIMIT $limit
