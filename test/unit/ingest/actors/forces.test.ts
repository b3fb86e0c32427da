import { describe, expect, it } from "vitest";
import { findForces } from "../../../../ingest/actors/forces.ts";
import { findWith, summary } from "./find-with.ts";

const forces = (text: string) => summary(findWith([findForces], text));

describe("findForces", () => {
  it("reads a demonym and a force noun as one group per state, whatever the noun", () => {
    expect(forces("Polish riot police and Polish soldiers pushed back Lithuanian servicemen.")).toEqual([
      ["Polish riot police", "group", "Polish security forces"],
      ["Polish soldiers", "group", "Polish security forces"],
      ["Lithuanian servicemen", "group", "Lithuanian security forces"],
    ]);
  });

  it("reads a state's border guards as its border agency when the gazetteer knows one", () => {
    expect(forces("Latvia's border guards turned back a group.")).toEqual([
      ["Latvia's border guards", "organization", "State Border Guard of Latvia"],
    ]);
  });

  it("does not take a lower-case word for a demonym", () => {
    expect(forces("Workers polish soldiers' boots.")).toEqual([]);
  });
});
