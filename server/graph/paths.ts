// The shortest paths between two actors through meetings and incidents.
import neo4j from "neo4j-driver";
import { readTransaction, type Neo4jTarget } from "../../cypher/run.ts";
import type { PathsQuery, PathsResponse } from "../../contract/paths.ts";
import { ElementSet } from "../elements.ts";
import { AppError } from "../errors.ts";

export async function shortestPaths(db: Neo4jTarget, q: PathsQuery): Promise<PathsResponse> {
  if (q.from === q.to) throw new AppError(400, "bad_request", "to: must be another actor than from");
  return readTransaction(db, async (tx) => {
    const found = await tx.rows("MATCH (a:Actor) WHERE a.id IN [$from, $to] RETURN a.id AS id", q, (row) =>
      row.string("id"),
    );
    const have = new Set(found);
    for (const id of [q.from, q.to])
      if (!have.has(id)) throw new AppError(404, "not_found", `No actor with id "actor:${id}"`);
    // maxHops comes from a bounded integer, never from text.
    const paths = await tx.rows(
      `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
       MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN|INVOLVED_IN*..${q.maxHops}]-(b))
       RETURN p LIMIT $max`,
      { from: q.from, to: q.to, max: neo4j.int(q.max) },
      (row) => row.path("p"),
    );
    const elements = new ElementSet();
    const ids = paths.map((path) => {
      const order = [elements.addNode(path.start)];
      for (const seg of path.segments) {
        order.push(elements.addNode(seg.end));
        elements.addRelationship(seg.relationship);
      }
      return order;
    });
    return { elements: elements.toJSON(), paths: ids };
  });
}
