import { describe, expect, it } from "vitest";
import { axisTicks, continuous } from "../../../../client/panels/timeline.ts";

/** `n` consecutive days from `from` (YYYY-MM-DD). */
function days(from: string, n: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

describe("axisTicks (dates under the timeline)", () => {
  it("labels every day when there is room", () => {
    expect(axisTicks(days("2021-11-15", 3), 10)).toEqual([
      { index: 0, label: "15 Nov" },
      { index: 1, label: "16 Nov" },
      { index: 2, label: "17 Nov" },
    ]);
  });

  it("labels Mondays when every day does not fit", () => {
    // 8 Nov 2021 was a Monday.
    expect(axisTicks(days("2021-11-06", 20), 6)).toEqual([
      { index: 2, label: "8 Nov" },
      { index: 9, label: "15 Nov" },
      { index: 16, label: "22 Nov" },
    ]);
  });

  it("labels months, with their year when the bar spans two", () => {
    expect(axisTicks(days("2021-10-20", 60), 4)).toEqual([
      { index: 12, label: "Nov" },
      { index: 42, label: "Dec" },
    ]);
    const ticks = axisTicks(days("2021-11-20", 60), 4);
    expect(ticks.map((t) => t.label)).toEqual(["Dec 2021", "Jan 2022"]);
  });

  it("labels quarters, then years, over longer spans", () => {
    expect(axisTicks(days("2021-01-01", 365), 5).map((t) => t.label)).toEqual([
      "Jan 2021",
      "Apr 2021",
      "Jul 2021",
      "Oct 2021",
    ]);
    expect(axisTicks(days("2020-06-01", 1500), 5).map((t) => t.label)).toEqual([
      "2021",
      "2022",
      "2023",
      "2024",
    ]);
  });

  it("labels the first day when the finest scale that fits has no day of its own", () => {
    // Tuesday to Saturday, room for two labels: no Monday, no first of a month.
    expect(axisTicks(days("2021-11-16", 5), 2)).toEqual([{ index: 0, label: "16 Nov" }]);
    expect(axisTicks([], 5)).toEqual([]);
  });
});

describe("timeline days", () => {
  it("fills the days between events so bars keep their distance in time", () => {
    const days = continuous([
      { date: "2021-11-08", meetings: 0, incidents: 1 },
      { date: "2021-11-11", meetings: 2, incidents: 0 },
    ]);
    expect(days.map((d) => d.date)).toEqual(["2021-11-08", "2021-11-09", "2021-11-10", "2021-11-11"]);
    expect(days[1]).toEqual({ date: "2021-11-09", meetings: 0, incidents: 0 });
  });
});
