// One coded event as read from ICEWS, GDELT or POLECAT, before it is mapped to whomet's facts: the
// shape every format's row parser returns, and the checks they share.
import { isIsoDate } from "../read.ts";

export type EventDataset = "icews" | "gdelt" | "polecat";
export const EVENT_DATASETS: readonly EventDataset[] = ["icews", "gdelt", "polecat"];

export interface RawActor {
  name: string;
  /** Sector or type labels as the dataset gives them ("Executive", "Foreign Ministry", "GOV"). */
  sectors: string[];
  /** The actor's country as the dataset names it ("Russian Federation"), or its code ("RUS"). */
  country?: string;
  /** Dataset says the actor is the country itself (GDELT: actor code = country code). */
  isState?: boolean;
  /** GDELT: the actor's type ("Police") when the dataset names it by its country ("POLAND"). */
  sectorName?: string;
}

export interface EventRow {
  dataset: EventDataset;
  eventId: string;
  /** YYYY-MM-DD. */
  date: string;
  /** CAMEO code ("042"); for POLECAT, derived from the PLOVER event type and mode. */
  code: string;
  /** The dataset's own event type when it is not CAMEO (PLOVER "CONSULT"), or the event text. */
  eventText?: string;
  source: RawActor;
  target?: RawActor;
  storyId?: string;
  sentence?: number;
  publisher?: string;
  url?: string;
  /** Where it happened: "Hanoi, Vietnam"; absent when the row names no place. */
  place?: string;
}

/** A field the row parser refused; the caller adds file and line. */
export class RowError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** ICEWS and POLECAT write a missing value as "NA" or leave it empty. */
export function present(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v && v !== "NA" && v !== "null" ? v : undefined;
}

export function requireField(field: string, value: string | undefined): string {
  const v = present(value);
  if (v === undefined) throw new RowError(field, "is empty");
  return v;
}

export function requireDate(field: string, value: string | undefined): string {
  const v = requireField(field, value);
  // GDELT writes 20180601; everyone else 2018-06-01 (POLECAT sometimes with a time).
  const iso = /^\d{8}$/.test(v) ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}` : v.slice(0, 10);
  if (!isIsoDate(iso)) throw new RowError(field, `"${v}" is not a valid date`);
  return iso;
}

export function requireCameo(field: string, value: string | undefined): string {
  const v = requireField(field, value);
  if (!/^\d{3,4}$/.test(v)) throw new RowError(field, `"${v}" is not a CAMEO code (3 or 4 digits)`);
  return v;
}

export function optionalInt(field: string, value: string | undefined): number | undefined {
  const v = present(value);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new RowError(field, `"${v}" is not a whole number`);
  return Number(v);
}

/** "Executive,Foreign Ministry,Government" → ["Executive", "Foreign Ministry", "Government"]. */
export function sectorList(value: string | undefined): string[] {
  const v = present(value);
  return v
    ? [
        ...new Set(
          v
            .split(/[,;]/)
            .map((s) => s.trim())
            .filter((s) => s && s !== "NA"),
        ),
      ]
    : [];
}

/** "Hanoi", "Thanh Pho Ha Noi", "Vietnam" → "Hanoi, Vietnam": the most precise place and its country. */
export function placeName(parts: (string | undefined)[], country: string | undefined): string | undefined {
  const local = parts.map(present).find((p) => p !== undefined);
  const c = present(country);
  if (local && c && local !== c) return `${local}, ${c}`;
  return local ?? c;
}

/** Columns of a header row, by name; refuses a header that lacks a required column. */
export function headerIndex(header: string[], required: readonly string[]): Map<string, number> {
  const index = new Map(header.map((name, i) => [name.trim().replace(/^\uFEFF/, ""), i]));
  const missing = required.filter((c) => !index.has(c));
  if (missing.length)
    throw new RowError(
      "header",
      `missing column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")}`,
    );
  return index;
}
