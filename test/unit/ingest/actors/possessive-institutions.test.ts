import { describe, expect, it } from "vitest";
import { findPossessiveInstitutions } from "../../../../ingest/actors/possessive-institutions.ts";
import { findWith, summary } from "./find-with.ts";

describe("findPossessiveInstitutions", () => {
  it("reads a possessive state before an institution known by its demonym", () => {
    expect(summary(findWith([findPossessiveInstitutions], "Lithuania's parliament voted."))).toEqual([
      ["Lithuania's parliament", "organization", "Seimas"],
    ]);
  });

  it("takes nothing the gazetteer does not know", () => {
    expect(findWith([findPossessiveInstitutions], "Lithuania's farmers voted.")).toEqual([]);
  });
});
