import { describe, expect, it } from "vitest";
import { findOrganizationRoles } from "../../../../ingest/actors/organization-roles.ts";
import { findWith } from "./find-with.ts";

const roles = (text: string) => findWith([findOrganizationRoles], text).map((m) => [m.text, m.role]);

describe("findOrganizationRoles", () => {
  it("reads the office holders of the EU, NATO and the European Council", () => {
    expect(roles("The EU's foreign policy chief and NATO's secretary general spoke.")).toEqual([
      ["foreign policy chief", { role: "foreign minister", state: "European Union" }],
      ["secretary general", { role: "secretary general", state: "NATO" }],
    ]);
    expect(roles("the head of the European Council said")).toEqual([
      ["head", { role: "european council president", state: "European Union" }],
    ]);
  });

  it("leaves a role followed by the holder's name to the name rules", () => {
    expect(roles("the European Commission president, Ana Lorenz, said")).toEqual([]);
  });
});
