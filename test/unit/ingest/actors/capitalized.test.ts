import { describe, expect, it } from "vitest";
import { findCapitalized } from "../../../../ingest/actors/capitalized.ts";
import { findMigrants } from "../../../../ingest/actors/migrants.ts";
import { findWith, summary } from "./find-with.ts";

describe("findCapitalized", () => {
  it("reads a capitalized run with a head noun as an organization and one after a title as a person", () => {
    expect(summary(findWith([findCapitalized], "Fishing Council chair Marta Vilkaite said."))).toEqual([
      ["Fishing Council", "organization", "Fishing Council"],
      ["Marta Vilkaite", "person", "Marta Vilkaite"],
    ]);
  });

  it("runs a name over particles and regnal numbers but not over a line break", () => {
    expect(
      summary(findWith([findCapitalized], "Ana van der Berg met King Carlos IV.")).map((m) => m[0]),
    ).toEqual(["Ana van der Berg", "Carlos IV"]);
    expect(summary(findWith([findCapitalized], "spokesman Ona Vaitkute\nReporting Tom Hale"))[0]![0]).toBe(
      "Ona Vaitkute",
    );
  });

  it("splits a run where an earlier rule's mention sits", () => {
    const found = findWith(
      [findMigrants, findCapitalized],
      "Adam Nowicki said Migrants Ali Rasul and Ben Kay left.",
    );
    expect(found.map((m) => m.text)).toEqual(["Adam Nowicki", "Migrants", "Ali Rasul", "Ben Kay"]);
  });
});
