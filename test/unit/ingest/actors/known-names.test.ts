import { describe, expect, it } from "vitest";
import { findKnownNames } from "../../../../ingest/actors/known-names.ts";
import { findWith } from "./find-with.ts";

const known = (text: string) =>
  findWith([findKnownNames], text).map((m) => [m.text, m.name, !!m.metonym, !!m.surnameOnly]);

describe("findKnownNames", () => {
  it("reads names, aliases and a capital acting as its government", () => {
    expect(known("Minsk said Lukashenka had called the IOM.")).toEqual([
      ["Minsk", "Belarus", true, false],
      ["Lukashenka", "Alexander Lukashenko", false, true],
      ["IOM", "International Organization for Migration", false, false],
    ]);
  });

  it("reads a capital after 'in' or before another name as the city, not the government", () => {
    expect(known("They met in Minsk.")).toEqual([]);
    expect(known("under the Minsk agreements")).toEqual([]);
  });

  it("does not take a known surname beside another given name for the known person", () => {
    expect(known("Michel Khoury, a trader, said")).toEqual([]);
    expect(known("the farmer Tomas Merkel said")).toEqual([]);
  });
});
