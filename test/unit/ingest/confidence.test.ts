// Every extracted meeting and incident carries the rule that produced it and a confidence from its
// evidence. Sentences are made up.
import { describe, expect, it } from "vitest";
import { extractArticles } from "../../../ingest/extract.ts";

const one = (body: string, date: string, id = "a") => extractArticles([{ id, slug: id, date, body }]);

describe("confidence and rule", () => {
  it("rates an explicit verb, named persons and an explicit day above an inferred day", () => {
    const explicit = one("Olaf Scholz met Emmanuel Macron in Paris on 3 May.", "2023-05-05").meetings[0]!;
    const inferred = one("The talks between Olaf Scholz and Emmanuel Macron focused on energy.", "2023-05-05")
      .meetings[0]!;
    expect(explicit.rule).toBe("meeting-verb");
    expect(explicit.confidence).toBeGreaterThan(inferred.confidence!);
    expect(inferred.confidence).toBeGreaterThan(0);
  });

  it("rates a person resolved from an office below a named one, and names the one-to-many rule", () => {
    const named = one("Olaf Scholz spoke with Emmanuel Macron on Monday.", "2023-05-10").meetings[0]!;
    const byRole = one("The German chancellor spoke with Emmanuel Macron on Monday.", "2023-05-10")
      .meetings[0]!;
    expect(byRole.participants).toEqual(named.participants);
    expect(byRole.confidence).toBeLessThan(named.confidence!);
    const split = one("Olaf Scholz spoke with Emmanuel Macron and Giorgia Meloni on Monday.", "2023-05-10");
    expect(split.meetings.map((m) => m.rule)).toEqual(["one-to-many", "one-to-many"]);
  });

  it("raises the confidence of a fact that several articles report", () => {
    const body = "Olaf Scholz spoke with Emmanuel Macron on Monday.";
    const single = one(body, "2023-05-10").meetings[0]!;
    const twice = extractArticles([
      { id: "a", slug: "a", date: "2023-05-10", body },
      { id: "b", slug: "b", date: "2023-05-10", body: `Reports said: ${body}` },
    ]).meetings[0]!;
    expect(twice.sources).toHaveLength(2);
    expect(twice.confidence).toBeGreaterThan(single.confidence!);
  });

  it("names the incident rule and rates a place taken from the article below one the sentence names", () => {
    const named = one("Soldiers opened fire near the village of Dolna Banja on Monday.", "2023-05-10")
      .incidents[0]!;
    const carried = one(
      "The Bulgarian-Turkish border has been tense. Police used tear gas on Monday.",
      "2023-05-10",
    ).incidents[0]!;
    expect(named.rule).toBe("shots-fired/named-site");
    expect(carried.rule).toBe("clash/article-border");
    expect(carried.confidence).toBeLessThan(named.confidence!);
  });
});
