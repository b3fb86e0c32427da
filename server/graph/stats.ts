// Counts by label and relationship type (from Neo4j's count store), and the span of event dates.
import type { Driver } from "neo4j-driver";
import { readTx } from "../../cypher/neo4j.ts";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../cypher/vocabulary.ts";
import type { StatsResponse } from "../../contract/stats.ts";

export function graphStats(driver: Driver, database: string): Promise<StatsResponse> {
  return readTx(driver, database, async (tx) => {
    const labels: Record<string, number> = {};
    for (const label of NODE_LABELS) {
      labels[label] = (await tx.run(`MATCH (n:${label}) RETURN count(n) AS n`)).records[0]!.get(
        "n",
      ) as number;
    }
    const relationships: Record<string, number> = {};
    for (const type of RELATIONSHIP_TYPES) {
      relationships[type] = (await tx.run(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`)).records[0]!.get(
        "n",
      ) as number;
    }
    const span = await tx.run(`
      CALL () { MATCH (e:Meeting) RETURN e.date AS d UNION ALL MATCH (e:Incident) RETURN e.date AS d }
      RETURN toString(min(d)) AS from, toString(max(d)) AS to`);
    return { labels, relationships, dateRange: span.records[0]!.toObject() as StatsResponse["dateRange"] };
  });
}
