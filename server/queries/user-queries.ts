// Users' own saved queries, stored as (:SavedQuery) nodes. They are written in the same header form
// as the built-in files and pass the same guard as ad-hoc Cypher before they are stored.
import { Neo4jError } from "neo4j-driver";
import { inReadOnlyTransaction, read, write, writeTransaction, type Neo4jTarget } from "../../cypher/run.ts";
import { DEFAULT_TIMEOUTS } from "../../cypher/timeouts.ts";
import { UserQueryInput } from "../../contract/queries.ts";
import { checkPlan, checkText } from "./cypher-guard.ts";
import { AppError } from "../errors.ts";
import { parseSavedQuery, QueryHeaderError, type SavedQuery } from "./saved-queries.ts";

/** The stored form back into a SavedQuery, through the same parser as the files. */
function toSavedQuery(input: UserQueryInput): SavedQuery {
  const header = [
    `// id: ${input.id}`,
    `// title: ${input.title.replaceAll("\n", " ")}`,
    `// description: ${input.description.replaceAll("\n", " ")}`,
    "// params:",
    ...input.params.map((line) => `//   ${line.replaceAll("\n", " ")}`),
  ];
  try {
    return {
      ...parseSavedQuery(`${header.join("\n")}\n${input.query}`, `query "${input.id}"`),
      source: "user",
      file: undefined,
    };
  } catch (error) {
    if (error instanceof QueryHeaderError)
      throw new AppError(400, "bad_request", error.message.replace(/:\d+: /, ": "));
    throw error;
  }
}

/** A value of each parameter's type, so EXPLAIN can plan the query before it is stored. */
function sampleParams(q: SavedQuery): Record<string, unknown> {
  const sample = { string: "", actor: "", int: 1, float: 0, boolean: false, date: "2000-01-01" } as const;
  return Object.fromEntries(q.params.map((p) => [p.name, p.default ?? sample[p.type]]));
}

export async function checkUserQuery(db: Neo4jTarget, input: UserQueryInput): Promise<SavedQuery> {
  const q = toSavedQuery(input);
  checkText(q.query, sampleParams(q));
  const timeoutMs = (db.timeouts ?? DEFAULT_TIMEOUTS).NEO4J_PLAN_TIMEOUT_MS;
  await inReadOnlyTransaction(db, timeoutMs, (tx) => checkPlan(tx, q.query, sampleParams(q)));
  return q;
}

export async function listUserQueries(db: Neo4jTarget): Promise<SavedQuery[]> {
  return read(
    db,
    "MATCH (q:SavedQuery) RETURN q {.id, .title, .description, .params, .query} AS q ORDER BY q.id LIMIT 1000",
    {},
    { mapper: (row) => toSavedQuery(row.plain("q", UserQueryInput)) },
  );
}

export async function saveUserQuery(
  db: Neo4jTarget,
  input: UserQueryInput,
  mode: "create" | "update",
): Promise<void> {
  const conflict = () =>
    new AppError(409, "conflict", `id: a saved query "${input.id}" exists already; PUT replaces it`);
  let saved: boolean;
  try {
    // Create relies on the unique constraint on SavedQuery.id, so of two people saving one id at
    // once exactly one wins and the other hears so (a read-then-write check let both "win").
    const [count] = await write(
      db,
      `${mode === "create" ? "CREATE (q:SavedQuery {id: $id})" : "MATCH (q:SavedQuery {id: $id})"}
       SET q.title = $title, q.description = $description, q.params = $params, q.query = $query,
           q.updatedAt = datetime()
       RETURN count(q) AS n`,
      input,
      { mapper: (row) => row.number("n") },
    );
    saved = (count ?? 0) > 0;
  } catch (error) {
    if (neo4jCode(error) === "Neo.ClientError.Schema.ConstraintValidationFailed") throw conflict();
    throw error;
  }
  if (!saved) throw new AppError(404, "not_found", `No saved query with id "${input.id}"`);
}

export async function deleteUserQuery(db: Neo4jTarget, id: string): Promise<void> {
  const counters = await writeTransaction(db, (tx) =>
    tx.exec("MATCH (q:SavedQuery {id: $id}) DELETE q", { id }),
  );
  if (!counters.updates().nodesDeleted)
    throw new AppError(404, "not_found", `No saved query with id "${id}"`);
}

function neo4jCode(error: unknown): string | undefined {
  return error instanceof Neo4jError ? error.code : undefined;
}
