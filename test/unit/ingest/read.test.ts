import { describe, expect, it } from "vitest";
import { isIsoDate, parseArticleText, parseJsonLines } from "../../../ingest/read.ts";

describe("parseArticleText", () => {
  it("reads the date header and strips the TASS dateline", () => {
    const a = parseArticleText(" date 2021-11-17 MINSK, November 17. /TASS/. Body text.", { id: "a" });
    expect(a).toMatchObject({
      id: "a",
      date: "2021-11-17",
      dateline: "MINSK, November 17. /TASS/.",
      source: "TASS",
      body: "Body text.",
    });
  });

  it("takes the date from a dateline with a year when there is no header", () => {
    const a = parseArticleText("VILNIUS, October 21, 2021 /BNS/. Landsbergis said.", { id: "b" });
    expect(a).toMatchObject({ date: "2021-10-21", body: "Landsbergis said." });
  });

  it("uses --date for plain text without any date", () => {
    expect(parseArticleText("Plain text.", { id: "c", date: "2022-01-02" })).toMatchObject({
      date: "2022-01-02",
    });
  });

  it("reports a missing date naming the file and field", () => {
    expect(parseArticleText("Plain text.", { id: "c", file: "in/c.txt" })).toMatchObject({
      file: "in/c.txt",
      field: "date",
    });
  });

  it("reports an impossible date", () => {
    const p = parseArticleText(" date 2021-02-30 Text.", { id: "d", file: "d.txt" });
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
    expect(r.articles.map((a) => a.id)).toEqual(["x"]);
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
