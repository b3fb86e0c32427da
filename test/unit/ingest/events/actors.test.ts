import { describe, expect, it } from "vitest";
import { resolveEventActor } from "../../../../ingest/events/actors.ts";

const actor = (name: string, sectors: string[] = [], country?: string) =>
  resolveEventActor({ name, sectors, country });

describe("resolveEventActor", () => {
  it("gives a known person the id articles give them", () => {
    expect(actor("Angela Merkel", ["Executive", "Government"], "Germany")).toMatchObject({
      id: "angela-merkel",
      kind: "person",
      country: "Germany",
      sectors: ["Executive", "Government"],
    });
    // ICEWS writes full names; the lexicon the short form.
    expect(actor("Dmitry Anatolyevich Medvedev", ["Government"], "Russian Federation")).toMatchObject({
      id: "dmitry-medvedev",
      name: "Dmitry Medvedev",
      country: "Russia",
    });
  });

  it("makes a sector actor an organization of its country, an unnamed crowd a group", () => {
    expect(actor("Foreign Affairs (Bangladesh)", ["Executive", "Foreign Ministry"], "Bangladesh")).toEqual({
      id: "foreign-affairs-bangladesh",
      name: "Foreign Affairs (Bangladesh)",
      kind: "organization",
      country: "Bangladesh",
      sectors: ["Executive", "Foreign Ministry"],
    });
    expect(actor("Citizen (Japan)", ["General Population / Civilian / Social"], "Japan").kind).toBe("group");
  });

  it("makes a country a state under its lexicon name, and a region with no sectors a group", () => {
    expect(actor("Russian Federation", [], "Russian Federation")).toMatchObject({
      id: "russia",
      kind: "state",
    });
    expect(actor("Ruritania", [], "Ruritania")).toMatchObject({
      id: "ruritania",
      kind: "state",
      country: "Ruritania",
    });
    expect(actor("Southeast Asia").kind).toBe("group");
  });

  it("tells named organizations from unknown persons", () => {
    expect(actor("Israeli Defense Forces", ["Military"], "Israel").kind).toBe("organization");
    expect(actor("Taliban", ["Insurgents"], "Afghanistan").kind).toBe("group");
    expect(actor("G7", ["International Government Organization"]).kind).toBe("organization");
    expect(actor("Kokhir Rasulzoda", ["Government"], "Tajikistan").kind).toBe("person");
  });

  it("names GDELT's country-named sector actor as the country's police, not the state", () => {
    expect(
      resolveEventActor({ name: "Poland", sectors: ["Police"], country: "POL", sectorName: "Police" }),
    ).toMatchObject({ id: "police-poland", name: "Police (Poland)", kind: "organization" });
  });
});
