// Checks that the graph's evidence can be trusted: every quote is the article's text at its
// offsets, every article has its text and an id that follows from its content, every Report (coded
// event data, which has no text) names its dataset and its story or URL, every meeting and incident
// has a source (an article or a Report). Reads the graph a page at a time, so it runs on any size.
import neo4j, { type Driver } from "neo4j-driver";
import { z } from "zod";
import { read } from "../cypher/run.ts";
import type { Neo4jTimeouts } from "../cypher/timeouts.ts";
import { articleId } from "./article-id.ts";
import { reportId } from "./events/report-id.ts";
import { verifyCorrections } from "./corrections/verify.ts";

export interface VerifyProblem {
  /** The node at fault: "article:<id>", "report:<id>", "meeting:<id>", "incident:<id>". */
  node: string;
  message: string;
}

export interface VerifyReport {
  articles: number;
  quotes: number;
  /** Records of coded event data (ICEWS, GDELT, POLECAT) that facts are CODED_IN. */
  reports: number;
  facts: number;
  /** Live corrections checked (#19). */
  corrections: number;
  problems: VerifyProblem[];
}

const ArticleRow = z.object({
  id: z.string(),
  slug: z.string().nullable(),
  url: z.string().nullable(),
  date: z.string().nullable(),
  text: z.string().nullable(),
  textHash: z.string().nullable(),
  quotes: z.array(
    z.object({
      event: z.string(),
      label: z.string(),
      quote: z.string().nullable(),
      start: z.number().nullable(),
      end: z.number().nullable(),
    }),
  ),
});
type ArticleRow = z.infer<typeof ArticleRow>;

const ARTICLE_PAGE = `
MATCH (a:Article) WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id AS id, a.slug AS slug, a.url AS url, toString(a.date) AS date, a.text AS text,
       a.textHash AS textHash,
       [(e)-[r:REPORTED_IN]->(a) | {event: e.id, label: CASE WHEN e:Meeting THEN 'meeting' ELSE 'incident' END,
                                    quote: r.quote, start: r.start, end: r.end}] AS quotes`;

const SOURCELESS = `
MATCH (e) WHERE (e:Meeting OR e:Incident)
WITH e, EXISTS { (e)-[:REPORTED_IN]->(:Article) } OR EXISTS { (e)-[:CODED_IN]->(:Report) } AS sourced
RETURN count(e) AS facts, [x IN collect(CASE WHEN sourced THEN null ELSE
         CASE WHEN e:Meeting THEN 'meeting:' ELSE 'incident:' END + e.id END)][..1000] AS sourceless`;

export const ReportRow = z.object({
  id: z.string(),
  dataset: z.string().nullable(),
  storyId: z.string().nullable(),
  sentence: z.number().nullable(),
  url: z.string().nullable(),
});
export type ReportRow = z.infer<typeof ReportRow>;

const REPORT_PAGE = `
MATCH (r:Report) WHERE r.id > $after
WITH r ORDER BY r.id LIMIT $limit
RETURN r.id AS id, r.dataset AS dataset, r.storyId AS storyId, r.sentence AS sentence, r.url AS url`;

/** A Report stands in for a text we do not have: it must say which dataset coded which story. */
export function checkReport(row: ReportRow): VerifyProblem[] {
  const node = `report:${row.id}`;
  if (!row.dataset) return [{ node, message: `report ${row.id} has no dataset` }];
  if (!row.storyId && !row.url)
    return [{ node, message: `report ${row.id} (${row.dataset}) has neither a story id nor a URL` }];
  const expected = reportId({
    dataset: row.dataset,
    storyId: row.storyId,
    sentence: row.sentence,
    url: row.url,
  });
  if (expected !== row.id)
    return [
      {
        node,
        message: `report ${row.id}: its id does not follow from its dataset and story or URL (expected ${expected})`,
      },
    ];
  return [];
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The problems of one stored article and its quotes. */
export function checkArticle(row: ArticleRow): VerifyProblem[] {
  const node = `article:${row.id}`;
  const name = row.slug ? `${row.slug} (${row.id})` : row.id;
  if (row.textHash === null)
    return [
      {
        node,
        message: `article ${name} was stored by file name by an earlier whomet: run \`npm run ingest -- migrate PATHS…\``,
      },
    ];
  if (!row.text) return [{ node, message: `article ${name} has no text: its quotes cannot be checked` }];
  const problems: VerifyProblem[] = [];
  if (row.date && articleId({ url: row.url ?? undefined, date: row.date, text: row.text }) !== row.id)
    problems.push({
      node,
      message: `article ${name}: its id does not follow from its URL or its date and text`,
    });
  for (const q of row.quotes) {
    const where = `${q.label}:${q.event}`;
    if (q.quote === null || q.start === null || q.end === null) {
      problems.push({
        node: where,
        message: `${where} cites article ${name} without a quote and its offsets`,
      });
      continue;
    }
    const found = row.text.slice(q.start, q.end);
    if (found !== q.quote)
      problems.push({
        node: where,
        message: `${where} quotes "${shorten(q.quote)}" from article ${name}, but its text at ${q.start}–${q.end} reads "${shorten(found)}"`,
      });
  }
  return problems;
}

export async function verifyGraph(
  driver: Driver,
  database: string,
  onProgress?: (articles: number) => void,
  timeouts?: Neo4jTimeouts,
): Promise<VerifyReport> {
  const db = { driver, database, timeouts };
  const report: VerifyReport = { articles: 0, quotes: 0, reports: 0, facts: 0, corrections: 0, problems: [] };
  let after = "";
  for (;;) {
    const rows = await read(
      db,
      ARTICLE_PAGE,
      { after, limit: neo4j.int(200) },
      {
        mapper: (row) => row.object(ArticleRow),
      },
    );
    if (!rows.length) break;
    for (const row of rows) {
      report.articles++;
      report.quotes += row.quotes.length;
      report.problems.push(...checkArticle(row));
    }
    after = rows[rows.length - 1]!.id;
    onProgress?.(report.articles);
  }
  after = "";
  for (;;) {
    const rows = await read(
      db,
      REPORT_PAGE,
      { after, limit: neo4j.int(1000) },
      {
        mapper: (row) => row.object(ReportRow),
      },
    );
    if (!rows.length) break;
    for (const row of rows) {
      report.reports++;
      report.problems.push(...checkReport(row));
    }
    after = rows[rows.length - 1]!.id;
  }
  const [counts] = await read(
    db,
    SOURCELESS,
    {},
    {
      mapper: (row) => ({ facts: row.number("facts"), sourceless: row.strings("sourceless") }),
    },
  );
  const { facts, sourceless } = counts ?? { facts: 0, sourceless: [] };
  report.facts = facts;
  const corrections = await verifyCorrections(driver, database);
  report.corrections = corrections.checked;
  report.problems.push(...corrections.problems);
  for (const node of sourceless)
    report.problems.push({
      node,
      message: `${node} has no source: no article reports it and no dataset coded it`,
    });
  return report;
}
