// Sources by outlet, title, date and link (#20): optional header lines in plain-text articles, and the
// outlet and title derived for the files without them.
import { describe, expect, it } from "vitest";
import { articleId } from "../../../ingest/article-id.ts";
import { fallbackOutlet, fallbackTitle } from "../../../ingest/article-meta.ts";
import { parseArticleText, parseJsonLines } from "../../../ingest/read.ts";

describe("article header lines", () => {
  it("reads title, outlet and url after the date line; the body starts after them", () => {
    const text =
      " date 2021-11-17\n title Lukashenko and Merkel talk again\n outlet TASS\n url https://tass.com/world/1\n" +
      "MINSK, November 17. /TASS/. The two spoke. Then more.";
    const a = parseArticleText(text, { slug: "x" });
    expect(a).toMatchObject({
      date: "2021-11-17",
      title: "Lukashenko and Merkel talk again",
      source: "TASS",
      url: "https://tass.com/world/1",
      body: "The two spoke. Then more.",
    });
    // An article with a URL is identified by it, as in JSON Lines.
    expect(a).toMatchObject({ id: articleId({ url: "https://tass.com/world/1", date: "", text: "" }) });
  });

  it("keeps old files as they were: same id and body without header lines", () => {
    const old = " date 2021-11-17 MINSK, November 17. /TASS/. The two spoke.";
    const a = parseArticleText(old, { slug: "x" });
    expect(a).toMatchObject({
      id: articleId({ date: "2021-11-17", text: "The two spoke." }),
      body: "The two spoke.",
    });
  });

  it("names the line and field of a header line without a value or with a bad url", () => {
    expect(parseArticleText(" date 2021-11-17\n title Fine\n outlet \nBody.", { slug: "x" })).toEqual({
      file: "x",
      line: 3,
      field: "outlet",
      message: "outlet: the header line has no value",
    });
    expect(parseArticleText(" date 2021-11-17\n url ftp://x\nBody.", { slug: "x" })).toMatchObject({
      line: 2,
      field: "url",
    });
  });
});

describe("derived outlet and title", () => {
  it("takes the outlet from the TASS dateline, a bracketed agency, or a dated file name", () => {
    expect(
      parseArticleText(" date 2021-11-17 MINSK, November 17. /TASS/. A. B.", { slug: "001" }),
    ).toMatchObject({ source: "TASS" });
    expect(fallbackOutlet("DONNA, Texas (AP) -- Almost three dozen soldiers", "015")).toBe("AP");
    expect(fallbackOutlet("Usnarz Gorny (dpa) – A small tent", "009")).toBe("dpa");
    expect(fallbackOutlet("Plain text.", "2021-11-17-tass-lukashenko-merkel-call")).toBe("TASS");
    expect(fallbackOutlet("Plain text.", "2021-11-17-reuters-border")).toBe("Reuters");
    expect(fallbackOutlet("Greek police fired tear gas on Saturday.", "001")).toBeUndefined();
  });

  it("titles an article by its first sentence, cut at a word", () => {
    expect(fallbackTitle("Greek police fired tear gas. Then more happened.")).toBe(
      "Greek police fired tear gas.",
    );
    expect(fallbackTitle("The U.S. envoy met them. Later.")).toBe("The U.S. envoy met them.");
    const long = fallbackTitle(`${"word ".repeat(40)}end. Next.`)!;
    expect(long.length).toBeLessThanOrEqual(90);
    expect(long.endsWith("word…")).toBe(true);
  });

  it("derives a missing title in JSON Lines but keeps a given one", () => {
    const lines = [
      JSON.stringify({ date: "2021-11-17", text: "First sentence here. Second." }),
      JSON.stringify({ date: "2021-11-17", title: "Given", source: "BelTA", text: "Other text." }),
    ].join("\n");
    const { articles } = parseJsonLines(lines, "f.jsonl");
    expect(articles.map((a) => [a.title, a.source])).toEqual([
      ["First sentence here.", undefined],
      ["Given", "BelTA"],
    ]);
  });
});
