import { describe, expect, it } from "vitest";
import { findDates, resolveRelative } from "../../../ingest/dates.ts";

const dates = (text: string, base = "2021-11-17") => findDates(text, base).map((d) => d.date ?? d.kind);

describe("findDates", () => {
  it("resolves a weekday to the latest such day on or before the article date", () => {
    expect(dates("reported on Wednesday")).toEqual(["2021-11-17"]);
    expect(dates("on Monday")).toEqual(["2021-11-15"]);
  });

  it("resolves month-day and day-month forms in the article's year", () => {
    expect(dates("On November 15, they spoke; on 9 September they met")).toEqual([
      "2021-11-15",
      "2021-09-09",
    ]);
  });

  it("puts a late-year date mentioned in a January article in the previous year", () => {
    expect(dates("on November 13 a soldier died", "2022-01-26")).toEqual(["2021-11-13"]);
  });

  it("dates the night of April 10-11 by its second day", () => {
    expect(dates("On the night of April 10-11, shots were fired", "2022-04-11")).toEqual(["2022-04-11"]);
  });

  it("marks this week as vague and the next day as relative", () => {
    const [vague, next] = findDates("this week; the next day", "2021-11-17");
    expect(vague?.kind).toBe("vague");
    expect(resolveRelative(next!, "2021-11-15")).toBe("2021-11-16");
  });

  it("prefers the explicit day of 'Monday, 28 February' over the weekday", () => {
    expect(dates("late on Monday, 28 February", "2022-03-01")).toEqual(["2022-02-28"]);
  });
});
