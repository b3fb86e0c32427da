// The time bar's maths, free of the DOM: days as whole numbers, the visible span (a domain) and its zoom,
// the bins that fit the width (day, week, month or year) and the dated labels under the bar.
import type { Day } from "../../contract/timeline.ts";
import { MONTHS } from "../dates.ts";

export type Bin = "day" | "week" | "month" | "year";
export const BINS: Bin[] = ["day", "week", "month", "year"];

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a YYYY-MM-DD date. */
export const toDay = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
/** The YYYY-MM-DD date of a day number. */
export const toDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A span of days: `start` included, `end` excluded. */
export interface Domain {
  start: number;
  end: number;
}

/** The shortest span the bar zooms in to: a week, each day a wide bar. */
export const MIN_SPAN = 7;

function ymd(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() };
}

const utcDay = (year: number, month: number, date = 1) => Math.round(Date.UTC(year, month, date) / DAY_MS);

/** The first day of the bin holding `day`: itself, its Monday (ISO weeks, as Cypher's date.truncate), its month's 1st, 1 January. */
export function binStart(at: number, bin: Bin): number {
  // A zoomed span starts part-way through a day: bins start on whole days.
  const day = Math.floor(at);
  if (bin === "day") return day;
  // 1 January 1970 was a Thursday: (day + 3) mod 7 counts the days since the Monday before.
  if (bin === "week") return day - ((((day + 3) % 7) + 7) % 7);
  const { year, month } = ymd(day);
  return bin === "month" ? utcDay(year, month) : utcDay(year, 0);
}

/** The first day of the bin after the one starting at (or holding) `day`. */
export function nextBin(day: number, bin: Bin): number {
  const start = binStart(day, bin);
  if (bin === "day") return start + 1;
  if (bin === "week") return start + 7;
  const { year, month } = ymd(start);
  return bin === "month" ? utcDay(year, month + 1) : utcDay(year + 1, 0);
}

/** The starts of the bins that overlap `domain`, in order. */
export function binStarts(domain: Domain, bin: Bin): number[] {
  const out: number[] = [];
  for (let day = binStart(domain.start, bin); day < domain.end; day = nextBin(day, bin)) out.push(day);
  return out;
}

const BIN_DAYS: Record<Bin, number> = { day: 1, week: 7, month: 30.44, year: 365.25 };

/**
 * The finest bin that gives each bar at least `minPx` pixels over a span of `spanDays` drawn `widthPx`
 * wide: days over a month, weeks over a year, months over a few years, years beyond.
 */
export function chooseBin(spanDays: number, widthPx: number, minPx = 8): Bin {
  return BINS.find((bin) => (spanDays / BIN_DAYS[bin]) * minPx <= widthPx) ?? "year";
}

/** One bar of the bar chart: a bin and the events in it. */
export interface Bar {
  start: number;
  /** The first day of the next bin. */
  end: number;
  meetings: number;
  incidents: number;
}

/** Each bin overlapping `domain` with its meetings and incidents (bins without events are there, empty). */
export function binCounts(days: Day[], domain: Domain, bin: Bin): Bar[] {
  const bars = binStarts(domain, bin).map((start) => ({
    start,
    end: nextBin(start, bin),
    meetings: 0,
    incidents: 0,
  }));
  const byStart = new Map(bars.map((b) => [b.start, b]));
  for (const d of days) {
    const bar = byStart.get(binStart(toDay(d.date), bin));
    if (!bar) continue;
    bar.meetings += d.meetings;
    bar.incidents += d.incidents;
  }
  return bars;
}

/** The days the events cover, from the first to the last, widened to at least MIN_SPAN days. */
export function extentOf(days: Day[]): Domain | undefined {
  if (!days.length) return undefined;
  const all = days.map((d) => toDay(d.date));
  const start = Math.min(...all);
  const end = Math.max(...all) + 1;
  const short = MIN_SPAN - (end - start);
  return short > 0
    ? { start: start - Math.floor(short / 2), end: end + Math.ceil(short / 2) }
    : { start, end };
}

/** `domain` moved, not resized, to lie within `extent` (and cut to it when longer). */
export function clampDomain(domain: Domain, extent: Domain): Domain {
  const span = Math.min(domain.end - domain.start, extent.end - extent.start);
  const start = Math.max(extent.start, Math.min(domain.start, extent.end - span));
  return { start, end: start + span };
}

