// A query result's cells in words (#20): nodes by name, relationships by what they say ("took part
// in", not {"type":"PARTICIPATED_IN"}), paths by their length, dates as dates. The table shows
// `readable` cells; CSV keeps ISO dates, which spreadsheets read back as dates.

import { shortDate } from "../dates.ts";

const RELATIONSHIP_WORDS: Record<string, string> = {
  PARTICIPATED_IN: "took part in",
  INVOLVED_IN: "involved in",
  OCCURRED_AT: "took place at",
  REPORTED_IN: "reported in",
  MET: "met",
};
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A node cell as the API sends it: `{id, label}`. */
export function isNodeCell(v: unknown): v is { id: string; label: unknown } {
  return isObject(v) && typeof v.id === "string" && "label" in v && Object.keys(v).length === 2;
}

export function isRelationshipCell(v: unknown): v is { type: string } {
  return isObject(v) && typeof v.type === "string" && Object.keys(v).length === 1;
}

function isPathCell(v: unknown): v is { length: number } {
  return isObject(v) && typeof v.length === "number" && Object.keys(v).length === 1;
}

export function cellText(v: unknown, { readable = true } = {}): string {
  const again = (x: unknown) => cellText(x, { readable });
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.map(again).join(", ");
  if (isNodeCell(v)) return v.label === null ? v.id : String(v.label as string | number);
  if (isRelationshipCell(v))
    return readable ? (RELATIONSHIP_WORDS[v.type] ?? v.type.toLowerCase().replaceAll("_", " ")) : v.type;
  if (isPathCell(v)) return `path of ${v.length} step${v.length === 1 ? "" : "s"}`;
  if (isObject(v))
    return Object.entries(v)
      .map(([key, value]) => `${key}: ${again(value)}`)
      .join("; ");
  if (typeof v === "string" && readable) return shortDate(v);
  return String(v as string | number | boolean);
}
