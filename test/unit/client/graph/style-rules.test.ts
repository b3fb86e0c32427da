// Styling rules and captions (#20): the URL form of a rule, the state round trip, and event captions.
import { describe, expect, it } from "vitest";
import { shortDate } from "../../../../client/dates.ts";
import { caption } from "../../../../client/graph/captions.ts";
import { formatStyleRule, parseStyleRule } from "../../../../client/graph/style-rules.ts";
import { readState, writeState } from "../../../../client/state.ts";

describe("styling rules in the URL", () => {
  it("reads and writes size and colour properties, dropping unknown ones", () => {
    expect(parseStyleRule("size:degree,color:date")).toEqual({ size: "degree", color: "date" });
    expect(parseStyleRule("size:weight,color:confidence,shape:x")).toEqual({ color: "confidence" });
    expect(formatStyleRule({ size: "sources" })).toBe("size:sources");
    expect(formatStyleRule(undefined)).toBe("");
  });

  it("keeps the rule through the explorer state and leaves no style= without one", () => {
    const state = { ...readState(""), style: { size: "degree" as const, color: "date" as const } };
    expect(writeState(state)).toBe("?style=size%3Adegree%2Ccolor%3Adate");
    expect(readState(writeState(state)).style).toEqual(state.style);
    expect(readState("?style=bogus").style).toBeUndefined();
    expect(writeState(readState("?style=bogus"))).toBe("");
  });
});

describe("captions", () => {
  it("captions meetings and incidents by kind and date, and nothing else", () => {
    expect(caption({ kind: "meeting", subtype: "phone_call", date: "2021-11-15" })).toBe(
      "call · 15 Nov 2021",
    );
    expect(caption({ kind: "meeting", subtype: "summit", date: "2022-01-02" })).toBe("summit · 2 Jan 2022");
    expect(caption({ kind: "incident", subtype: "shots_fired", date: "2021-11-08" })).toBe(
      "shots fired · 8 Nov 2021",
    );
    expect(caption({ kind: "actor", subtype: "person", label: "Angela Merkel" })).toBeUndefined();
    expect(shortDate("not a date")).toBe("not a date");
  });
});
