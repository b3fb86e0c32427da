// A saved query's actor parameters (type `actor` in its header) must name an actor that exists: an id
// that matches none ("Lukashenko" typed instead of picked) would run and answer 0 rows with no hint (#20).
// It is refused instead, with the actors whose names match it as suggestions.
import neo4j from "neo4j-driver";
import { read, type Neo4jTarget } from "../../cypher/run.ts";
import { AppError } from "../errors.ts";
import { luceneQuery } from "../graph/search.ts";
import type { SavedQuery } from "./saved-queries.ts";

const EXISTS = "MATCH (a:Actor {id: $id}) RETURN count(a) > 0 AS found";
const BY_NAME = `
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, node.name AS name ORDER BY score DESC`;

/** Throws a 400 naming the parameter, the value and the closest actors by name, for an unknown actor. */
export async function checkActorParams(
  db: Neo4jTarget,
  query: SavedQuery,
  values: Record<string, unknown>,
): Promise<void> {
  for (const p of query.params) {
    const id = values[p.name];
    if (p.type !== "actor" || typeof id !== "string") continue;
    const [found] = await read(db, EXISTS, { id }, { mapper: (row) => row.boolean("found") });
    if (found) continue;
    const close = await read(
      db,
      BY_NAME,
      { query: luceneQuery(id), limit: neo4j.int(3) },
      { mapper: (row) => ({ id: row.string("id"), name: row.string("name") }) },
    );
    const hint = close.length
      ? `; did you mean ${close.map((a) => `${a.name} ("${a.id}")`).join(", ")}?`
      : "; pick one from the list as you type its name";
    throw new AppError(400, "bad_request", `${p.name}: no actor with id "${id}"${hint}`, {
      param: p.name,
      value: id,
      suggestions: close,
    });
  }
}
