import { describe, expect, it } from "vitest";
import { builtInLexicon, mergeLexicons, parseLexicon } from "../../../ingest/lexicon.ts";
import { borderName, placeLocator } from "../../../ingest/place-coordinates.ts";

describe("placeLocator", () => {
  const locate = placeLocator();

  it("puts a named site where places.yaml says, by any of its names and with its kind written after", () => {
    expect(locate("Kuźnica")).toEqual({ lat: 53.51, lon: 23.65 });
    expect(locate("Bruzgi border crossing point")).toEqual({ lat: 53.51, lon: 23.65 });
    expect(locate("Galwan valley")).toEqual({ lat: 34.75, lon: 78.18 });
  });

  it("puts a border place, and a site on a border without its own coordinates, on the border's point", () => {
    expect(locate(borderName(["Poland", "Belarus"]))).toEqual({ lat: 53.27, lon: 23.79 });
    // Line of Actual Control has no lat/lon in places.yaml; it lies on the China–India border.
    expect(locate("Line of Actual Control")).toEqual(locate("China–India border"));
  });

  it("finds capitals whatever the case and diacritics, and the city of a 'City, Country' name", () => {
    expect(locate("MINSK")).toEqual({ lat: 53.9, lon: 27.57 });
    expect(locate("Bogota")).toEqual(locate("Bogotá"));
    expect(locate("Hanoi, Vietnam")).toEqual({ lat: 21.02, lon: 105.84 });
  });

  it("answers undefined for a place it does not know", () => {
    expect(locate("border with Turkey")).toBeUndefined();
    expect(locate("Atlantis, Nowhere")).toBeUndefined();
  });

  it("uses a user lexicon's gazetteer entries", () => {
    const { lexicon } = parseLexicon(
      "gazetteer:\n  - { name: Freedonia City, lat: 1.5, lon: -2.5 }\n",
      "mine.yaml",
    );
    const mine = placeLocator(mergeLexicons(builtInLexicon(), lexicon!));
    expect(mine("Freedonia City")).toEqual({ lat: 1.5, lon: -2.5 });
  });
});

describe("lexicon coordinates", () => {
  it("refuses coordinates out of range and a latitude without its longitude, naming file, line and field", () => {
    const text = [
      "places:",
      "  - { name: Somewhere, kind: town, lat: 12.5 }",
      "gazetteer:",
      "  - { name: Nowhere, lat: 91, lon: 10 }",
    ].join("\n");
    const { lexicon, problems } = parseLexicon(text, "mine.yaml");
    expect(lexicon).toBeUndefined();
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ["mine.yaml", 2, "places.0.lon"],
      ["mine.yaml", 4, "gazetteer.0.lat"],
    ]);
    expect(problems[1]!.message).toMatch(/must be -90\.\.90/);
  });
});
