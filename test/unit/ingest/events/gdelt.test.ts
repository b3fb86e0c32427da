import { describe, expect, it } from "vitest";
import { GDELT1_COLUMNS, GDELT_COLUMNS, parseGdeltRow, titleCase } from "../../../../ingest/events/gdelt.ts";

function line(values: Partial<Record<(typeof GDELT_COLUMNS)[number], string>>): string[] {
  const row: Record<string, string> = {
    GLOBALEVENTID: "1010000001",
    SQLDATE: "20211115",
    Actor1Code: "DEUGOV",
    Actor1Name: "ANGELA MERKEL",
    Actor1CountryCode: "DEU",
    Actor1Type1Code: "GOV",
    Actor2Code: "BLR",
    Actor2Name: "BELARUS",
    Actor2CountryCode: "BLR",
    EventCode: "041",
    ActionGeo_FullName: "Minsk, Horad Minsk, Belarus",
    SOURCEURL: "https://www.reuters.com/world/europe/call/",
    ...values,
  };
  return GDELT_COLUMNS.map((c) => row[c] ?? "");
}

describe("parseGdeltRow", () => {
  it("reads the action's coordinates (ActionGeo_Lat/Long) and names the field of a bad one", () => {
    const row = parseGdeltRow(line({ ActionGeo_Lat: "53.9", ActionGeo_Long: "27.5667" }));
    expect([row.lat, row.lon]).toEqual([53.9, 27.5667]);
    expect(() => parseGdeltRow(line({ ActionGeo_Lat: "53.9", ActionGeo_Long: "270" }))).toThrow(
      expect.objectContaining({ field: "ActionGeo_Long", message: '"270" is outside -180..180' }),
    );
  });

  it("reads the 61 columns: date, code, actors, place, and the URL's host as publisher", () => {
    expect(parseGdeltRow(line({}))).toEqual({
      dataset: "gdelt",
      eventId: "1010000001",
      date: "2021-11-15",
      code: "041",
      source: {
        name: "Angela Merkel",
        sectors: ["Government"],
        country: "DEU",
        isState: false,
        sectorName: "Government",
      },
      target: { name: "Belarus", sectors: [], country: "BLR", isState: true },
      url: "https://www.reuters.com/world/europe/call/",
      publisher: "reuters.com",
      place: "Minsk, Horad Minsk, Belarus",
    });
  });

  it("refuses a row that is not 61 fields, and a SOURCEURL that is not a URL", () => {
    expect(() => parseGdeltRow(line({}).slice(1))).toThrow("has 60 fields, GDELT 2.0 has 61");
    expect(() => parseGdeltRow(line({ SOURCEURL: "not a url" }))).toThrow('"not a url" is not a URL');
    expect(() => parseGdeltRow(line({ SQLDATE: "20211131" }))).toThrow('"20211131" is not a valid date');
  });

  it("title-cases GDELT's upper-case names", () => {
    expect(titleCase("ALEXANDER LUKASHENKO")).toBe("Alexander Lukashenko");
    expect(titleCase("JEAN-CLAUDE JUNCKER")).toBe("Jean-Claude Juncker");
  });
});

describe("parseGdeltRow on GDELT 1.0", () => {
  /** The same row as GDELT 1.0 writes it: no ADM2 codes, and no SOURCEURL in a backfile. */
  function line1(values: Parameters<typeof line>[0], withUrl = true): string[] {
    const full = line(values);
    const kept = GDELT_COLUMNS.map((c, i) => [c, full[i]!] as const).filter(
      ([c]) => !c.endsWith("_ADM2Code") && (withUrl || c !== "SOURCEURL"),
    );
    return kept.map(([, v]) => v);
  }

  it("reads a 58-column daily row like the 61-column one", () => {
    expect(line1({})).toHaveLength(58);
    expect(GDELT1_COLUMNS).toHaveLength(58);
    expect(parseGdeltRow(line1({}))).toEqual(parseGdeltRow(line({})));
  });

  it("reads a 57-column backfile row, its event id standing for the missing URL", () => {
    const row = parseGdeltRow(line1({}, false));
    expect(row.url).toBeUndefined();
    expect(row.publisher).toBeUndefined();
    expect(row.storyId).toBe("event-1010000001");
    expect(row.code).toBe("041");
    expect(row.place).toBe("Minsk, Horad Minsk, Belarus");
  });

  it("names every width it reads when a row has another", () => {
    expect(() => parseGdeltRow(line1({}).slice(2))).toThrow(
      "has 56 fields, GDELT 2.0 has 61, GDELT 1.0 57 or 58",
    );
  });
});
