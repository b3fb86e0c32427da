import { describe, expect, it } from "vitest";
import { findLoneSurnames } from "../../../../ingest/actors/lone-surnames.ts";
import { findWith } from "./find-with.ts";

const lone = (text: string) => findWith([findLoneSurnames], text).map((m) => [m.text, m.kind]);

describe("findLoneSurnames", () => {
  it("reads a surname used twice, once as only a person is, as a person", () => {
    expect(lone("Kessler arrived in Vienna. Later Kessler met the envoy.")).toEqual([
      ["Kessler", "person"],
      ["Kessler", "person"],
    ]);
  });

  it("needs two uses and a person's cue, and never takes a common word", () => {
    expect(lone("Kessler arrived in Vienna.")).toEqual([]);
    expect(lone("Kessler is a town. Kessler has a bridge.")).toEqual([]);
    expect(lone("Bridge arrived. Bridge met them. The bridge fell.")).toEqual([]);
  });
});
