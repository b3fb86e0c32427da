import { describe, expect, it } from "vitest";
import { findPluralRoles } from "../../../../ingest/actors/plural-roles.ts";
import { findWith } from "./find-with.ts";

describe("findPluralRoles", () => {
  it("reads one reference per state after a plural role", () => {
    const found = findWith(
      [findPluralRoles],
      "Later the foreign ministers of Estonia, Latvia and Finland met.",
    );
    expect(found.map((m) => [m.text, m.role])).toEqual([
      ["the foreign ministers of Estonia", { role: "foreign minister", state: "Estonia" }],
      ["Latvia", { role: "foreign minister", state: "Latvia" }],
      ["Finland", { role: "foreign minister", state: "Finland" }],
    ]);
    expect(found.every((m) => m.reference && m.localOnly)).toBe(true);
  });

  it("needs two states or more", () => {
    expect(findWith([findPluralRoles], "the presidents of Estonia met")).toEqual([]);
  });
});
