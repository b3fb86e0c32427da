import { describe, expect, it } from "vitest";
import { cameoEntry, codeSelected } from "../../../../ingest/events/cameo.ts";
import { mapEventRow, type MappedRow } from "../../../../ingest/events/map.ts";
import type { EventRow } from "../../../../ingest/events/rows.ts";
import { batchParams } from "../../../../ingest/events/write.ts";

function row(values: Partial<EventRow>): EventRow {
  return {
    dataset: "icews",
    eventId: "1",
    date: "2018-06-01",
    code: "042",
    source: { name: "Angela Merkel", sectors: ["Government"], country: "Germany" },
    target: { name: "Alexander Lukashenko", sectors: ["Government"], country: "Belarus" },
    storyId: "100",
    sentence: 1,
    publisher: "TASS",
    place: "Minsk, Belarus",
    ...values,
  };
}

function mapped(values: Partial<EventRow>): MappedRow {
  const m = mapEventRow(row(values));
  if (typeof m === "string") throw new Error(m);
  return m;
}

describe("CAMEO mapping", () => {
  it("maps 040–046 to meeting kinds and 15x–20x to incident kinds, sub-codes through their parent", () => {
    expect(["040", "041", "042", "043", "044", "045", "046"].map((c) => cameoEntry(c)?.kind)).toEqual([
      "talks",
      "phone_call",
      "visit",
      "visit",
      "summit",
      "other",
      "talks",
    ]);
    expect(cameoEntry("173")).toMatchObject({ type: "incident", kind: "arrest" });
    expect(cameoEntry("1955")).toMatchObject({ type: "incident", kind: "air_strike" });
    expect(cameoEntry("209")).toMatchObject({ kind: "mass_violence" });
  });

  it("selects codes by --codes prefixes", () => {
    expect(codeSelected("193", ["04", "19"])).toBe(true);
    expect(codeSelected("173", ["04", "19"])).toBe(false);
    expect(codeSelected("173", [])).toBe(true);
  });
});

describe("mapEventRow", () => {
  it("makes a meeting with both actors and the Report that coded it", () => {
    const m = mapped({});
    expect(m.fact).toMatchObject({
      type: "meeting",
      id: "meeting-coded-2018-06-01-alexander-lukashenko--angela-merkel-04-minsk-belarus",
      kind: "visit",
      code: "042",
      actors: [
        { id: "angela-merkel", role: "source" },
        { id: "alexander-lukashenko", role: "target" },
      ],
    });
    expect(m.report).toEqual({
      id: "icews-100-1",
      dataset: "icews",
      date: "2018-06-01",
      storyId: "100",
      sentence: 1,
      publisher: "TASS",
      eventId: "1",
    });
  });

  it("gives rows of one event one fact id: either direction, any 04x code, same day and place", () => {
    const a = mapped({});
    const b = mapped({
      code: "043",
      source: row({}).target!,
      target: row({}).source,
      storyId: "200",
      publisher: "BelTA",
    });
    expect(b.fact.id).toBe(a.fact.id);
    expect(b.report.id).not.toBe(a.report.id);
    expect(mapped({ date: "2018-06-02" }).fact.id).not.toBe(a.fact.id);
    expect(mapped({ place: "Berlin, Germany" }).fact.id).not.toBe(a.fact.id);
  });

  it("makes an incident of a 15x–20x row, with one actor when there is no target", () => {
    const m = mapped({ code: "193", target: undefined, eventText: "fight with small arms" });
    expect(m.fact).toMatchObject({
      type: "incident",
      kind: "small_arms_fight",
      id: "incident-coded-2018-06-01-angela-merkel-19-minsk-belarus",
      place: "Minsk, Belarus",
      placeId: "minsk-belarus",
      description: "fight with small arms",
    });
  });

  it("passes over other codes, codes outside --codes and a meeting without two actors", () => {
    expect(mapEventRow(row({ code: "051" }))).toBe("not a meeting or incident code");
    expect(mapEventRow(row({ code: "173" }), { codes: ["04"] })).toBe("not in --codes");
    expect(mapEventRow(row({ target: undefined }))).toBe("meeting without two actors");
    expect(mapEventRow(row({ target: row({}).source }))).toBe("meeting without two actors");
  });

  it("gives a URL-only report (GDELT) an id from the URL", () => {
    const m = mapped({
      dataset: "gdelt",
      storyId: undefined,
      sentence: undefined,
      url: "https://x.example/a",
    });
    expect(m.report.id).toMatch(/^gdelt-url-[0-9a-f]{16}$/);
  });
});

describe("batchParams", () => {
  it("aggregates a batch's rows of one event into one fact with every code and report", () => {
    const a = mapped({});
    const b = mapped({ code: "041", storyId: "200", publisher: "BelTA" });
    const params = batchParams([a, b, a]);
    expect(params.meetings).toHaveLength(1);
    expect(params.meetings[0]).toMatchObject({
      codes: ["042", "041"],
      reports: ["icews-100-1", "icews-200-1"],
    });
    expect(params.reports.map((r) => r.id)).toEqual(["icews-100-1", "icews-200-1"]);
    expect(params.actors.map((x) => x.id)).toEqual(["angela-merkel", "alexander-lukashenko"]);
  });
});
