import { describe, expect, it } from "vitest";
import { findMigrants } from "../../../../ingest/actors/migrants.ts";
import { findWith, summary } from "./find-with.ts";

describe("findMigrants", () => {
  it("reads migrants, refugees and asylum seekers as one group", () => {
    expect(
      summary(findWith([findMigrants], "Stranded migrants, refugees and asylum-seekers waited.")),
    ).toEqual([
      ["Stranded migrants", "group", "Migrants"],
      ["refugees", "group", "Migrants"],
      ["asylum-seekers", "group", "Migrants"],
    ]);
  });
});
