// One article's stored text and the quotes taken from it (the REPORTED_IN links), each checked against
// the text: the reader view highlights a quote only where the text at its offsets is exactly the quote.
import { z } from "zod";
import { readTransaction, type Neo4jTarget } from "../../cypher/run.ts";
import type { ArticleQuote, ArticleText } from "../../contract/articles.ts";
import { AppError } from "../errors.ts";

const ARTICLE = `
MATCH (a:Article {id: $id})
RETURN a { .id, .slug, .source, .title, .url, .text, date: toString(a.date),
  quotes: COLLECT {
    MATCH (e)-[r:REPORTED_IN]->(a) WHERE e:Meeting OR e:Incident
    RETURN {event: CASE WHEN e:Meeting THEN 'meeting:' ELSE 'incident:' END + e.id,
            quote: r.quote, start: r.start, end: r.end}
    ORDER BY r.start, e.id LIMIT 1000
  }
} AS article`;

const Row = z.object({
  id: z.string(),
  slug: z.string().nullable(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string().nullable(),
  quotes: z.array(
    z.object({
      event: z.string(),
      quote: z.string(),
      start: z.number().nullable(),
      end: z.number().nullable(),
    }),
  ),
});

/** True when `text` reads exactly `quote` from `start` to `end`. */
export function quoteMatches(text: string, q: { quote: string; start: number; end: number }): boolean {
  return q.start >= 0 && q.end <= text.length && q.start < q.end && text.slice(q.start, q.end) === q.quote;
}

/** The article with id `id`; 404 when unknown or stored without its text (an old graph). */
export async function articleText(db: Neo4jTarget, id: string): Promise<ArticleText> {
  const row = await readTransaction(db, (tx) => tx.first(ARTICLE, { id }, (r) => r.plain("article", Row)));
  if (!row) throw new AppError(404, "not_found", `No article with id "${id}"`);
  if (row.text === null)
    throw new AppError(404, "not_found", `The article "${id}" is stored without its text: load it again`);
  const text = row.text;
  const quotes: ArticleQuote[] = row.quotes.map((q) => {
    const start = q.start ?? -1;
    const end = q.end ?? -1;
    return {
      event: q.event,
      quote: q.quote,
      start,
      end,
      matches: quoteMatches(text, { quote: q.quote, start, end }),
    };
  });
  return { ...row, text, quotes };
}
