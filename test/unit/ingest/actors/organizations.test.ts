import { describe, expect, it } from "vitest";
import { findCapitalized } from "../../../../ingest/actors/capitalized.ts";
import { findKnownNames } from "../../../../ingest/actors/known-names.ts";
import { canonicalOrganization } from "../../../../ingest/actors/organizations.ts";
import { findWith, summary } from "./find-with.ts";

const orgs = (text: string) => summary(findWith([findKnownNames, findCapitalized], text));

describe("organizations by head noun", () => {
  it("keeps the demonym before the name and 'of <State>' after it", () => {
    expect(orgs("the Lithuanian Fisheries Agency of Latvia said")).toEqual([
      ["Lithuanian Fisheries Agency of Latvia", "organization", "Lithuanian Fisheries Agency of Latvia"],
    ]);
  });

  it("takes a known acronym before the name into it (a sub-body)", () => {
    expect(orgs("at the OSCE Ministerial Council in Vienna")).toEqual([
      ["OSCE Ministerial Council", "organization", "OSCE Ministerial Council"],
    ]);
  });

  it("reads a border unit as the state's border agency and leaves media out", () => {
    expect(orgs("Latvia Kurzeme Border Guard District said")).toEqual([
      ["Latvia", "state", "Latvia"],
      ["Kurzeme Border Guard District", "organization", "State Border Guard of Latvia"],
    ]);
    expect(orgs("the Fishermen News Service reported")).toEqual([]);
  });

  it("names a state's ministry the same way however it is written", () => {
    expect(canonicalOrganization("Ministry of Foreign Affairs of the Republic of Latvia")).toBe(
      "Latvian Ministry of Foreign Affairs",
    );
    expect(canonicalOrganization("Defence Ministry of Estonia")).toBe("Estonian Ministry of Defence");
    expect(canonicalOrganization("Ministry of Fisheries of Atlantis")).toBe(
      "Ministry of Fisheries of Atlantis",
    );
  });
});
