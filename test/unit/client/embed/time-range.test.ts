import { describe, expect, it } from "vitest";
import { dateInRange, eventDates, visibleIds } from "../../../../client/embed/time-range.ts";

const nodes = [
  { id: "actor:lukashenko", kind: "actor" },
  { id: "actor:merkel", kind: "actor" },
  { id: "actor:lappo", kind: "actor" },
  { id: "meeting:a", kind: "meeting", date: "2021-11-15" },
  { id: "meeting:b", kind: "meeting", date: "2021-11-17" },
  { id: "incident:c", kind: "incident", date: "2021-12-02" },
  { id: "place:bruzgi", kind: "place" },
];
const edges = [
  { source: "actor:lukashenko", target: "meeting:a" },
  { source: "actor:merkel", target: "meeting:a" },
  { source: "actor:lukashenko", target: "meeting:b" },
  { source: "actor:lappo", target: "incident:c" },
  { source: "incident:c", target: "place:bruzgi" },
];

describe("dateInRange", () => {
  it("compares on the precision of the bounds, so to=2021-11 includes 30 November", () => {
    expect(dateInRange("2021-11-30", { to: "2021-11" })).toBe(true);
    expect(dateInRange("2021-12-01", { to: "2021-11" })).toBe(false);
    expect(dateInRange("2021-10-31", { from: "2021-11" })).toBe(false);
    expect(dateInRange("2021-11-01", { from: "2021", to: "2021" })).toBe(true);
  });
});

describe("visibleIds", () => {
  it("keeps everything without a range", () => {
    expect(visibleIds(nodes, edges, {}).size).toBe(nodes.length);
  });

  it("hides events outside the range and actors and places left without a visible event", () => {
    const visible = visibleIds(nodes, edges, { from: "2021-11-16", to: "2021-11-30" });
    expect([...visible].sort()).toEqual(["actor:lukashenko", "meeting:b"]);
  });
});

describe("eventDates", () => {
  it("lists distinct event dates in order", () => {
    expect(eventDates([...nodes, { id: "meeting:d", kind: "meeting", date: "2021-11-15" }])).toEqual([
      "2021-11-15",
      "2021-11-17",
      "2021-12-02",
    ]);
  });
});
