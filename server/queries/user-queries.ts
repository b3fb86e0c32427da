// Users' own saved queries, stored as (:SavedQuery) nodes. They are written in the same header form
// as the built-in files and pass the same guard as ad-hoc Cypher before they are stored.
import type { Driver } from "neo4j-driver";
import { readTx, writeTx } from "../../cypher/neo4j.ts";
import type { UserQueryInput } from "../../contract/queries.ts";
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
  const sample = { string: "", int: 1, float: 0, boolean: false, date: "2000-01-01" } as const;
  return Object.fromEntries(q.params.map((p) => [p.name, p.default ?? sample[p.type]]));
}

export async function checkUserQuery(
  driver: Driver,
  database: string,
  input: UserQueryInput,
): Promise<SavedQuery> {
  const q = toSavedQuery(input);
  checkText(q.query, sampleParams(q));
  const session = driver.session({ database, defaultAccessMode: "READ" });
  const tx = session.beginTransaction({ timeout: 5_000 });
  try {
    await checkPlan(tx, q.query, sampleParams(q));
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
  return q;
}

export async function listUserQueries(driver: Driver, database: string): Promise<SavedQuery[]> {
  const rows = await readTx(
    driver,
    database,
    async (tx) =>
      (
        await tx.run(
          "MATCH (q:SavedQuery) RETURN q {.id, .title, .description, .params, .query} AS q ORDER BY q.id LIMIT 1000",
        )
      ).records,
  );
  return rows.map((r) => toSavedQuery(r.get("q") as UserQueryInput));
}

export async function saveUserQuery(
  driver: Driver,
  database: string,
  input: UserQueryInput,
  mode: "create" | "update",
): Promise<void> {
  const conflict = () =>
    new AppError(409, "conflict", `id: a saved query "${input.id}" exists already; PUT replaces it`);
  let saved: boolean;
  try {
    saved = await writeTx(driver, database, async (tx) => {
      // Create relies on the unique constraint on SavedQuery.id, so of two people saving one id at
      // once exactly one wins and the other hears so (a read-then-write check let both "win").
      const result = await tx.run(
        `${mode === "create" ? "CREATE (q:SavedQuery {id: $id})" : "MATCH (q:SavedQuery {id: $id})"}
         SET q.title = $title, q.description = $description, q.params = $params, q.query = $query,
             q.updatedAt = datetime()
         RETURN count(q) AS n`,
        input,
      );
      return Number(result.records[0]?.get("n") ?? 0) > 0;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "Neo.ClientError.Schema.ConstraintValidationFailed")
      throw conflict();
    throw error;
  }
  if (!saved) throw new AppError(404, "not_found", `No saved query with id "${input.id}"`);
}

export async function deleteUserQuery(driver: Driver, database: string, id: string): Promise<void> {
  const deleted = await writeTx(
    driver,
    database,
    async (tx) =>
      (await tx.run("MATCH (q:SavedQuery {id: $id}) DELETE q", { id })).summary.counters.updates()
        .nodesDeleted,
  );
  if (!deleted) throw new AppError(404, "not_found", `No saved query with id "${id}"`);
}
