// The shortest paths between two actors through meetings and incidents.
import neo4j, { type Driver, type Path } from "neo4j-driver";
import { readTx } from "../../cypher/neo4j.ts";
import type { PathsQuery, PathsResponse } from "../../contract/paths.ts";
import { ElementSet } from "../elements.ts";
import { AppError } from "../errors.ts";

export async function shortestPaths(driver: Driver, database: string, q: PathsQuery): Promise<PathsResponse> {
  if (q.from === q.to) throw new AppError(400, "bad_request", "to: must be another actor than from");
  return readTx(driver, database, async (tx) => {
    const found = await tx.run("MATCH (a:Actor) WHERE a.id IN [$from, $to] RETURN a.id AS id", q);
    const have = new Set(found.records.map((r) => r.get("id") as string));
    for (const id of [q.from, q.to])
      if (!have.has(id)) throw new AppError(404, "not_found", `No actor with id "actor:${id}"`);
    // maxHops comes from a bounded integer, never from text.
    const result = await tx.run(
      `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
       MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN|INVOLVED_IN*..${q.maxHops}]-(b))
       RETURN p LIMIT $max`,
      { from: q.from, to: q.to, max: neo4j.int(q.max) },
    );
    const elements = new ElementSet();
    const ids = result.records.map((r) => {
      const path = r.get("p") as Path;
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
