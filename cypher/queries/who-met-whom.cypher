// id: who-met-whom
// title: Who met whom
// description: Pairs of actors who took part in the same meeting, with how often and when; optionally for one actor and a date range.
// params:
//   actor: actor?          one actor (e.g. Angela Merkel); all actors when absent
//   from:  date = 1900-01-01
//   to:    date = 2100-12-31
//   limit: int = 100       1..1000
MATCH (a:Actor)-[ra:PARTICIPATED_IN]->(m:Meeting)<-[rb:PARTICIPATED_IN]-(b:Actor)
WHERE elementId(a) < elementId(b)
  AND ($actor IS NULL OR a.id = $actor OR b.id = $actor)
  AND m.date >= date($from) AND m.date <= date($to)
WITH a, b, collect(m) AS meetings
RETURN a, b, size(meetings) AS meetings,
       [m IN meetings | toString(m.date)] AS dates
ORDER BY meetings DESC, a.name, b.name
LIMIT $limit
