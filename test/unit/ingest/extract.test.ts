import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { extractArticles, withinSizeLimit } from "../../../ingest/extract.ts";
import { parseArticleText } from "../../../ingest/read.ts";
import type { Article } from "../../../ingest/facts.ts";
import { MERKEL_CALLS, PLANNED_TALKS } from "../../fixtures/ingest-articles.ts";

function article(text: string, id: string): Article {
  const parsed = parseArticleText(text, { slug: id });
  if (!("body" in parsed)) throw new Error(parsed.message);
  return parsed;
}

describe("extractArticles", () => {
  const merkel = article(MERKEL_CALLS, "merkel");
  const extraction = extractArticles([merkel]);

  it("finds both Lukashenko–Merkel phone calls with their dates", () => {
    const calls = extraction.meetings.map((m) => [m.date, m.kind, m.cameo, m.participants]);
    expect(calls).toEqual([
      ["2021-11-15", "phone_call", "041", ["alexander-lukashenko", "angela-merkel"]],
      ["2021-11-17", "phone_call", "041", ["alexander-lukashenko", "angela-merkel"]],
    ]);
  });

  it("quotes the sentence with offsets into the body", () => {
    for (const m of extraction.meetings)
      for (const s of m.sources) expect(merkel.body.slice(s.start, s.end)).toBe(s.quote);
  });

  it("resolves surname, title and capital mentions to one actor each", () => {
    const ids = extraction.actors.map((a) => a.id);
    expect(ids).toContain("alexander-lukashenko");
    expect(ids).toContain("belarus");
    expect(ids.filter((id) => id.includes("lukashenko"))).toHaveLength(1);
    expect(extraction.actors.find((a) => a.id === "belarus")?.aliases).toContain("Minsk");
  });

  it("creates no actors from days, months or sentence-initial words", () => {
    const names = extraction.actors.map((a) => a.name);
    for (const bad of ["Wednesday", "November", "The", "On", "Tensions"]) expect(names).not.toContain(bad);
  });

  it("finds the border incident dated by the previous sentence", () => {
    expect(extraction.incidents.map((i) => [i.id, i.date, i.place])).toEqual([
      ["incident-2021-11-08-belarus-poland-border", "2021-11-08", "Belarusian-Polish border"],
    ]);
  });

  it("merges the same call reported by two articles into one fact with two sources", () => {
    const twice = extractArticles([merkel, { ...merkel, id: "copy" }]);
    expect(twice.meetings).toHaveLength(2);
    expect(twice.meetings[0]!.sources.map((s) => s.article)).toEqual([merkel.id, "copy"]);
    expect(twice.meetings.map((m) => m.id)).toEqual(extraction.meetings.map((m) => m.id));
  });

  it("keeps planned talks out of the facts", () => {
    expect(extractArticles([article(PLANNED_TALKS, "planned")]).meetings).toEqual([]);
  });
});

describe("withinSizeLimit", () => {
  const body = (mb: number) => "Migrants crossed the border. ".repeat(Math.ceil((mb * 1e6) / 29));
  const of = (text: string, file: string): Article => ({
    id: file,
    slug: file,
    date: "2021-11-20",
    body: text,
    file,
  });

  it("refuses a body above 10 MB, naming the file, and keeps the others", () => {
    const big = of(body(10.5), "dump.txt");
    const small = of(body(0.01), "news.txt");
    const { articles, problems } = withinSizeLimit([big, small]);
    expect(articles).toEqual([small]);
    expect(problems).toEqual([
      {
        file: "dump.txt",
        field: "body",
        message:
          "body: 10.5 MB, above the 10 MB limit: not extracted; split it into articles (files, or JSON Lines)",
      },
    ]);
  });

  it("names the line of a JSON Lines article and its text field", () => {
    const { problems } = withinSizeLimit([of(body(12), "feed.jsonl:3")]);
    expect(problems).toEqual([
      {
        file: "feed.jsonl",
        line: 3,
        field: "text",
        message:
          "text: 12.0 MB, above the 10 MB limit: not extracted; split it into articles (files, or JSON Lines)",
      },
    ]);
  });
});

describe("extractArticles on a text without sentence ends", () => {
  it("cuts it into pieces of at most 2,000 characters and warns naming the file", () => {
    const lines: string[] = [];
    const log = pino({ level: "warn" }, { write: (line: string) => void lines.push(line) });
    const body = "migrants crossed the border near the village ".repeat(100).trim();
    const a: Article = { id: "dump", slug: "dump", date: "2021-11-20", body, file: "dump.txt" };
    extractArticles([a], { log });
    expect(lines).toHaveLength(1);
    const warning = JSON.parse(lines[0]!) as { file: string; pieces: number; limit: number; msg: string };
    expect(warning).toMatchObject({ file: "dump.txt", pieces: 3, limit: 2000 });
    expect(warning.msg).toMatch(/^dump\.txt: text without sentence ends cut at spaces into 3 pieces/);
  });

  it("says nothing about ordinary text", () => {
    const lines: string[] = [];
    const log = pino({ level: "warn" }, { write: (line: string) => void lines.push(line) });
    extractArticles([article(MERKEL_CALLS, "merkel")], { log });
    expect(lines).toEqual([]);
  });
});
