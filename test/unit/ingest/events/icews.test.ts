import { describe, expect, it } from "vitest";
import { ICEWS_COLUMNS, parseIcewsHeader, parseIcewsRow } from "../../../../ingest/events/icews.ts";
import { RowError } from "../../../../ingest/events/rows.ts";

const header = parseIcewsHeader([...ICEWS_COLUMNS]);

function line(values: Partial<Record<(typeof ICEWS_COLUMNS)[number], string>>): string[] {
  const row: Record<string, string> = {
    "Event ID": "1",
    "Event Date": "2018-06-01",
    "Source Name": "Foreign Affairs (Bangladesh)",
    "Source Sectors": "Executive,Foreign Ministry,Government",
    "Source Country": "Bangladesh",
    "Event Text": "Consult",
    "CAMEO Code": "040",
    Intensity: "1",
    "Target Name": "Angela Merkel",
    "Target Sectors": "Executive,Government",
    "Target Country": "Germany",
    "Story ID": "47400351",
    "Sentence Number": "2",
    Publisher: "Vietnam News Agency Bulletin",
    City: "Hanoi",
    District: "NA",
    Province: "Thanh Pho Ha Noi",
    Country: "Vietnam",
    Latitude: "21.0245",
    Longitude: "105.841",
    ...values,
  };
  return ICEWS_COLUMNS.map((c) => row[c]!);
}

function errorOf(fields: string[]): { field: string; message: string } {
  try {
    parseIcewsRow(fields, header);
  } catch (err) {
    if (err instanceof RowError) return { field: err.field, message: err.message };
  }
  throw new Error("no RowError");
}

describe("parseIcewsRow", () => {
  it("reads actors with their sectors and country, the story, sentence, publisher and place", () => {
    expect(parseIcewsRow(line({}), header)).toEqual({
      dataset: "icews",
      eventId: "1",
      date: "2018-06-01",
      code: "040",
      eventText: "Consult",
      source: {
        name: "Foreign Affairs (Bangladesh)",
        sectors: ["Executive", "Foreign Ministry", "Government"],
        country: "Bangladesh",
      },
      target: { name: "Angela Merkel", sectors: ["Executive", "Government"], country: "Germany" },
      storyId: "47400351",
      sentence: 2,
      publisher: "Vietnam News Agency Bulletin",
      place: "Hanoi, Vietnam",
      lat: 21.0245,
      lon: 105.841,
    });
  });

  it("takes NA as missing: no target, the province when there is no city, the country alone", () => {
    const row = parseIcewsRow(line({ "Target Name": "NA", City: "NA", "Source Sectors": "NA" }), header);
    expect(row.target).toBeUndefined();
    expect(row.source.sectors).toEqual([]);
    expect(row.place).toBe("Thanh Pho Ha Noi, Vietnam");
    expect(parseIcewsRow(line({ City: "NA", Province: "NA" }), header).place).toBe("Vietnam");
  });

  it("names the field of a bad date, code, story or sentence", () => {
    expect(errorOf(line({ "Event Date": "2018-06-31" }))).toEqual({
      field: "Event Date",
      message: '"2018-06-31" is not a valid date',
    });
    expect(errorOf(line({ "CAMEO Code": "04X" })).field).toBe("CAMEO Code");
    expect(errorOf(line({ "Story ID": "" })).field).toBe("Story ID");
    expect(errorOf(line({ "Sentence Number": "two" })).field).toBe("Sentence Number");
    expect(errorOf(line({ "Source Name": "NA" })).field).toBe("Source Name");
  });

  it("names the field of a latitude or longitude out of range, not a number, or given alone", () => {
    expect(errorOf(line({ Latitude: "95.5" }))).toEqual({
      field: "Latitude",
      message: '"95.5" is outside -90..90',
    });
    expect(errorOf(line({ Longitude: "-181" }))).toEqual({
      field: "Longitude",
      message: '"-181" is outside -180..180',
    });
    expect(errorOf(line({ Latitude: "21,02" }))).toEqual({
      field: "Latitude",
      message: '"21,02" is not a number of degrees',
    });
    expect(errorOf(line({ Longitude: "NA" }))).toEqual({
      field: "Longitude",
      message: "is empty while Latitude is given",
    });
  });

  it("keeps no coordinates when both are missing", () => {
    const row = parseIcewsRow(line({ Latitude: "", Longitude: "NA" }), header);
    expect(row.lat).toBeUndefined();
    expect(row.lon).toBeUndefined();
  });

  it("refuses a row with a field too many or too few", () => {
    expect(errorOf([...line({}), "extra"])).toEqual({
      field: "row",
      message: "has 21 fields, the header 20",
    });
  });

  it("refuses a header without the columns it reads", () => {
    expect(() => parseIcewsHeader(["Event ID", "Event Date"])).toThrow(/missing columns "Source Name"/);
  });
});
