import { describe, expect, it } from "vitest";
import {
  agencyState,
  borderAgency,
  buildIndex,
  stateNamed,
  stateWordPattern,
} from "../../../../ingest/actors/gazetteer-index.ts";

const ruritania = buildIndex([
  { name: "Ruritania", kind: "state", demonyms: ["Ruritanian"], capital: "Strelsau" },
  { name: "Ruritanian Border Guard", kind: "organization" },
  { name: "Borduria", kind: "state", demonyms: ["Bordurian"] },
]);

describe("the gazetteer index", () => {
  it("names the state of a demonym, a name or a capital", () => {
    expect(stateNamed("Ruritanian", ruritania)).toBe("Ruritania");
    expect(stateNamed("Strelsau", ruritania)).toBe("Ruritania");
    expect(stateNamed("Borduria's", ruritania)).toBe("Borduria");
    expect(stateNamed("Syldavia", ruritania)).toBeUndefined();
    // Longest first, so "Ruritanian" is tried before "Ruritania".
    expect(stateWordPattern(ruritania)).toBe("Ruritanian|Bordurian|Ruritania|Borduria");
  });

  it("finds a state's border agency by its demonym, and the agency's state", () => {
    const state = ruritania.states.get("Ruritania")!;
    const agency = borderAgency(ruritania, state)!;
    expect(agency.name).toBe("Ruritanian Border Guard");
    expect(agencyState(ruritania, agency)).toBe(state);
    expect(borderAgency(ruritania, ruritania.states.get("Borduria")!)).toBeUndefined();
  });
});
