// A query result's cells in words (#20): nodes by name, relationships by what they say ("took part
// in", not {"type":"PARTICIPATED_IN"}), paths by their length, dates as dates. The table shows
// `readable` cells; CSV keeps ISO dates, which spreadsheets read back as dates.

const RELATIONSHIP_WORDS: Record<string, string> = {
  PARTICIPATED_IN: "took part in",
  INVOLVED_IN: "involved in",
  OCCURRED_AT: "took place at",
  REPORTED_IN: "reported in",
  MET: "met",
};
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/;

/** "2021-11-17" as "17 Nov 2021" (a date-time keeps its hour and minute); anything else unchanged. */
export function readableDate(text: string): string {
  const m = ISO_DATE.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return text;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}${m[4] ? ` ${m[4]}` : ""}`;
}

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
  if (typeof v === "string" && readable) return readableDate(v);
  return String(v as string | number | boolean);
}
