import { describe, expect, it } from "vitest";
import { findConnectedOrganizations } from "../../../../ingest/actors/connected-organizations.ts";
import { findKnownNames } from "../../../../ingest/actors/known-names.ts";
import { findWith } from "./find-with.ts";

const names = (text: string) =>
  findWith([findKnownNames, findConnectedOrganizations], text).map((m) => m.name);

describe("findConnectedOrganizations", () => {
  it("joins an organization name over 'of', 'for' and 'and', with the state at its tail", () => {
    expect(names("the Operational Command of the Armed Forces said")).toEqual([
      "Operational Command of the Armed Forces",
    ]);
    expect(names("the Ministry of Foreign Affairs of the Republic of Latvia")).toEqual([
      "Latvian Ministry of Foreign Affairs",
    ]);
    expect(names("the Ministry of Interior and Administration")).toEqual([
      "Ministry of Interior and Administration",
    ]);
  });

  it("does not join two bodies over 'and', nor run into a person's title", () => {
    expect(names("the Police and the Armed Forces")).toEqual([]);
    expect(names("Ministry of Fisheries Spokesperson Ona Vaitkute")).toEqual(["Ministry of Fisheries"]);
  });
});
