import { describe, expect, it } from "vitest";
import { findQuotedOrganizations } from "../../../../ingest/actors/quoted-organizations.ts";
import { findWith, summary } from "./find-with.ts";

describe("findQuotedOrganizations", () => {
  it("names an organization quoted after its type; a foundation keeps the word", () => {
    const text = 'the aid group “Green Border” and the foundation "Ocalenie" helped';
    expect(summary(findWith([findQuotedOrganizations], text))).toEqual([
      ["Green Border", "organization", "Green Border"],
      ["Ocalenie", "organization", "Ocalenie Foundation"],
    ]);
  });
});
