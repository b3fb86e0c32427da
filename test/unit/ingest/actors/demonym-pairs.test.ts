import { describe, expect, it } from "vitest";
import { findDemonymPairs } from "../../../../ingest/actors/demonym-pairs.ts";
import { findWith } from "./find-with.ts";

describe("findDemonymPairs", () => {
  it("reads both states of a demonym pair, as adjectives only", () => {
    const found = findWith(
      [findDemonymPairs],
      "on the Belarusian-Polish border and in Russian–Ukrainian talks",
    );
    expect(found.map((m) => [m.text, m.name, m.adjective])).toEqual([
      ["Belarusian", "Belarus", true],
      ["Polish", "Poland", true],
      ["Russian", "Russia", true],
      ["Ukrainian", "Ukraine", true],
    ]);
  });
});
