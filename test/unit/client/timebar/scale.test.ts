import { describe, expect, it } from "vitest";
import {
  axisTicks,
  binCounts,
  binStart,
  binStarts,
  chooseBin,
  extentOf,
  MIN_SPAN,
  nextBin,
  panDomain,
  toDate,
  toDay,
  xOf,
  zoomDomain,
} from "../../../../client/timebar/scale.ts";

const day = toDay;
const dates = (days: number[]) => days.map(toDate);

describe("days as numbers", () => {
  it("goes from a date to a day number and back", () => {
    expect(toDay("1970-01-01")).toBe(0);
    expect(toDate(toDay("2021-11-15"))).toBe("2021-11-15");
    expect(toDay("2024-03-01") - toDay("2024-02-28")).toBe(2);
  });
});

describe("bins", () => {
  it("starts weeks on Monday, months on the 1st, years on 1 January", () => {
    // 17 November 2021 was a Wednesday; 15 November a Monday.
    expect(toDate(binStart(day("2021-11-17"), "week"))).toBe("2021-11-15");
    expect(toDate(binStart(day("2021-11-15"), "week"))).toBe("2021-11-15");
    expect(toDate(binStart(day("2021-11-21"), "week"))).toBe("2021-11-15");
    expect(toDate(binStart(day("2021-11-17"), "month"))).toBe("2021-11-01");
    expect(toDate(binStart(day("2021-11-17"), "year"))).toBe("2021-01-01");
    expect(toDate(binStart(day("2021-11-17"), "day"))).toBe("2021-11-17");
  });

  it("steps to the next bin, across month and year ends", () => {
    expect(toDate(nextBin(day("2021-12-20"), "month"))).toBe("2022-01-01");
    expect(toDate(nextBin(day("2024-02-10"), "month"))).toBe("2024-03-01");
    expect(toDate(nextBin(day("2021-11-17"), "week"))).toBe("2021-11-22");
    expect(toDate(nextBin(day("2021-11-17"), "year"))).toBe("2022-01-01");
  });

  it("starts bins on whole days when a zoomed span starts part-way through one", () => {
    const bars = binCounts(
      [{ date: "2021-11-08", meetings: 0, incidents: 1 }],
      { start: day("2021-11-06") + 0.4, end: day("2021-11-10") + 0.7 },
      "day",
    );
    expect(bars.map((b) => [toDate(b.start), b.incidents])).toEqual([
      ["2021-11-06", 0],
      ["2021-11-07", 0],
      ["2021-11-08", 1],
      ["2021-11-09", 0],
      ["2021-11-10", 0],
    ]);
  });

  it("lists the bins overlapping a span, the first one starting before it", () => {
    const months = binStarts({ start: day("2021-10-20"), end: day("2022-01-02") }, "month");
    expect(dates(months)).toEqual(["2021-10-01", "2021-11-01", "2021-12-01", "2022-01-01"]);
  });

  it("picks the finest bin leaving each bar at least 8 px", () => {
    // 1,358 days (the richer graph of #20) over 700 px: weeks would be 3.6 px, months 15 px (and over 1,250 px: weeks 6.4 px, still months).
    expect(chooseBin(1358, 700)).toBe("month");
    expect(chooseBin(1358, 1250)).toBe("month");
    // A year over 700 px: days 1.9 px, weeks 13 px.
    expect(chooseBin(365, 700)).toBe("week");
    // A month: days 23 px, wide enough to click.
    expect(chooseBin(30, 700)).toBe("day");
    expect(chooseBin(50 * 365, 700)).toBe("year");
    expect(chooseBin(365 * 1000, 700)).toBe("year");
  });

  it("counts meetings and incidents per bin, empty bins included", () => {
    const bars = binCounts(
      [
        { date: "2021-11-15", meetings: 1, incidents: 0 },
        { date: "2021-11-17", meetings: 2, incidents: 1 },
        { date: "2021-11-29", meetings: 0, incidents: 4 },
        // Outside the span: not counted anywhere.
        { date: "2022-03-01", meetings: 9, incidents: 9 },
      ],
      { start: day("2021-11-15"), end: day("2021-12-06") },
      "week",
    );
    expect(bars.map((b) => [toDate(b.start), toDate(b.end), b.meetings, b.incidents])).toEqual([
      ["2021-11-15", "2021-11-22", 3, 1],
      ["2021-11-22", "2021-11-29", 0, 0],
      ["2021-11-29", "2021-12-06", 0, 4],
    ]);
  });
});

