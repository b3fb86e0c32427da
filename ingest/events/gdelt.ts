// GDELT event exports: tab-separated, no header, one row per event (GDELT has already merged the
// reports of an event). GDELT 2.0 has the codebook's 61 columns; GDELT 1.0 daily files have 58 (no
// ADM2 codes) and its backfiles before April 2013 57 (no SOURCEURL either). SOURCEURL, the first
// article that reported the event, is the provenance; without it, the GLOBALEVENTID is.
// Actor names come upper-case ("ANGELA MERKEL"), countries as CAMEO codes.
import {
  coordinates,
  present,
  requireCameo,
  requireDate,
  requireField,
  RowError,
  type EventRow,
  type RawActor,
  withCoordinates,
} from "./rows.ts";

// GDELT 2.0 Event Codebook (V2.0, 2015), in file order.
export const GDELT_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  "Actor1Code",
  "Actor1Name",
  "Actor1CountryCode",
  "Actor1KnownGroupCode",
  "Actor1EthnicCode",
  "Actor1Religion1Code",
  "Actor1Religion2Code",
  "Actor1Type1Code",
  "Actor1Type2Code",
  "Actor1Type3Code",
  "Actor2Code",
  "Actor2Name",
  "Actor2CountryCode",
  "Actor2KnownGroupCode",
  "Actor2EthnicCode",
  "Actor2Religion1Code",
  "Actor2Religion2Code",
  "Actor2Type1Code",
  "Actor2Type2Code",
  "Actor2Type3Code",
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  "Actor1Geo_Type",
  "Actor1Geo_FullName",
  "Actor1Geo_CountryCode",
  "Actor1Geo_ADM1Code",
  "Actor1Geo_ADM2Code",
  "Actor1Geo_Lat",
  "Actor1Geo_Long",
  "Actor1Geo_FeatureID",
  "Actor2Geo_Type",
  "Actor2Geo_FullName",
  "Actor2Geo_CountryCode",
  "Actor2Geo_ADM1Code",
  "Actor2Geo_ADM2Code",
  "Actor2Geo_Lat",
  "Actor2Geo_Long",
  "Actor2Geo_FeatureID",
  "ActionGeo_Type",
  "ActionGeo_FullName",
  "ActionGeo_CountryCode",
  "ActionGeo_ADM1Code",
  "ActionGeo_ADM2Code",
  "ActionGeo_Lat",
  "ActionGeo_Long",
  "ActionGeo_FeatureID",
  "DATEADDED",
  "SOURCEURL",
] as const;

type Column = (typeof GDELT_COLUMNS)[number];

// GDELT 1.0 Event Codebook (V1.03, 2013): the same columns without the three *_ADM2Code, and
// without SOURCEURL before April 2013.
export const GDELT1_COLUMNS: readonly Column[] = GDELT_COLUMNS.filter((c) => !c.endsWith("_ADM2Code"));
const GDELT1_BACKFILE_COLUMNS = GDELT1_COLUMNS.slice(0, -1);

/** Column positions by the number of fields in a row: 61 (2.0), 58 or 57 (1.0). */
const INDEX_BY_WIDTH = new Map(
  [GDELT_COLUMNS, GDELT1_COLUMNS, GDELT1_BACKFILE_COLUMNS].map((columns) => [
    columns.length,
    new Map(columns.map((c, i) => [c, i])),
  ]),
);

// CAMEO actor type codes, for naming a country's sector actor as ICEWS does: "Police (Poland)".
const TYPES: Record<string, string> = {
  COP: "Police",
  GOV: "Government",
  MIL: "Military",
  UAF: "Armed Forces",
  JUD: "Judiciary",
  LEG: "Legislature",
  OPP: "Opposition",
  PTY: "Party",
  REB: "Rebels",
  INS: "Insurgents",
  SPY: "Intelligence",
  MED: "Media",
  CVL: "Civilians",
  REF: "Refugees",
  BUS: "Business",
  LAB: "Labor",
  EDU: "Education",
  HLH: "Health",
  CRM: "Criminals",
  ELI: "Elites",
  NGO: "NGO",
  IGO: "IGO",
};

/** "ANGELA MERKEL" → "Angela Merkel". */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function actor(get: (c: Column) => string | undefined, n: 1 | 2): RawActor | undefined {
  const name = present(get(`Actor${n}Name`));
  if (!name) return undefined;
  const code = present(get(`Actor${n}Code`));
  const country = present(get(`Actor${n}CountryCode`));
  const codes = [get(`Actor${n}Type1Code`), get(`Actor${n}Type2Code`), get(`Actor${n}Type3Code`)]
    .map(present)
    .filter((s): s is string => s !== undefined);
  const group = present(get(`Actor${n}KnownGroupCode`));
  const sectors = [...new Set([...(group ? [group] : []), ...codes.map((c) => TYPES[c] ?? c)])];
  const type = codes[0] ? TYPES[codes[0]] : undefined;
  return {
    name: titleCase(name),
    sectors,
    country,
    // An actor coded with its country code alone ("DEU") is the state itself; one coded with a type
    // too ("POLCOP", named "POLAND") is that country's police, government, …
    isState: !!code && code === country && !sectors.length,
    ...(type ? { sectorName: type } : {}),
  };
}

export function parseGdeltRow(fields: string[]): EventRow {
  const index = INDEX_BY_WIDTH.get(fields.length);
  if (!index)
    throw new RowError(
      "row",
      `has ${fields.length} fields, GDELT 2.0 has ${GDELT_COLUMNS.length}, GDELT 1.0 ` +
        `${GDELT1_BACKFILE_COLUMNS.length} or ${GDELT1_COLUMNS.length}`,
    );
  // Absent columns (the ADM2 codes, SOURCEURL of a backfile) read as empty.
  const get = (c: Column) => {
    const i = index.get(c);
    return i === undefined ? undefined : fields[i];
  };
  const source = actor(get, 1);
  if (!source) throw new RowError("Actor1Name", "is empty");
  const eventId = requireField("GLOBALEVENTID", get("GLOBALEVENTID"));
  const row: EventRow = {
    dataset: "gdelt",
    eventId,
    date: requireDate("SQLDATE", get("SQLDATE")),
    code: requireCameo("EventCode", get("EventCode")),
    source,
    target: actor(get, 2),
    place: present(get("ActionGeo_FullName")),
  };
  withCoordinates(
    row,
    coordinates("ActionGeo_Lat", get("ActionGeo_Lat"), "ActionGeo_Long", get("ActionGeo_Long")),
  );
  if (!index.has("SOURCEURL")) {
    // A backfile row names no article: the event's own record is its report.
    row.storyId = `event-${eventId}`;
    return row;
  }
  const url = requireField("SOURCEURL", get("SOURCEURL"));
  try {
    row.publisher = new URL(url).hostname.replace(/^www\./, "");
  } catch {
    throw new RowError("SOURCEURL", `"${url}" is not a URL`);
  }
  row.url = url;
  return row;
}
