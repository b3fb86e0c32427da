import { describe, expect, it } from "vitest";
import { findKnownNames } from "../../../../ingest/actors/known-names.ts";
import { markOwners } from "../../../../ingest/actors/owners.ts";
import { findWith } from "./find-with.ts";

const owners = (text: string) => findWith([findKnownNames, markOwners], text).map((m) => [m.text, !!m.owner]);

describe("markOwners", () => {
  it("marks a person named only as the owner of a regime or an office", () => {
    expect(owners("Lukashenko's regime and the regime of Lukashenka")).toEqual([
      ["Lukashenko", true],
      ["Lukashenka", true],
    ]);
    expect(owners("Lukashenko said")).toEqual([["Lukashenko", false]]);
  });
});
