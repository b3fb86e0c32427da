// Reads article inputs into Articles: corpus files (" date YYYY-MM-DD" header, optional
// "CITY, Month DD. /AGENCY/." dateline), plain .txt dated by --date or a dateline with a year, and
// JSON Lines. Folders are walked recursively. A bad input becomes an InputProblem naming the file,
// line and field; every other input is still read.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import { z } from "zod";
import { articleId, articleSlug, canonicalUrl, normalizeText } from "./article-id.ts";
import { fallbackOutlet, fallbackTitle, readMetaLines, type ArticleMeta } from "./article-meta.ts";
import type { Article, InputProblem } from "./facts.ts";

export interface ReadOptions {
  /** Publication date for .txt files that carry none (YYYY-MM-DD). */
  date?: string;
  /** Base for Article.file; defaults to the working directory. */
  cwd?: string;
}

export interface ReadResult {
  articles: Article[];
  problems: InputProblem[];
  /** Inputs that hold an article read already (same URL, or same date and text): read once. */
  duplicates: { file: string; line?: number; of: string }[];
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const HEADER = /^\s*date\s+(\S+)[ \t]*\r?\n?/;
// "MINSK, November 17. /TASS/." or "MINSK, November 17, 2021 /TASS/." (agency optional with a year).
const DATELINE =
  /^\s*([A-Z][A-Za-z'’. -]{1,40}),\s+([A-Z][a-z]+)\s+(\d{1,2})(?:,\s*(\d{4}))?\.?\s*(?:\/([^/\n]{1,40})\/\.?)?[ \t]*(?:\r?\n)*/;

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function iso(year: number, monthIndex: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(monthIndex + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

interface Dateline {
  text: string;
  length: number;
  agency?: string;
  /** Full date when the dateline carries a year. */
  date?: string;
}

function parseDateline(text: string): Dateline | undefined {
  const m = DATELINE.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[2] ?? "").toLowerCase());
  // Without an agency or a year, "Greek police on Friday, ..." must not be taken for a dateline.
  if (month < 0 || (!m[4] && !m[5])) return undefined;
  const date = m[4] ? iso(Number(m[4]), month, Number(m[3])) : undefined;
  return { text: m[0].trim(), length: m[0].length, agency: m[5]?.trim(), date };
}

/** Parses one article file's text. Returns a problem when it has no usable date. */
export function parseArticleText(
  text: string,
  meta: { slug: string; file?: string; date?: string },
): Article | InputProblem {
  const file = meta.file ?? meta.slug;
  let rest = text.replace(/^\uFEFF/, "");
  let date: string | undefined;
  const line = 1;
  let given: ArticleMeta = {};
  const header = HEADER.exec(rest);
  if (header) {
    date = header[1];
    if (!isIsoDate(date ?? "")) {
      return { file, line, field: "date", message: `date: "${date}" is not a valid YYYY-MM-DD date` };
    }
    rest = rest.slice(header[0].length);
    // Optional title / outlet / url lines follow a date line of its own (article-meta.ts).
    if (header[0].endsWith("\n")) {
      const read = readMetaLines(rest);
      if (read.problem) {
        const field = read.problem.slice(0, read.problem.indexOf(":"));
        return { file, line: 2 + Object.keys(read.meta).length, field, message: read.problem };
      }
      if (read.meta.url !== undefined && canonicalUrl(read.meta.url) === undefined) {
        const at = 2 + Object.keys(read.meta).indexOf("url");
        return { file, line: at, field: "url", message: `url: "${read.meta.url}" is not an http(s) URL` };
      }
      given = read.meta;
      rest = read.rest;
    }
  }
  const dateline = parseDateline(rest);
  if (dateline) {
    if (!date && dateline.date && !isIsoDate(dateline.date)) {
      return {
        file,
        line,
        field: "dateline",
        message: `dateline "${dateline.text}" names an impossible date`,
      };
    }
    rest = rest.slice(dateline.length);
  }
  date ??= dateline?.date ?? meta.date;
  if (!date) {
    return {
      file,
      line,
      field: "date",
      message: 'no publication date: add a " date YYYY-MM-DD" first line, a dateline with a year, or --date',
    };
  }
  if (!isIsoDate(date))
    return { file, field: "date", message: `date: "${date}" is not a valid YYYY-MM-DD date` };
  const body = rest.replace(/^\s+/, "").replace(/\s+$/, "");
  if (!body) return { file, field: "body", message: "the article has no text" };
  const notText = undecodable(body);
  if (notText) return { file, field: "body", message: notText };
  const url = given.url === undefined ? undefined : canonicalUrl(given.url);
  const article: Article = {
    id: articleId({ url, date, text: body }),
    slug: articleSlug(meta.slug),
    date,
    body,
  };
  if (meta.file) article.file = meta.file;
  if (dateline) article.dateline = dateline.text;
  const source = given.outlet ?? dateline?.agency ?? fallbackOutlet(body, meta.slug);
  if (source) article.source = source;
  const title = given.title ?? fallbackTitle(body);
  if (title) article.title = title;
  if (url) article.url = url;
  return article;
}

// Bytes that are not UTF-8 decode to U+FFFD; control characters do not occur in news text.
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\uFFFD\u0000-\u0008\u000E-\u001F]/g;

/** Why `body` is not readable text, or undefined when it is (a stray bad byte is tolerated). */
function undecodable(body: string): string | undefined {
  const bad = body.match(NOT_TEXT)?.length ?? 0;
  if (bad > 3 && bad > body.length / 100)
    return `body: not UTF-8 text (${bad} of ${body.length} characters are undecodable bytes or control codes)`;
  return undefined;
}

const JsonArticle = z.object({
  id: z.string().min(1).optional(),
  date: z.string().refine(isIsoDate, "must be a valid YYYY-MM-DD date"),
  source: z.string().optional(),
  title: z.string().optional(),
  url: z
    .string()
    .refine((u) => canonicalUrl(u) !== undefined, "must be an http(s) URL")
    .optional(),
  text: z.string().refine((t) => t.trim() !== "", "must not be empty"),
});

/** Parses JSON Lines: one article object per non-empty line. */
export function parseJsonLines(text: string, file: string): Omit<ReadResult, "duplicates"> {
  const articles: Article[] = [];
  const problems: InputProblem[] = [];
  const stem = basename(file, extname(file));
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      problems.push({ file, line, message: `broken JSON: ${(err as Error).message}` });
      return;
    }
    const parsed = JsonArticle.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join(".") || undefined;
        problems.push({ file, line, field, message: `${field ?? "line"}: ${issue.message}` });
      }
      return;
    }
    const { id, date, source, title, url, text: rawText } = parsed.data;
    const body = rawText.trim();
    const notText = undecodable(body);
    if (notText) {
      problems.push({ file, line, field: "text", message: notText.replace(/^body/, "text") });
      return;
    }
    // The feed's own id names the article for people; its identity is its URL or its text.
    const article: Article = {
      id: articleId({ url, date, text: body }),
      slug: articleSlug(id ?? title ?? `${stem}-${line}`),
      date,
      body,
    };
    const outlet = source ?? fallbackOutlet(body, "");
    if (outlet) article.source = outlet;
    const shownTitle = title ?? fallbackTitle(body);
    if (shownTitle) article.title = shownTitle;
    if (url) article.url = canonicalUrl(url);
    article.file = `${file}:${line}`;
    articles.push(article);
  });
  return { articles, problems };
}

