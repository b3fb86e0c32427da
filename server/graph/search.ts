// Search by name or alias through the full-text indexes (actors, places, events), ranked by score.
import neo4j from "neo4j-driver";
import { read, type Neo4jTarget } from "../../cypher/run.ts";
import type { SearchQuery, SearchResponse } from "../../contract/search.ts";
import { nodeElement } from "../elements.ts";

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Each word as typed, as a prefix from 3 characters ("merk" finds Merkel), and from 4 characters
 * slightly fuzzy for typos. A prefix of 1–2 characters is not expanded: it matches a large share of
 * the terms (on the bench graph "12*" is 11,111 numbers in the event labels and 1,111 in the actor
 * names), which made up about 40% of a search's time there, for matches that rank below the word.
 */
export function luceneQuery(text: string): string {
  const words = text
    .normalize("NFKC")
    .toLowerCase() // Lucene's operators are upper-case words: "or" is just a word.
    .replace(LUCENE_SPECIAL, " ")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8);
  if (!words.length) return '""';
  return words
    .map((w) =>
      w.length >= 4 ? `(${w}^3 OR ${w}* OR ${w}~1)` : w.length === 3 ? `(${w}^3 OR ${w}*)` : `(${w})`,
    )
    .join(" AND ");
}

export const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $limit}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('place_names', $query, {limit: $limit}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('event_names', $query, {limit: $limit}) YIELD node, score RETURN node, score
}
RETURN node, score ORDER BY score DESC LIMIT $limit`;

export async function searchNodes(db: Neo4jTarget, { q, limit }: SearchQuery): Promise<SearchResponse> {
  const results = await read(
    db,
    SEARCH,
    { query: luceneQuery(q), limit: neo4j.int(limit) },
    {
      mapper: (row) => {
        const { id, kind, subtype, label } = nodeElement(row.node("node")).data;
        return { id, kind, subtype, label, score: row.number("score") };
      },
    },
  );
  return { results };
}
