import { describe, expect, it } from "vitest";
import { genderOf, isFirstName } from "../../../../ingest/actors/first-names.ts";

describe("first names", () => {
  it("knows first names from compromise's lexicon, the first part of a double name deciding", () => {
    expect(isFirstName("Anna")).toBe(true);
    expect(isFirstName("Eva-Maria")).toBe(true);
    expect(isFirstName("Kowalczyk")).toBe(false);
  });

  it("does not count common words that are also names", () => {
    expect(isFirstName("Will")).toBe(false);
    expect(isFirstName("Grace")).toBe(false);
  });

  it("tells the gender when the name has one only", () => {
    expect(genderOf("Anna")).toBe("female");
    expect(genderOf("Piotr")).toBe("male");
    expect(genderOf("Kowalczyk")).toBeUndefined();
  });
});