describe("the visible span", () => {
  const extent = { start: day("2019-01-01"), end: day("2022-10-20") };

  it("spans the days from the first event to the last, at least a week", () => {
    expect(
      extentOf([
        { date: "2019-01-01", meetings: 1, incidents: 0 },
        { date: "2022-10-19", meetings: 1, incidents: 0 },
      ]),
    ).toEqual(extent);
    const short = extentOf([{ date: "2021-11-17", meetings: 1, incidents: 0 }])!;
    expect(short.end - short.start).toBe(MIN_SPAN);
    expect(short.start <= day("2021-11-17") && day("2021-11-17") < short.end).toBe(true);
    expect(extentOf([])).toBeUndefined();
  });

  it("zooms about the anchor, which stays where it is drawn", () => {
    const anchor = day("2021-11-15");
    const zoomed = zoomDomain(extent, 0.4, anchor, extent);
    expect(zoomed.end - zoomed.start).toBeCloseTo((extent.end - extent.start) * 0.4);
    expect(xOf(anchor, zoomed, 700)).toBeCloseTo(xOf(anchor, extent, 700));
  });

  it("zooms in no further than a week and out no further than the extent", () => {
    let d = extent;
    for (let i = 0; i < 20; i++) d = zoomDomain(d, 0.4, day("2021-11-15"), extent);
    expect(d.end - d.start).toBe(MIN_SPAN);
    expect(d.start <= day("2021-11-15") && day("2021-11-15") < d.end).toBe(true);
    for (let i = 0; i < 20; i++) d = zoomDomain(d, 2.5, day("2021-11-15"), extent);
    expect(d).toEqual(extent);
  });

  it("keeps a zoom near the edge inside the extent", () => {
    const d = zoomDomain(extent, 0.1, extent.end - 1, extent);
    expect(d.end).toBeLessThanOrEqual(extent.end);
    expect(d.start).toBeGreaterThanOrEqual(extent.start);
    expect(panDomain(d, 10_000, extent).end).toBe(extent.end);
    expect(panDomain(d, -10_000, extent).start).toBe(extent.start);
  });
});

describe("axisTicks (dates under the bar)", () => {
  const span = (from: string, n: number) => ({ start: day(from), end: day(from) + n });
  const labels = (from: string, n: number, max: number) => axisTicks(span(from, n), max).map((t) => t.label);

  it("labels every day when there is room, at the day's left edge", () => {
    expect(axisTicks(span("2021-11-15", 3), 10)).toEqual([
      { day: day("2021-11-15"), label: "15 Nov" },
      { day: day("2021-11-16"), label: "16 Nov" },
      { day: day("2021-11-17"), label: "17 Nov" },
    ]);
  });

  it("labels Mondays when every day does not fit", () => {
    expect(labels("2021-11-06", 20, 6)).toEqual(["8 Nov", "15 Nov", "22 Nov"]);
  });

  it("labels months, with the year where the span crosses one", () => {
    expect(labels("2021-10-20", 60, 4)).toEqual(["Nov", "Dec"]);
    expect(labels("2021-11-20", 60, 4)).toEqual(["Dec 2021", "Jan 2022"]);
  });

  it("labels quarters, years, then every fifth year over longer spans", () => {
    expect(labels("2021-01-01", 365, 5)).toEqual(["Jan 2021", "Apr 2021", "Jul 2021", "Oct 2021"]);
    expect(labels("2020-06-01", 1500, 5)).toEqual(["2021", "2022", "2023", "2024"]);
    expect(labels("1990-01-01", 40 * 365, 10)).toEqual([
      "1990",
      "1995",
      "2000",
      "2005",
      "2010",
      "2015",
      "2020",
      "2025",
    ]);
  });

  it("labels the first day when the finest scale that fits has no day of its own", () => {
    expect(labels("2021-11-16", 5, 2)).toEqual(["16 Nov"]);
    expect(axisTicks({ start: 5, end: 5 }, 5)).toEqual([]);
  });
});
