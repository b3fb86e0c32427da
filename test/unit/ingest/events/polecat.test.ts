import { describe, expect, it } from "vitest";
import { parsePolecatHeader, parsePolecatRow, ploverCameo } from "../../../../ingest/events/polecat.ts";

const columns = [
  "Event ID",
  "Event Date",
  "Event Type",
  "Event Mode",
  "Actor Name",
  "Actor Country",
  "Actor Sectors",
  "Recipient Name",
  "Recipient Country",
  "Recipient Sectors",
  "Source",
  "Story ID",
  "City",
  "Country",
];
const header = parsePolecatHeader(columns);

describe("POLECAT rows", () => {
  it("maps PLOVER CONSULT by mode to CAMEO 04x, the aggressive types to 15x–18x, the rest to nothing", () => {
    expect(ploverCameo("CONSULT", "visit")).toBe("042");
    expect(ploverCameo("CONSULT", "phone")).toBe("041");
    expect(ploverCameo("CONSULT", undefined)).toBe("040");
    expect(ploverCameo("ASSAULT", "firearms")).toBe("180");
    expect(ploverCameo("COERCE", undefined)).toBe("170");
    expect(ploverCameo("MOBILIZE", "military")).toBe("150");
    expect(ploverCameo("PROTEST", "demonstrate")).toBeUndefined();
  });

  it("reads a row by its header's column names", () => {
    const row = parsePolecatRow(
      [
        "pc-1",
        "2022-02-07",
        "CONSULT",
        "visit",
        "Emmanuel Macron",
        "France",
        "GOV,EXEC",
        "Vladimir Putin",
        "Russia",
        "GOV",
        "Reuters",
        "st-1",
        "Moscow",
        "Russia",
      ],
      header,
    );
    expect(row).toMatchObject({
      dataset: "polecat",
      code: "042",
      eventText: "CONSULT (visit)",
      source: { name: "Emmanuel Macron", sectors: ["GOV", "EXEC"], country: "France" },
      target: { name: "Vladimir Putin" },
      storyId: "st-1",
      publisher: "Reuters",
      place: "Moscow, Russia",
    });
  });

  it("names the field that is missing", () => {
    const fields = ["pc-1", "2022-02-07", "", "", "A", "", "", "", "", "", "", "", "", ""];
    expect(() => parsePolecatRow(fields, header)).toThrow("is empty");
    expect(() => parsePolecatHeader(["Event ID"])).toThrow(/missing columns "Event Date", "Event Type"/);
  });
});
