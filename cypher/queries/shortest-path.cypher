// id: shortest-path
// title: Shortest path between two actors
// description: How two actors are connected through meetings and incidents (the shortest chains, at most 8 hops).
// params:
//   from:  actor           the first actor (e.g. Angela Merkel)
//   to:    actor           the second actor (e.g. Anatoly Lappo)
//   limit: int = 5         1..50
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN|INVOLVED_IN*..8]-(b))
RETURN p, length(p) AS hops
LIMIT $limit
