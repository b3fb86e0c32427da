// ICEWS coded events (Harvard Dataverse `.tab`): tab-separated, one header row, one row per coded
// sentence. The story id and sentence number are the provenance; ICEWS publishes no text or URL.
import {
  headerIndex,
  optionalInt,
  placeName,
  coordinates,
  withCoordinates,
  present,
  requireCameo,
  requireDate,
  requireField,
  RowError,
  sectorList,
  type EventRow,
} from "./rows.ts";

export const ICEWS_COLUMNS = [
  "Event ID",
  "Event Date",
  "Source Name",
  "Source Sectors",
  "Source Country",
  "Event Text",
  "CAMEO Code",
  "Intensity",
  "Target Name",
  "Target Sectors",
  "Target Country",
  "Story ID",
  "Sentence Number",
  "Publisher",
  "City",
  "District",
  "Province",
  "Country",
  "Latitude",
  "Longitude",
] as const;

export type IcewsHeader = Map<string, number>;

export function parseIcewsHeader(fields: string[]): IcewsHeader {
  return headerIndex(fields, ICEWS_COLUMNS);
}

/** One data row of an ICEWS file; throws RowError naming the field it cannot read. */
export function parseIcewsRow(fields: string[], header: IcewsHeader): EventRow {
  if (fields.length !== header.size)
    throw new RowError("row", `has ${fields.length} fields, the header ${header.size}`);
  const get = (column: (typeof ICEWS_COLUMNS)[number]) => fields[header.get(column)!];
  const targetName = present(get("Target Name"));
  const storyId = requireField("Story ID", get("Story ID"));
  const at = coordinates("Latitude", get("Latitude"), "Longitude", get("Longitude"));
  return withCoordinates(
    {
      dataset: "icews",
      eventId: requireField("Event ID", get("Event ID")),
      date: requireDate("Event Date", get("Event Date")),
      code: requireCameo("CAMEO Code", get("CAMEO Code")),
      eventText: present(get("Event Text")),
      source: {
        name: requireField("Source Name", get("Source Name")),
        sectors: sectorList(get("Source Sectors")),
        country: present(get("Source Country")),
      },
      target: targetName
        ? {
            name: targetName,
            sectors: sectorList(get("Target Sectors")),
            country: present(get("Target Country")),
          }
        : undefined,
      storyId,
      sentence: optionalInt("Sentence Number", get("Sentence Number")),
      publisher: present(get("Publisher")),
      place: placeName([get("City"), get("District"), get("Province")], get("Country")),
    },
    at,
  );
}
