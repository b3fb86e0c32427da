import { describe, expect, it } from "vitest";
import { findDates } from "../../../ingest/dates.ts";
import { buildContexts, eventDate } from "../../../ingest/extract-context.ts";
import { splitSentences } from "../../../ingest/extract-sentences.ts";

const dates = (text: string, base: string) => findDates(text, base).map((d) => d.date ?? d.kind);

/** The event date of the first occurrence of `word` in the last sentence of `body`. */
function dateOf(body: string, word: string, articleDate: string): string | undefined {
  const contexts = buildContexts(splitSentences(body), [], articleDate);
  const ctx = contexts[contexts.length - 1]!;
  return eventDate(ctx, ctx.sentence.text.indexOf(word), "anchor");
}

describe("relative and future dates", () => {
  it("dates 'overnight' and 'last night' by the publication day", () => {
    expect(dates("two attempts overnight near the village", "2021-11-10")).toEqual(["2021-11-10"]);
    expect(dates("shots were fired last night", "2021-11-10")).toEqual(["2021-11-10"]);
  });

  it("resolves a weekday in a future clause forwards", () => {
    // 2020-03-10 is a Tuesday.
    expect(dates("who is due in Berlin on Wednesday for talks", "2020-03-10")).toEqual(["2020-03-11"]);
    expect(dates("Erdogan will travel to Moscow on Thursday", "2020-03-04")).toEqual(["2020-03-05"]);
    expect(dates("next Monday", "2020-03-10")).toEqual(["2020-03-16"]);
    expect(dates("said on Monday it will act", "2020-03-10")).toEqual(["2020-03-09"]);
  });

  it("treats a month without a day, and 'the previous week', as vague", () => {
    expect(dates("In March, three soldiers were detained", "2024-06-07")).toEqual(["vague"]);
    expect(dates("met in Vilnius the previous week", "2021-11-26")).toEqual(["vague"]);
    expect(dates("two weeks ago", "2021-11-26")).toEqual(["vague"]);
  });

  it("counts 'the next day' from an earlier date in the same sentence", () => {
    const body = "It began on November 18. Erdogan met Borissov on Monday and called Merkel the next day.";
    const contexts = buildContexts(splitSentences(body), [], "2020-03-04");
    expect(contexts[1]!.dates.map((d) => d.resolved)).toEqual(["2020-03-02", "2020-03-03"]);
  });

  it("counts 'a day after' backwards when the event follows the phrase", () => {
    const body = "Police fired tear gas on Tuesday. The clash came a day after Lukashenko spoke to Merkel.";
    expect(dateOf(body, "spoke", "2021-11-16")).toBe("2021-11-15");
  });

  it("dates 'on the eve of' the meeting one day earlier", () => {
    const body =
      "They held talks in Sochi on 9 June. On the eve of the meeting, he had a telephone conversation.";
    expect(dateOf(body, "telephone", "2023-06-09")).toBe("2023-06-08");
  });

  it("dates holidays that name their day", () => {
    expect(dates("early on New Year's Day", "2019-01-02")).toEqual(["2019-01-01"]);
    expect(dates("on Christmas Eve", "2021-12-27")).toEqual(["2021-12-24"]);
  });

  it("takes 'last Thursday' in a Thursday article for a week ago, and dates a night by its end", () => {
    expect(dates("last Thursday", "2021-11-18")).toEqual(["2021-11-11"]);
    expect(dates("on the night of Sunday to Monday", "2021-11-09")).toEqual(["2021-11-08"]);
  });

  it("does not move the story to an end date ('until 10 February')", () => {
    const body =
      "The Saeima extended the state of emergency until 10 February 2022. The next day, ministers met.";
    const contexts = buildContexts(splitSentences(body), [], "2021-11-12");
    expect(contexts[1]!.anchor).toBe("2021-11-12");
  });
});
