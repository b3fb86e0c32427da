// Which elements a time range keeps: events (meetings, incidents) by date, and the actors and places
// that still have a visible event. Actors and places with no events at all always stay.

export interface RangeNode {
  id: string;
  kind: string;
  date?: string | null;
}
export interface RangeEdge {
  source: string;
  target: string;
}
export interface DateRange {
  from?: string | null;
  to?: string | null;
}

const EVENT_KINDS = new Set(["meeting", "incident"]);

/** "2021-11" as `to` means through the end of November: compare on the range's own precision. */
export function dateInRange(date: string, range: DateRange): boolean {
  if (range.from && date.slice(0, range.from.length) < range.from) return false;
  if (range.to && date.slice(0, range.to.length) > range.to) return false;
  return true;
}

export function visibleIds(nodes: RangeNode[], edges: RangeEdge[], range: DateRange): Set<string> {
  const visible = new Set<string>();
  const events = new Set<string>();
  for (const n of nodes) {
    if (!EVENT_KINDS.has(n.kind)) continue;
    events.add(n.id);
    if (!n.date || dateInRange(n.date, range)) visible.add(n.id);
  }
  const hasEvent = new Set<string>();
  const hasVisibleEvent = new Set<string>();
  for (const e of edges) {
    for (const [end, other] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      if (!events.has(other) || events.has(end)) continue;
      hasEvent.add(end);
      if (visible.has(other)) hasVisibleEvent.add(end);
    }
  }
  for (const n of nodes)
    if (!EVENT_KINDS.has(n.kind) && (!hasEvent.has(n.id) || hasVisibleEvent.has(n.id))) visible.add(n.id);
  return visible;
}

/** The distinct event dates, sorted: the stops of the time slider. */
export function eventDates(nodes: RangeNode[]): string[] {
  const dates = new Set<string>();
  for (const n of nodes) if (EVENT_KINDS.has(n.kind) && n.date) dates.add(n.date);
  return [...dates].sort();
}
