// The timeline: the time bar (client/timebar/time-bar.ts: zoom, bins, brush) fed with the days of
// GET /api/timeline; and, where the days cannot be loaded, why in its place.
import type { Day, TimelineResponse } from "../../contract/timeline.ts";
import { api } from "../api.ts";
import { TimeBar } from "../timebar/time-bar.ts";

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

const bars = new WeakMap<SVGSVGElement, TimeBar>();

/** The time bar drawn in `svg`, made on first use (its controls go before the bar). */
export function timeBarOf(svg: SVGSVGElement): TimeBar {
  let bar = bars.get(svg);
  if (!bar) {
    bar = new TimeBar(svg);
    bars.set(svg, bar);
  }
  return bar;
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
  timeBarOf(svg).update(days, { from: range.from, to: range.to }, { pick, brush });
}
