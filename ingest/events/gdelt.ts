// GDELT 2.0 event export: tab-separated, no header, the codebook's 61 columns, one row per event
// (GDELT has already merged the reports of an event); SOURCEURL, the first article that reported
// it, is the provenance. Actor names come upper-case ("ANGELA MERKEL"), countries as CAMEO codes.
import {
  present,
  requireCameo,
  requireDate,
  requireField,
  RowError,
  type EventRow,
  type RawActor,
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
const INDEX = new Map(GDELT_COLUMNS.map((c, i) => [c, i]));

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
  if (fields.length !== GDELT_COLUMNS.length)
    throw new RowError("row", `has ${fields.length} fields, GDELT 2.0 has ${GDELT_COLUMNS.length}`);
  const get = (c: Column) => fields[INDEX.get(c)!];
  const source = actor(get, 1);
  if (!source) throw new RowError("Actor1Name", "is empty");
  const url = requireField("SOURCEURL", get("SOURCEURL"));
  let publisher: string;
  try {
    publisher = new URL(url).hostname.replace(/^www\./, "");
  } catch {
    throw new RowError("SOURCEURL", `"${url}" is not a URL`);
  }
  return {
    dataset: "gdelt",
    eventId: requireField("GLOBALEVENTID", get("GLOBALEVENTID")),
    date: requireDate("SQLDATE", get("SQLDATE")),
    code: requireCameo("EventCode", get("EventCode")),
    source,
    target: actor(get, 2),
    url,
    publisher,
    place: present(get("ActionGeo_FullName")),
  };
}
