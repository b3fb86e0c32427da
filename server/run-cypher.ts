// Runs read-only Cypher for users (ad-hoc and saved queries): an explicit READ transaction with a
// timeout (not executeRead, whose retries would re-run memory errors), rows streamed and cut at a cap.
import neo4j, { type Driver, type Node, type Path, type Relationship } from "neo4j-driver";
import { toPlain } from "../cypher/neo4j.ts";
import { ElementSet, elementId, type Element } from "./elements.ts";
import { checkPlan, checkText } from "./cypher-guard.ts";

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  elements: Element[];
  truncated: boolean;
}

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
    return { id: elementId(n), label: n.properties.name ?? n.properties.label ?? n.properties.id ?? null };
  }
  if (neo4j.isRelationship(value as never)) return { type: (value as Relationship).type };
  if (neo4j.isPath(value as never)) return { length: (value as Path).length };
  return toPlain(value);
}

export async function runUserCypher(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  options: RunOptions,
): Promise<QueryResult> {
  if (options.guard) checkText(query);
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  const tx = session.beginTransaction({ timeout: options.timeoutMs });
  try {
    if (options.guard) await checkPlan(tx, query, params);
    const result = tx.run(query, params);
    const set = new ElementSet();
    const rels: Relationship[] = [];
    const nodeIds = new Set<string>();
    const rows: Record<string, unknown>[] = [];
    let columns: string[] = [];
    let truncated = false;
    for await (const record of result) {
      if (rows.length >= options.rowCap) {
        truncated = true;
        break; // leaving the loop stops reading; the rollback below ends the query on the server
      }
      columns = record.keys as string[];
      const row: Record<string, unknown> = {};
      for (const key of columns) {
        const value = record.get(key);
        collect(value, set, rels, nodeIds);
        row[key] = cell(value);
      }
      rows.push(row);
    }
    if (!columns.length) columns = (await result.keys()) as string[];
    // Like Neo4j Browser, the graph connects the nodes a query returned: `RETURN a, m` draws a–m.
    // (Not after a cut: the abandoned stream still holds the transaction.)
    if (!truncated && nodeIds.size > 1 && nodeIds.size <= CONNECT_MAX_NODES) {
      const links = await tx.run(CONNECT_RESULT_NODES, {
        ids: [...nodeIds],
        limit: neo4j.int(CONNECT_MAX_NODES * 4),
      });
      for (const record of links.records) rels.push(record.get("r") as Relationship);
    }
    for (const r of rels) set.addRelationship(r);
    return { columns, rows, elements: set.toJSON(), truncated };
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
}
