// Each meeting is dated by the sentence that states it; weekdays are the latest such day on or
// before the article's date unless the text says "next". Sentences are made up.
import { describe, expect, it } from "vitest";
import { extractArticles } from "../../../ingest/extract.ts";

function dates(body: string, date: string): string[] {
  return extractArticles([{ id: "a", slug: "a", date, body }]).meetings.map((m) => m.date);
}

describe("meeting dates", () => {
  it("takes a weekday of the previous week for the latest such day", () => {
    expect(dates("Angela Merkel spoke with Vladimir Putin on Wednesday.", "2021-11-22")).toEqual([
      "2021-11-17",
    ]);
    expect(dates("Angela Merkel spoke with Vladimir Putin last Monday.", "2021-11-22")).toEqual([
      "2021-11-15",
    ]);
  });

  it("dates a call reported days later by its own day, not by the report's", () => {
    expect(
      dates(
        "Gitanas Nausėda and Andrzej Duda spoke by phone on Tuesday, the Lithuanian presidency said on Thursday.",
        "2021-11-26",
      ),
    ).toEqual(["2021-11-23"]);
    expect(
      dates(
        "Tuesday's meeting between Gitanas Nausėda and Andrzej Duda focused on the border.",
        "2021-11-26",
      ),
    ).toEqual(["2021-11-23"]);
  });

  it("dates each meeting of a paragraph by its own sentence", () => {
    const body =
      "Emmanuel Macron met Olaf Scholz on November 2. Macron also spoke with Mario Draghi by phone two days later.";
    expect(dates(body, "2021-11-10")).toEqual(["2021-11-02", "2021-11-04"]);
  });

  it("leaves out a meeting on 'next' weekday", () => {
    expect(dates("Angela Merkel will meet Vladimir Putin next Wednesday.", "2021-11-22")).toEqual([]);
  });
});

describe("meeting dates: clauses and days of the month", () => {
  it("dates two meetings told in one sentence each by its own clause", () => {
    expect(
      dates(
        "Angela Merkel spoke with Vladimir Putin on Thursday and Emmanuel Macron met Mario Draghi on Friday.",
        "2021-11-22",
      ),
    ).toEqual(["2021-11-18", "2021-11-19"]);
  });

  it("takes 'on the 18th' for the latest 18th on or before the article's date", () => {
    expect(dates("Angela Merkel spoke with Vladimir Putin on the 18th.", "2021-11-22")).toEqual([
      "2021-11-18",
    ]);
    expect(dates("Angela Merkel spoke with Vladimir Putin on the 28th.", "2021-11-22")).toEqual([
      "2021-10-28",
    ]);
  });
});
