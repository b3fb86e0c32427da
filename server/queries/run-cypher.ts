// Runs read-only Cypher for users (ad-hoc and saved queries): an explicit READ transaction with a
// timeout (cypher/run.ts inReadOnlyTransaction: not executeRead, whose retries would re-run memory
// errors), rows streamed and cut at a row cap and a byte cap, and a deadline of our own for the work
// Neo4j does not interrupt (#16).
import neo4j, { type Driver, type Node, type Path, type Relationship, type Transaction } from "neo4j-driver";
import { losslessIntegers, toPlain } from "../../cypher/neo4j.ts";
import { inReadOnlyTransaction, isRelationship } from "../../cypher/run.ts";
import { ElementSet, elementId, type Element } from "../elements.ts";
import { checkParams, checkPlan, checkText } from "./cypher-guard.ts";
import { AppError } from "../errors.ts";

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  elements: Element[];
  truncated: boolean;
  /** Why the answer was cut: the row cap, or the byte cap (one huge row counts too). */
  truncatedReason?: "rows" | "bytes";
  /** Columns holding an integer beyond ±2^53, sent as its decimal text (in rows and elements alike):
   * JSON numbers cannot carry it exactly (#16). Absent when there is none. */
  integersAsText?: string[];
}

/** Most JSON one answer may carry (rows and their graph elements, estimated as they stream). */
export const RESPONSE_BYTE_CAP = 4 * 1024 * 1024;
/** How long past its own timeout a query may run before the API gives up on it: Neo4j checks its
 * timeout only between rows, so one long expression (reduce over a huge range) ran 25 s past 5 s. */
const DEADLINE_GRACE_MS = 2_000;

export interface RunOptions {
  database: string;
  timeoutMs: number;
  rowCap: number;
  /** Run the guard first (ad-hoc and user queries); built-in saved queries are trusted. */
  guard: boolean;
}

// Relationships among a result's nodes, read in the same READ transaction, within its timeout.
const CONNECT_MAX_NODES = 1000;
const CONNECT_RESULT_NODES = `
MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids
RETURN r LIMIT $limit`;

/** Nodes, relationships and paths anywhere in a value become graph elements. */
function collect(value: unknown, set: ElementSet, rels: Relationship[], nodeIds: Set<string>): void {
  if (Array.isArray(value)) return value.forEach((v) => collect(v, set, rels, nodeIds));
  if (neo4j.isNode(value as never)) {
    set.addNode(value as Node);
    nodeIds.add((value as Node).elementId);
    return;
  }
  if (neo4j.isRelationship(value as never)) {
    rels.push(value as Relationship);
    return;
  }
  if (neo4j.isPath(value as never)) {
    const path = value as Path;
    set.addNode(path.start);
    for (const s of path.segments) {
      set.addNode(s.end);
      rels.push(s.relationship);
    }
    return;
  }
  if (value && typeof value === "object" && !neo4j.isInt(value))
    Object.values(value).forEach((v) => collect(v, set, rels, nodeIds));
}

/** A table cell: a node as its element id and label, anything else as plain JSON. */
function cell(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cell);
  if (neo4j.isNode(value as never)) {
    const n = value as Node;
    return {
      id: elementId(n),
      label: toPlain(n.properties.name ?? n.properties.label ?? n.properties.id ?? null),
    };
  }
  if (neo4j.isRelationship(value as never)) return { type: (value as Relationship).type };
  if (neo4j.isPath(value as never)) return { length: (value as Path).length };
  return toPlain(value);
}

/** Whether a value (properties of nodes, relationships and paths included) holds an integer JSON cannot
 * carry exactly. User queries run on losslessIntegers(driver), so such an integer arrives whole. */
function holdsLargeInteger(value: unknown): boolean {
  if (neo4j.isInt(value)) return !(value as { inSafeRange(): boolean }).inSafeRange();
  if (Array.isArray(value)) return value.some(holdsLargeInteger);
  if (neo4j.isPath(value as never))
    return (value as Path).segments.some(
      (s) => holdsLargeInteger(s.start) || holdsLargeInteger(s.relationship) || holdsLargeInteger(s.end),
    );
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never))
    return holdsLargeInteger((value as Node).properties);
  if (value && typeof value === "object") return Object.values(value).some(holdsLargeInteger);
  return false;
}

/** The JSON size of a value as it comes from the driver, refusing numbers JSON cannot carry at all
 * (a float that is infinite: JSON would send null). */
function jsonBytes(column: string, value: unknown): number {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === "number" && !Number.isFinite(v) && !Number.isNaN(v))
        throw new AppError(
          422,
          "bad_request",
          `column ${column}: an infinite number cannot be sent as JSON; return it as text with toString(…)`,
        );
      return v;
    })?.length ?? 4
  );
}

export async function runUserCypher(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  options: RunOptions,
): Promise<QueryResult> {
  if (options.guard) {
    checkParams(params);
    checkText(query, params);
  }
  return inReadOnlyTransaction(
    { driver: losslessIntegers(driver), database: options.database },
    options.timeoutMs,
    (tx) => run(tx, query, params, options),
    {
      afterMs: options.timeoutMs + DEADLINE_GRACE_MS,
      error: () =>
        new AppError(
          408,
          "query_timeout",
          `The query ran past its time limit of ${options.timeoutMs} ms and was abandoned`,
        ),
    },
  );
}

async function run(
  tx: Transaction,
  query: string,
  params: Record<string, unknown>,
  options: RunOptions,
): Promise<QueryResult> {
  if (options.guard) await checkPlan(tx, query, params);
  const result = tx.run(query, params);
  const set = new ElementSet();
  const rels: Relationship[] = [];
  const nodeIds = new Set<string>();
  const rows: Record<string, unknown>[] = [];
  let columns: string[] = [];
  let truncatedReason: QueryResult["truncatedReason"];
  let bytes = 0;
  const textColumns = new Set<string>();
  for await (const record of result) {
    if (rows.length >= options.rowCap) {
      truncatedReason = "rows";
      break; // leaving the loop stops reading; the rollback ends the query on the server
    }
    columns = record.keys as string[];
    // Cell and graph element of each value, estimated before anything is kept.
    for (const key of columns) bytes += 2 * jsonBytes(key, record.get(key));
    if (bytes > RESPONSE_BYTE_CAP) {
      truncatedReason = "bytes";
      break;
    }
    const row: Record<string, unknown> = {};
    for (const key of columns) {
      const value = record.get(key);
      if (holdsLargeInteger(value)) textColumns.add(key);
      collect(value, set, rels, nodeIds);
      row[key] = cell(value);
    }
    rows.push(row);
  }
  if (!columns.length) columns = (await result.keys()) as string[];
  const truncated = truncatedReason !== undefined;
  // Like Neo4j Browser, the graph connects the nodes a query returned: `RETURN a, m` draws a–m.
  // (Not after a cut: the abandoned stream still holds the transaction.)
  if (!truncated && nodeIds.size > 1 && nodeIds.size <= CONNECT_MAX_NODES) {
    const links = await tx.run(CONNECT_RESULT_NODES, {
      ids: [...nodeIds],
      limit: neo4j.int(CONNECT_MAX_NODES * 4),
    });
    for (const record of links.records) {
      const rel: unknown = record.get("r");
      if (isRelationship(rel)) rels.push(rel);
    }
  }
  for (const r of rels) set.addRelationship(r);
  return {
    columns,
    rows,
    elements: set.toJSON(),
    truncated,
    ...(truncated ? { truncatedReason } : {}),
    ...(textColumns.size ? { integersAsText: [...textColumns] } : {}),
  };
}