/**
 * The domain zoomed by `factor` (< 1 in, > 1 out) about `anchor`, a day that stays where it is drawn,
 * between MIN_SPAN days and the whole extent. Fractional days are kept so that small wheel steps add up.
 */
export function zoomDomain(domain: Domain, factor: number, anchor: number, extent: Domain): Domain {
  const span = domain.end - domain.start;
  const wanted = Math.max(MIN_SPAN, Math.min(extent.end - extent.start, span * factor));
  const start = anchor - (anchor - domain.start) * (wanted / span);
  return clampDomain({ start, end: start + wanted }, extent);
}

/** The domain moved by `days` (negative: back in time), kept within the extent. */
export function panDomain(domain: Domain, days: number, extent: Domain): Domain {
  return clampDomain({ start: domain.start + days, end: domain.end + days }, extent);
}

/** Where `day` is drawn, in pixels from the bar's left edge. */
export const xOf = (day: number, domain: Domain, widthPx: number): number =>
  ((day - domain.start) / (domain.end - domain.start)) * widthPx;

/** The day drawn at `x` pixels from the bar's left edge. */
export const dayAt = (x: number, domain: Domain, widthPx: number): number =>
  Math.floor(domain.start + (x / Math.max(1, widthPx)) * (domain.end - domain.start));

export interface Tick {
  day: number;
  label: string;
}

/**
 * The days labelled under the bar: every day, Mondays, first days of months, of quarters, of years or of
 * every fifth year, the finest of these that gives at most `max` labels within the domain. A day or month
 * label carries its year where the domain spans more than one (on January, or on the first label).
 */
export function axisTicks(domain: Domain, max: number): Tick[] {
  const first = Math.ceil(domain.start);
  const last = Math.ceil(domain.end) - 1;
  if (last < first) return [];
  const spansYears = ymd(first).year !== ymd(last).year;
  const dayLabel = (day: number) => {
    const p = ymd(day);
    return `${p.date} ${MONTHS[p.month]}`;
  };
  const monthLabel = (day: number, i: number) => {
    const p = ymd(day);
    return spansYears && (p.month === 0 || i === 0) ? `${MONTHS[p.month]} ${p.year}` : MONTHS[p.month]!;
  };
  const scales: { starts: () => number[]; label: (day: number, i: number) => string }[] = [
    { starts: () => range(first, last + 1), label: dayLabel },
    { starts: () => range(first, last + 1).filter((d) => binStart(d, "week") === d), label: dayLabel },
    { starts: () => inDomain(binStarts(domain, "month")), label: monthLabel },
    {
      starts: () => inDomain(binStarts(domain, "month")).filter((d) => ymd(d).month % 3 === 0),
      label: (d) => `${MONTHS[ymd(d).month]} ${ymd(d).year}`,
    },
    { starts: () => inDomain(binStarts(domain, "year")), label: (d) => String(ymd(d).year) },
    {
      starts: () => inDomain(binStarts(domain, "year")).filter((d) => ymd(d).year % 5 === 0),
      label: (d) => String(ymd(d).year),
    },
  ];
  function inDomain(days: number[]): number[] {
    return days.filter((d) => d >= first && d <= last);
  }
  // Counting the days of a 50-year domain one by one would be wasteful: the day scales only when short.
  for (const [i, scale] of scales.entries()) {
    if (i < 2 && last - first > max * 7) continue;
    const starts = scale.starts();
    if (starts.length <= Math.max(1, max)) {
      if (!starts.length) return [{ day: first, label: dayLabel(first) }];
      return starts.map((day, j) => ({ day, label: scale.label(day, j) }));
    }
  }
  return [{ day: first, label: String(ymd(first).year) }];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** "15 Nov 2021", "Nov 2021", "2021", "week of 15 Nov 2021": a bin in words. */
export function binLabel(start: number, bin: Bin): string {
  const p = ymd(start);
  if (bin === "year") return String(p.year);
  if (bin === "month") return `${MONTHS[p.month]} ${p.year}`;
  const day = `${p.date} ${MONTHS[p.month]} ${p.year}`;
  return bin === "week" ? `week of ${day}` : day;
}
