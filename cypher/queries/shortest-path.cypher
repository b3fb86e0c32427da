// id: shortest-path
// title: Shortest path between two actors
// description: How two actors are connected through meetings and incidents (the shortest chains, at most 8 hops).
// params:
//   from:  string          actor id (e.g. angela-merkel)
//   to:    string          actor id (e.g. anatoly-lappo)
//   limit: int = 5         1..50
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN|INVOLVED_IN*..8]-(b))
RETURN p, length(p) AS hops
LIMIT $limit
