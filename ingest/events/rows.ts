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
  /** The place's coordinates (WGS 84 degrees) when the row gives both; they reach the (:Place) node (#20 map). */
  lat?: number;
  lon?: number;
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

/**
 * A latitude and longitude read together: both or neither (a row with one of them is refused, as is a
 * value outside -90..90 / -180..180). GDELT writes 0,0 for "no place known" where it has no geocode, but
 * (0,0) is in the Gulf of Guinea, a real point; it is kept only when the row names a place.
 */
export function coordinates(
  latField: string,
  latValue: string | undefined,
  lonField: string,
  lonValue: string | undefined,
): { lat: number; lon: number } | undefined {
  const lat = degrees(latField, latValue, 90);
  const lon = degrees(lonField, lonValue, 180);
  if (lat === undefined && lon === undefined) return undefined;
  if (lat === undefined) throw new RowError(latField, `is empty while ${lonField} is given`);
  if (lon === undefined) throw new RowError(lonField, `is empty while ${latField} is given`);
  return { lat, lon };
}

function degrees(field: string, value: string | undefined, limit: number): number | undefined {
  const v = present(value);
  if (v === undefined) return undefined;
  const n = /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(v) ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new RowError(field, `"${v}" is not a number of degrees`);
  if (Math.abs(n) > limit) throw new RowError(field, `"${v}" is outside -${limit}..${limit}`);
  return n;
}

/** Adds `coordinates` to the row when there are some and the row names a place to put them on. */
export function withCoordinates(row: EventRow, at: { lat: number; lon: number } | undefined): EventRow {
  if (at && row.place) {
    row.lat = at.lat;
    row.lon = at.lon;
  }
  return row;
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
