import { describe, expect, it } from "vitest";
import { findGluedNames } from "../../../../ingest/actors/glued-names.ts";
import { findWith, summary } from "./find-with.ts";

describe("findGluedNames", () => {
  it("splits two names glued together after a person cue", () => {
    expect(summary(findWith([findGluedNames], "he met his counterpart AnaLorenz"))).toEqual([
      ["AnaLorenz", "person", "Ana Lorenz"],
    ]);
  });

  it("leaves glued words without a cue and name prefixes alone", () => {
    expect(findWith([findGluedNames], "the new PowerPoint slides")).toEqual([]);
    expect(findWith([findGluedNames], "spokesman McDonald said")).toEqual([]);
  });
});
