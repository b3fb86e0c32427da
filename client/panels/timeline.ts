// The timeline bar: meetings (blue) and incidents (red) per day, dates below; the selected range is opaque.
// Dragging across it brushes a range; clicking a bar picks that day (shift-click extends the range).
import type { Day, TimelineResponse } from "../../contract/timeline.ts";
import { api } from "../api.ts";

export async function loadTimeline(): Promise<Day[]> {
  return (await api<TimelineResponse>("/api/timeline")).days;
}

/** Puts `notice` (why the days could not be loaded, and Retry) in place of the bar, or takes it away. */
export function showTimelineFailure(svg: SVGSVGElement, notice?: HTMLElement): void {
  const box = svg.parentElement!;
  box.querySelector(":scope > .failure")?.remove();
  box.classList.toggle("failed", notice !== undefined);
  if (notice) box.prepend(notice);
}

/** Fills the days without events, so bars stand at their true distance in time (up to ~5 years). */
export function continuous(days: Day[]): Day[] {
  if (days.length < 2) return days;
  const byDate = new Map(days.map((d) => [d.date, d]));
  const out: Day[] = [];
  const end = Date.parse(days.at(-1)!.date);
  for (let t = Date.parse(days[0]!.date); t <= end && out.length < 2000; t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    out.push(byDate.get(date) ?? { date, meetings: 0, incidents: 0 });
  }
  return out;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface Tick {
  /** The day's place among the bar's days. */
  index: number;
  label: string;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

function parts(date: string): DateParts {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

const dayLabel = (p: DateParts) => `${p.day} ${MONTHS[p.month - 1]}`;

/**
 * The days labelled under the bar: every day, Mondays, first days of months, of quarters or of years,
 * the finest of these that gives at most `max` labels. Months carry their year when the bar spans
 * more than one.
 */
export function axisTicks(dates: string[], max: number): Tick[] {
  if (!dates.length) return [];
  const all = dates.map(parts);
  const spansYears = all[0]!.year !== all.at(-1)!.year;
  const scales: { keep(p: DateParts): boolean; label(p: DateParts): string }[] = [
    { keep: () => true, label: dayLabel },
    { keep: (p) => p.weekday === 1, label: dayLabel },
    {
      keep: (p) => p.day === 1,
      label: (p) => (spansYears ? `${MONTHS[p.month - 1]} ${p.year}` : MONTHS[p.month - 1]!),
    },
    { keep: (p) => p.day === 1 && p.month % 3 === 1, label: (p) => `${MONTHS[p.month - 1]} ${p.year}` },
    { keep: (p) => p.day === 1 && p.month === 1, label: (p) => String(p.year) },
  ];
  for (const scale of scales) {
    const ticks = all.flatMap((p, index) => (scale.keep(p) ? [{ index, label: scale.label(p) }] : []));
    if (ticks.length <= Math.max(1, max))
      return ticks.length ? ticks : [{ index: 0, label: dayLabel(all[0]!) }];
  }
  return [{ index: 0, label: String(all[0]!.year) }];
}

/** About the room a label takes under the bar. */
const LABEL_PX = 52;

/** Date labels under the bar, each at the left edge of its day's bar. */
function drawAxis(axis: HTMLElement, dates: string[]): void {
  const width = axis.getBoundingClientRect().width;
  const ticks = axisTicks(dates, Math.floor(width / LABEL_PX));
  axis.replaceChildren(
    ...ticks
      // A label starting in the last ~40 px would be cut off by the end of the bar.
      .filter((t, i) => i === 0 || (t.index / dates.length) * width < width - 40)
      .map((t) => {
        const span = document.createElement("span");
        span.style.left = `${(t.index / dates.length) * 100}%`;
        span.textContent = t.label;
        return span;
      }),
  );
}

export function drawTimeline(
  svg: SVGSVGElement,
  days: Day[],
  range: { from: string; to: string },
  pick: (date: string, extend: boolean) => void,
  brush: (from: string, to: string) => void = (from, to) => {
    pick(from, false);
    pick(to, true);
  },
): void {
  days = continuous(days);
  const ns = "http://www.w3.org/2000/svg";
  const width = Math.max(1, days.length) * 12;
  svg.setAttribute("viewBox", `0 0 ${width} 28`);
  svg.setAttribute("preserveAspectRatio", "none");
  const max = Math.max(1, ...days.map((d) => d.meetings + d.incidents));
  const inRange = (d: string) => (!range.from || d >= range.from) && (!range.to || d <= range.to);
  svg.replaceChildren(
    ...days.flatMap((d, i) => {
      const g = document.createElementNS(ns, "g");
      g.setAttribute("opacity", inRange(d.date) ? "1" : "0.25");
      let y = 28;
      for (const [n, color] of [
        [d.meetings, "#0891b2"],
        [d.incidents, "#dc2626"],
      ] as const) {
        if (!n) continue;
        const h = (n / max) * 26;
        y -= h;
        const r = document.createElementNS(ns, "rect");
        r.setAttribute("x", String(i * 12 + 1));
        r.setAttribute("y", String(y));
        r.setAttribute("width", "10");
        r.setAttribute("height", String(h));
        r.setAttribute("fill", color);
        g.append(r);
      }
      const hit = document.createElementNS(ns, "rect");
      hit.setAttribute("x", String(i * 12));
      hit.setAttribute("y", "0");
      hit.setAttribute("width", "12");
      hit.setAttribute("height", "28");
      hit.setAttribute("fill", "transparent");
      hit.dataset.date = d.date;
      const t = document.createElementNS(ns, "title");
      t.textContent = `${d.date}: ${d.meetings} meetings, ${d.incidents} incidents`;
      hit.append(t);
      g.append(hit);
      return [g];
    }),
  );
  const axis = svg.nextElementSibling;
  if (axis instanceof HTMLElement && axis.classList.contains("timeline-axis"))
    drawAxis(
      axis,
      days.map((d) => d.date),
    );
  wireBrush(svg, days, pick, brush);
}

/** Pointer drag over the bar: a shaded band follows the pointer; release sets the range. */
function wireBrush(
  svg: SVGSVGElement,
  days: Day[],
  pick: (date: string, extend: boolean) => void,
  brush: (from: string, to: string) => void,
): void {
  const ns = "http://www.w3.org/2000/svg";
  const band = document.createElementNS(ns, "rect");
  band.setAttribute("class", "brush");
  band.setAttribute("y", "0");
  band.setAttribute("height", "28");
  band.setAttribute("fill", "rgba(8, 145, 178, 0.18)");
  band.setAttribute("stroke", "#0891b2");
  band.setAttribute("vector-effect", "non-scaling-stroke");
  band.style.display = "none";
  svg.append(band);
  const dayAt = (clientX: number) => {
    const box = svg.getBoundingClientRect();
    const i = Math.floor(((clientX - box.left) / Math.max(1, box.width)) * days.length);
    return Math.max(0, Math.min(days.length - 1, i));
  };
  let start: number | undefined;
  svg.onpointerdown = (e) => {
    if (!days.length || e.button !== 0) return;
    start = dayAt(e.clientX);
    svg.setPointerCapture(e.pointerId);
  };
  svg.onpointermove = (e) => {
    if (start === undefined) return;
    const [lo, hi] = [start, dayAt(e.clientX)].sort((a, b) => a - b) as [number, number];
    band.style.display = hi > lo ? "" : "none";
    band.setAttribute("x", String(lo * 12));
    band.setAttribute("width", String((hi - lo + 1) * 12));
  };
  svg.onpointerup = (e) => {
    if (start === undefined) return;
    const end = dayAt(e.clientX);
    const [lo, hi] = [start, end].sort((a, b) => a - b) as [number, number];
    start = undefined;
    band.style.display = "none";
    if (hi > lo) brush(days[lo]!.date, days[hi]!.date);
    else pick(days[lo]!.date, e.shiftKey);
  };
  svg.onpointercancel = () => {
    start = undefined;
    band.style.display = "none";
  };
}
