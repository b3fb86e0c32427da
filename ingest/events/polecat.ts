// POLECAT (PLOVER ontology) weekly files: tab-separated with a header row. PLOVER event types are
// not CAMEO, so each mapped type gets the CAMEO code of its nearest class: CONSULT is a meeting
// (its mode says which kind), MOBILIZE, SANCTION, COERCE and ASSAULT are incidents (15x–18x);
// the rest (AGREE, SUPPORT, PROTEST, …) are neither and are passed over.
import {
  headerIndex,
  placeName,
  coordinates,
  withCoordinates,
  present,
  requireDate,
  requireField,
  RowError,
  sectorList,
  type EventRow,
  type RawActor,
} from "./rows.ts";

const REQUIRED = ["Event ID", "Event Date", "Event Type", "Actor Name"] as const;

// PLOVER CONSULT modes → CAMEO 04x; the other types → the root code of their CAMEO class.
const CONSULT_MODES: Record<string, string> = {
  phone: "041",
  visit: "042",
  "third-party": "044",
  multilateral: "044",
  mediate: "045",
};
const PLOVER_CAMEO: Record<string, string> = {
  CONSULT: "040",
  MOBILIZE: "150",
  SANCTION: "160",
  COERCE: "170",
  ASSAULT: "180",
};

/** The CAMEO code a PLOVER type and mode stand for, or undefined for types whomet does not import. */
export function ploverCameo(type: string, mode: string | undefined): string | undefined {
  const t = type.toUpperCase();
  if (t === "CONSULT") return CONSULT_MODES[(mode ?? "").toLowerCase()] ?? "040";
  return PLOVER_CAMEO[t];
}

export type PolecatHeader = Map<string, number>;

export function parsePolecatHeader(fields: string[]): PolecatHeader {
  return headerIndex(fields, REQUIRED);
}

/** One data row; a PLOVER type with no CAMEO class gives code "000" (not imported). */
export function parsePolecatRow(fields: string[], header: PolecatHeader): EventRow {
  if (fields.length > header.size)
    throw new RowError("row", `has ${fields.length} fields, the header ${header.size}`);
  const get = (column: string) => {
    const i = header.get(column);
    return i === undefined ? undefined : fields[i];
  };
  const type = requireField("Event Type", get("Event Type"));
  const mode = present(get("Event Mode"));
  const who = (prefix: "Actor" | "Recipient"): RawActor | undefined => {
    const name = present(get(`${prefix} Name`));
    if (!name) return undefined;
    return {
      name,
      sectors: sectorList(get(`${prefix} Sectors`) ?? get(`Primary ${prefix} Sector`)),
      country: present(get(`${prefix} Country`)),
    };
  };
  const eventId = requireField("Event ID", get("Event ID"));
  const source = who("Actor");
  if (!source) throw new RowError("Actor Name", "is empty");
  // Optional in POLECAT files: the codebook's Latitude/Longitude of the event's place.
  const at = coordinates("Latitude", get("Latitude"), "Longitude", get("Longitude"));
  return withCoordinates(
    {
      dataset: "polecat",
      eventId,
      date: requireDate("Event Date", get("Event Date")),
      code: ploverCameo(type, mode) ?? "000",
      eventText: mode ? `${type} (${mode})` : type,
      source,
      target: who("Recipient"),
      // POLECAT's story identifier, when the file has one; else the event is its own story.
      storyId: present(get("Story ID")) ?? eventId,
      publisher: present(get("Source")) ?? present(get("Feed")),
      url: present(get("URL")),
      place: placeName([get("City"), get("Placename"), get("State")], get("Country")),
    },
    at,
  );
}
