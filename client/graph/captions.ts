// Captions (#20): a meeting or incident is named on the graph by its kind and date ("call · 15 Nov 2021"),
// which tells events apart at a glance; who took part is on hover and in the panel. The API's own
// label (participants, "phone call: Alexander Lukashenko – Angela Merkel") stays in `label` for search,
// exports and the panel; the stylesheet draws `caption` where a node has one.
import type { ElementDefinition } from "cytoscape";
import { shortDate } from "../dates.ts";

const MEETING_WORDS: Record<string, string> = {
  phone_call: "call",
  talks: "talks",
  visit: "visit",
  summit: "summit",
  other: "meeting",
};

/** The kind of an event in a word or two: "call", "talks", "shots fired". */
export function eventKindWord(kind: string, subtype: unknown): string {
  const sub = typeof subtype === "string" && subtype ? subtype : undefined;
  if (kind === "meeting") return (sub && MEETING_WORDS[sub]) ?? "meeting";
  return (sub ?? kind).replaceAll("_", " ");
}

/** The caption of a meeting or incident ("call · 15 Nov 2021"); undefined for other nodes. */
export function caption(data: Record<string, unknown>): string | undefined {
  if (data.kind !== "meeting" && data.kind !== "incident") return undefined;
  const word = eventKindWord(String(data.kind), data.subtype);
  const date = typeof data.date === "string" && data.date ? shortDate(data.date) : "";
  return date ? `${word} · ${date}` : word;
}

/** The definitions with `caption` on events, for views that add elements as the API sent them. */
export function withCaptions(elements: ElementDefinition[]): ElementDefinition[] {
  return elements.map((e) => {
    const text = caption(e.data as Record<string, unknown>);
    return text === undefined ? e : { ...e, data: { ...e.data, caption: text } };
  });
}
