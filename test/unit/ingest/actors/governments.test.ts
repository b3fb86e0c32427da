import { describe, expect, it } from "vitest";
import { findGovernments } from "../../../../ingest/actors/governments.ts";
import { findWith } from "./find-with.ts";

describe("findGovernments", () => {
  it("reads a demonym or possessive before a government noun as the state itself", () => {
    const found = findWith(
      [findGovernments],
      "The Belarusian authorities accused the Polish side and Latvia's government.",
    );
    expect(found.map((m) => [m.text, m.kind, m.name, m.metonym])).toEqual([
      ["Belarusian authorities", "state", "Belarus", true],
      ["Polish side", "state", "Poland", true],
      ["Latvia's government", "state", "Latvia", true],
    ]);
  });
});
