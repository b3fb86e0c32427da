import { describe, expect, it } from "vitest";
import { MentionSet, workMeter } from "../../../../ingest/actors/mention-set.ts";

const span = (start: number, end: number, name = `${start}-${end}`) => ({ start, end, name });

describe("MentionSet", () => {
  it("tells whether a span shares a character with a mention, across bucket edges", () => {
    const set = new MentionSet<ReturnType<typeof span>>();
    set.add(span(60, 70));
    expect(set.overlaps(69, 75)).toBe(true);
    expect(set.overlaps(70, 75)).toBe(false);
    expect(set.overlaps(50, 61)).toBe(true);
    expect(set.overlaps(50, 60)).toBe(false);
    expect(set.addIfFree(span(65, 66))).toBe(false);
    expect(set.addIfFree(span(70, 200))).toBe(true);
    expect(set.overlaps(190, 191)).toBe(true);
  });

  it("answers position queries in the order mentions were added, without removed ones", () => {
    const set = new MentionSet<ReturnType<typeof span>>();
    const late = span(10, 20, "late");
    const early = span(0, 9, "early");
    const gone = span(21, 30, "gone");
    set.add(late);
    set.add(early);
    set.add(gone);
    set.remove(gone);
    expect(set.near(0, 30).map((m) => m.name)).toEqual(["late", "early"]);
    expect(set.find(9, 9, (m) => m.end === 9)?.name).toBe("early");
    expect(set.list().map((m) => m.name)).toEqual(["late", "early"]);
  });

  it("looks only at mentions near the span asked about", () => {
    const meter = workMeter();
    const set = new MentionSet<ReturnType<typeof span>>(meter);
    for (let i = 0; i < 10_000; i++) set.add(span(i * 10, i * 10 + 5));
    set.overlaps(50_000, 50_003);
    expect(meter.examined).toBeLessThan(20);
  });
});
