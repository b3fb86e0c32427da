import { describe, expect, it } from "vitest";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articleId } from "../../../ingest/article-id.ts";
import { isIsoDate, parseArticleText, parseJsonLines, readArticles } from "../../../ingest/read.ts";

describe("parseArticleText", () => {
  it("reads the date header and strips the TASS dateline", () => {
    const a = parseArticleText(" date 2021-11-17 MINSK, November 17. /TASS/. Body text.", { slug: "a" });
    expect(a).toMatchObject({
      slug: "a",
      date: "2021-11-17",
      dateline: "MINSK, November 17. /TASS/.",
      source: "TASS",
      body: "Body text.",
    });
  });

  it("takes the date from a dateline with a year when there is no header", () => {
    const a = parseArticleText("VILNIUS, October 21, 2021 /BNS/. Landsbergis said.", { slug: "b" });
    expect(a).toMatchObject({ date: "2021-10-21", body: "Landsbergis said." });
  });

  it("uses --date for plain text without any date", () => {
    expect(parseArticleText("Plain text.", { slug: "c", date: "2022-01-02" })).toMatchObject({
      date: "2022-01-02",
    });
  });

  it("reports a missing date naming the file and field", () => {
    expect(parseArticleText("Plain text.", { slug: "c", file: "in/c.txt" })).toMatchObject({
      file: "in/c.txt",
      field: "date",
    });
  });

  it("reports an impossible date", () => {
    const p = parseArticleText(" date 2021-02-30 Text.", { slug: "d", file: "d.txt" });
    expect(p).toMatchObject({ file: "d.txt", line: 1, field: "date" });
    expect((p as { message: string }).message).toContain("2021-02-30");
  });
});

describe("parseJsonLines", () => {
  it("reads good lines and reports the broken one by line number", () => {
    const text = [
      '{"id":"x","date":"2021-11-17","text":"One."}',
      "{broken",
      '{"date":"2021-13-01","text":"Two."}',
    ].join("\n");
    const r = parseJsonLines(text, "feed.jsonl");
    expect(r.articles.map((a) => a.slug)).toEqual(["x"]);
    expect(r.problems).toEqual([
      expect.objectContaining({ file: "feed.jsonl", line: 2 }),
      expect.objectContaining({ file: "feed.jsonl", line: 3, field: "date" }),
    ]);
  });
});

describe("isIsoDate", () => {
  it("accepts real dates and rejects impossible ones", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("17.11.2021")).toBe(false);
  });
});

describe("article identity", () => {
  async function folder(files: Record<string, string>): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), "whomet-read-"));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(join(root, name, ".."), { recursive: true });
      await writeFile(join(root, name), text);
    }
    return root;
  }

  it("gives two different articles with the same file name in two folders two ids", async () => {
    const root = await folder({
      "belarus/001.txt": " date 2021-11-17 Lukashenko spoke to Merkel.",
      "evros/001.txt": " date 2020-03-04 Greek police fired tear gas at Kastanies.",
    });
    const r = await readArticles([join(root, "belarus"), join(root, "evros")], { cwd: root });
    expect(r.problems).toEqual([]);
    expect(r.articles.map((a) => a.slug)).toEqual(["001", "001"]);
    expect(new Set(r.articles.map((a) => a.id)).size).toBe(2);
    expect(r.articles.map((a) => a.file)).toEqual(["belarus/001.txt", "evros/001.txt"]);
  });

  it("reads the same text from two places as one article and says which input repeated it", async () => {
    const text = " date 2021-11-17 Lukashenko spoke to Merkel.\n\nThey spoke again.";
    const root = await folder({ "a/call.txt": text, "b/copy.txt": text.replace("\n\n", "\r\n\r\n  ") });
    const r = await readArticles([root], { cwd: root });
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({ slug: "call", file: "a/call.txt" });
    expect(r.duplicates).toEqual([{ file: "b/copy.txt", of: "a/call.txt" }]);
  });

  it("takes a JSON Lines article's identity from its URL, and refuses a second text under that URL", async () => {
    const line = (text: string) =>
      JSON.stringify({ id: "feed-1", date: "2021-11-17", url: "https://News.example/a#top", text });
    const root = await folder({ "feed.jsonl": [line("First text."), line("Another text.")].join("\n") });
    const r = await readArticles([root], { cwd: root });
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({
      id: articleId({ url: "https://news.example/a", date: "2000-01-01", text: "" }),
      slug: "feed-1",
      url: "https://news.example/a",
      file: "feed.jsonl:1",
    });
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: "feed.jsonl",
        line: 2,
        field: "url",
        message: expect.stringContaining("feed.jsonl:1"),
      }),
    ]);
  });

  it("reports a body of undecodable bytes instead of reading it as an article", async () => {
    const root = await mkdtemp(join(tmpdir(), "whomet-read-"));
    const bytes = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    await writeFile(join(root, "noise.txt"), Buffer.concat([Buffer.from(" date 2021-11-17\n"), bytes]));
    const r = await readArticles([root], { cwd: root });
    expect(r.articles).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: "noise.txt",
        field: "body",
        message: expect.stringMatching(/not UTF-8 text/),
      }),
    ]);
  });

  it("rejects a JSON Lines url that is not an http(s) URL, naming line and field", () => {
    const r = parseJsonLines('{"date":"2021-11-17","url":"javascript:alert(1)","text":"x"}', "f.jsonl");
    expect(r.problems).toEqual([expect.objectContaining({ file: "f.jsonl", line: 1, field: "url" })]);
  });
});
