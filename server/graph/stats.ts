// Counts by label and relationship type (from Neo4j's count store), and the span of event dates.
import { readTransaction, type Neo4jTarget } from "../../cypher/run.ts";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../cypher/vocabulary.ts";
import type { StatsResponse } from "../../contract/stats.ts";

const SPAN = `
CALL () { MATCH (e:Meeting) RETURN e.date AS d UNION ALL MATCH (e:Incident) RETURN e.date AS d }
RETURN toString(min(d)) AS from, toString(max(d)) AS to`;

export function graphStats(db: Neo4jTarget): Promise<StatsResponse> {
  return readTransaction(db, async (tx) => {
    const count = async (query: string) => (await tx.first(query, {}, (row) => row.number("n"))) ?? 0;
    const labels: Record<string, number> = {};
    // Labels and types come from the fixed vocabulary, never from input.
    for (const label of NODE_LABELS) labels[label] = await count(`MATCH (n:${label}) RETURN count(n) AS n`);
    const relationships: Record<string, number> = {};
    for (const type of RELATIONSHIP_TYPES)
      relationships[type] = await count(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
    const span = await tx.first(SPAN, {}, (row) => ({
      from: row.stringOrNull("from"),
      to: row.stringOrNull("to"),
    }));
    return { labels, relationships, dateRange: span ?? { from: null, to: null } };
  });
}
