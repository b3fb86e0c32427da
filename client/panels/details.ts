// The side panel: a node's properties, its meetings and incidents in date order with provenance, or a
// who-met-whom pair's meeting history with a per-month sparkline.
import { el } from "./dom.ts";
import type { IncidentItem, MeetingItem, NodeDetails, Source } from "../../contract/nodes.ts";
import { api } from "../api.ts";
import { openReader, originalLink, safeUrl, sourceName } from "./reader.ts";

// A source as outlet · title · date, a link to the original, and "Read in context" (#20).
function sourceBlock(s: Source, eventId: string): HTMLElement[] {
  const quote = el("blockquote", s.quote);
  const cite = el("cite", sourceName({ ...s, title: s.title ?? s.slug ?? s.article }));
  const actions = el("div", undefined, "source-actions");
  const read = el("button", "Read in context");
  read.type = "button";
  read.className = "read-source";
  read.addEventListener("click", () => void openReader(s, eventId));
  actions.append(read);
  const url = safeUrl(s.url);
  if (url) actions.append(originalLink(url, "Original ↗"));
  return [quote, cite, actions];
}

function eventBlock(e: MeetingItem | IncidentItem): HTMLElement {
  const box = el("div", undefined, "event");
  box.dataset.eventId = e.id;
  const head = el("div");
  head.append(el("span", `${e.date} · ${e.kind.replaceAll("_", " ")}`, "when"), " ");
  if (e.sourceCount)
    head.append(el("span", `${e.sourceCount} source${e.sourceCount > 1 ? "s" : ""}`, "badge"));
  box.append(head);
  const who = ("participants" in e ? e.participants : e.actors).map((p) => p.label).join(", ");
  if (who) box.append(el("div", who));
  if ("place" in e && e.place) box.append(el("div", `at ${e.place}`));
  for (const s of e.sources) box.append(...sourceBlock(s, e.id));
  return box;
}

export async function showNode(panel: HTMLElement, id: string, actions: HTMLElement[]): Promise<NodeDetails> {
  panel.replaceChildren(el("p", "Loading…", "hint"));
  const d = await api<NodeDetails>(`/api/nodes/${encodeURIComponent(id)}`);
  const title = el("h2", d.node.label);
  const sub = el("p", [d.node.kind, d.node.subtype].filter(Boolean).join(" · ").replaceAll("_", " "), "sub");
  const bar = el("div", undefined, "actions");
  bar.append(...actions);
  const props = el("dl");
  for (const [k, v] of Object.entries(d.node.properties)) {
    if (
      ["id", "label", "name", "kind"].includes(k) ||
      v === null ||
      v === "" ||
      (Array.isArray(v) && !v.length)
    )
      continue;
    props.append(el("dt", k), el("dd", Array.isArray(v) ? v.join(", ") : String(v)));
  }
  panel.replaceChildren(title, sub, bar, props);
  if (d.meetings.length)
    panel.append(el("h3", `Meetings (${d.meetings.length})`), ...d.meetings.map(eventBlock));
  if (d.incidents.length)
    panel.append(el("h3", `Incidents (${d.incidents.length})`), ...d.incidents.map(eventBlock));
  return d;
}

/** A pair of actors in the who-met-whom view: every meeting, with a per-month sparkline. */
export async function showPair(
  panel: HTMLElement,
  labels: [string, string],
  meetingIds: string[],
): Promise<void> {
  panel.replaceChildren(el("p", "Loading…", "hint"));
  const details = await Promise.all(
    meetingIds.map((id) => api<NodeDetails>(`/api/nodes/${encodeURIComponent(id)}`)),
  );
  const meetings = details.flatMap((d) => d.meetings).sort((a, b) => a.date.localeCompare(b.date));
  panel.replaceChildren(
    el("h2", `${labels[0]} – ${labels[1]}`),
    el("p", `${meetings.length} meeting${meetings.length === 1 ? "" : "s"}`, "sub"),
    sparkline(meetings.map((m) => m.date)),
    ...meetings.map(eventBlock),
  );
}

function sparkline(dates: string[]): SVGSVGElement {
  const months = new Map<string, number>();
  for (const d of dates) months.set(d.slice(0, 7), (months.get(d.slice(0, 7)) ?? 0) + 1);
  const keys = [...months.keys()].sort();
  const max = Math.max(1, ...months.values());
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("width", "100%");
  svg.setAttribute("height", "34");
  svg.setAttribute("viewBox", `0 0 ${Math.max(1, keys.length) * 14} 34`);
  svg.setAttribute("role", "img");
  svg.setAttribute(
    "aria-label",
    `Meetings per month: ${keys.map((k) => `${k}: ${months.get(k)}`).join(", ")}`,
  );
  keys.forEach((k, i) => {
    const h = (months.get(k)! / max) * 26;
    const r = document.createElementNS(ns, "rect");
    r.setAttribute("x", String(i * 14 + 2));
    r.setAttribute("y", String(30 - h));
    r.setAttribute("width", "10");
    r.setAttribute("height", String(h));
    r.setAttribute("fill", "#0891b2");
    const t = document.createElementNS(ns, "title");
    t.textContent = `${k}: ${months.get(k)}`;
    r.append(t);
    svg.append(r);
  });
  return svg;
}