/** "feed.jsonl:12" → ["feed.jsonl", 12]; a plain path has no line. */
function splitWhere(where: string): [string, number | undefined] {
  const m = /^(.*):(\d+)$/.exec(where);
  return m ? [m[1]!, Number(m[2])] : [where, undefined];
}

const TEXT_EXT = new Set([".txt", ".text"]);
const JSONL_EXT = new Set([".jsonl", ".ndjson"]);

async function listFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(child)));
    else if (TEXT_EXT.has(extname(entry.name)) || JSONL_EXT.has(extname(entry.name))) out.push(child);
  }
  return out;
}

/** Reads every article under `paths`; unreadable or malformed inputs become problems. */
export async function readArticles(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const cwd = options.cwd ?? process.cwd();
  const result: ReadResult = { articles: [], problems: [], duplicates: [] };
  const seen = new Map<string, Article>();
  const keep = (article: Article) => {
    const first = seen.get(article.id);
    if (!first) {
      seen.set(article.id, article);
      result.articles.push(article);
      return;
    }
    const [file, line] = splitWhere(article.file ?? article.slug);
    if (normalizeText(first.body) === normalizeText(article.body) && first.date === article.date)
      result.duplicates.push({ file, line, of: first.file ?? first.slug });
    else
      result.problems.push({
        file,
        line,
        field: "url",
        message: `url: ${article.url} was read already from ${first.file ?? first.slug} with another text or date; this copy is skipped`,
      });
  };
  for (const path of paths) {
    let files: string[];
    try {
      files = await listFiles(path);
    } catch (err) {
      result.problems.push({
        file: path,
        message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? err}`,
      });
      continue;
    }
    for (const abs of files) {
      const file = relative(cwd, abs) || abs;
      let text: string;
      try {
        text = await readFile(abs, "utf8");
      } catch (err) {
        result.problems.push({ file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? err}` });
        continue;
      }
      if (JSONL_EXT.has(extname(abs))) {
        const parsed = parseJsonLines(text, file);
        parsed.articles.forEach(keep);
        result.problems.push(...parsed.problems);
        continue;
      }
      const parsed = parseArticleText(text, { slug: basename(abs, extname(abs)), file, date: options.date });
      if ("body" in parsed) keep(parsed);
      else result.problems.push(parsed);
    }
  }
  return result;
}
