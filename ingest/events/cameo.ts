// Which CAMEO codes become meetings (04x, PLOVER CONSULT) and which incidents (15x–20x), and of what
// kind; the table is data (cameo-codes.tsv). A code the table lacks falls back to its parent
// (1955 → 195 → 190), so a newer codebook's sub-codes still map.
import { readFileSync } from "node:fs";
import { MEETING_KINDS, type MeetingKind } from "../../cypher/vocabulary.ts";

export interface CameoEntry {
  code: string;
  type: "meeting" | "incident";
  kind: string;
  name: string;
}

/** Parses cameo-codes.tsv: `code TAB type TAB kind TAB name`, `#` comments. */
export function parseCameoTable(text: string): Map<string, CameoEntry> {
  const table = new Map<string, CameoEntry>();
  text.split("\n").forEach((line, i) => {
    if (!line.trim() || line.startsWith("#")) return;
    const [code, type, kind, name] = line.split("\t");
    if (!code || !/^\d{3,4}$/.test(code) || (type !== "meeting" && type !== "incident") || !kind || !name)
      throw new Error(`cameo-codes.tsv:${i + 1}: expected "code TAB meeting|incident TAB kind TAB name"`);
    table.set(code, { code, type, kind, name });
  });
  return table;
}

let builtIn: Map<string, CameoEntry> | undefined;

export function cameoTable(): Map<string, CameoEntry> {
  return (builtIn ??= parseCameoTable(readFileSync(new URL("./cameo-codes.tsv", import.meta.url), "utf8")));
}

/** "0431" → "04", "193" → "19": the CAMEO root (event class) of a code. */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/** The table's entry for a code, else its parent's, else its root's ("1955" → "195" → "190"). */
export function cameoEntry(code: string, table = cameoTable()): CameoEntry | undefined {
  return table.get(code) ?? table.get(code.slice(0, 3)) ?? table.get(`${cameoRoot(code)}0`);
}

export function isMeetingKind(kind: string): kind is MeetingKind {
  return (MEETING_KINDS as readonly string[]).includes(kind);
}

/** Whether `code` passes `--codes 04,19` (prefixes); no prefixes means every mapped code. */
export function codeSelected(code: string, prefixes: readonly string[]): boolean {
  return !prefixes.length || prefixes.some((p) => code.startsWith(p));
}
