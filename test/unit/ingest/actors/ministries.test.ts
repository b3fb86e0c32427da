import { describe, expect, it } from "vitest";
import { findMinistries } from "../../../../ingest/actors/ministries.ts";
import { findWith, summary } from "./find-with.ts";

describe("findMinistries", () => {
  it("names a state's ministry by its field, from a demonym, a possessive or its capital", () => {
    const text =
      "The Lithuanian foreign ministry, Belarus's defence ministry and the interior ministry in Riga";
    expect(summary(findWith([findMinistries], text))).toEqual([
      ["Lithuanian foreign ministry", "organization", "Lithuanian Ministry of Foreign Affairs"],
      ["Belarus's defence ministry", "organization", "Belarusian Ministry of Defence"],
      ["interior ministry in Riga", "organization", "Latvian Ministry of Interior"],
    ]);
  });
});
