import { describe, expect, it } from "vitest";
import { mapQuery } from "../../../../client/map/map-mode.ts";

describe("mapQuery", () => {
  const all = { kinds: ["actor", "meeting", "incident", "place"], from: "", to: "", minSources: 1 };

  it("asks for every placed fact when nothing narrows the explorer", () => {
    expect(mapQuery(all)).toBe("/api/map?limit=10000");
  });

  it("passes the explorer's time, sources and event kinds on", () => {
    expect(
      mapQuery({ kinds: ["actor", "incident"], from: "2021-11-10", to: "2021-11-20", minSources: 2 }),
    ).toBe("/api/map?kinds=incident&from=2021-11-10&to=2021-11-20&minSources=2&limit=10000");
  });

  it("asks for no point when neither meetings nor incidents are shown", () => {
    expect(mapQuery({ ...all, kinds: ["actor", "place"] })).toBe("/api/map?kinds=actor&limit=10000");
  });
});
