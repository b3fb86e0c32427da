import { describe, expect, it } from "vitest";
import { corroborationLevels, legendKeys } from "../../../../client/embed/legend.ts";

describe("legendKeys", () => {
  it("lists actor subtypes and other kinds present, in a fixed order", () => {
    const keys = legendKeys([
      { kind: "place", subtype: null },
      { kind: "actor", subtype: "group" },
      { kind: "meeting", subtype: "phone_call" },
      { kind: "actor", subtype: "person" },
    ]);
    expect(keys).toEqual(["person", "group", "meeting", "place"]);
  });
});

describe("corroborationLevels", () => {
  it("puts each pair's number of sources in its shade, 3 and more together", () => {
    expect(corroborationLevels([1, 1])).toEqual([0]);
    expect(corroborationLevels([5, 2, 3])).toEqual([1, 2]);
    expect(corroborationLevels([])).toEqual([]);
  });
});
