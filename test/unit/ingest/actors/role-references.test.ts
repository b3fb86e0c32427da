import { describe, expect, it } from "vitest";
import { findRoleReferences } from "../../../../ingest/actors/role-references.ts";
import { findWith } from "./find-with.ts";

const refs = (text: string) =>
  findWith([findRoleReferences], text).map((m) => [m.text, m.kind, m.role, !!m.localOnly]);

describe("findRoleReferences", () => {
  it("reads a role after a demonym as a reference to whoever held it", () => {
    expect(refs("The Belarusian president spoke.")).toEqual([
      ["The Belarusian president", "person", { role: "president", state: "Belarus" }, false],
    ]);
  });

  it("keeps a possessive state as its own mention and resolves the role only to named persons", () => {
    expect(refs("Poland's top diplomat arrived.")).toEqual([
      ["Poland", "state", undefined, false],
      ["top diplomat", "person", { role: "foreign minister", state: "Poland" }, true],
    ]);
    expect(refs("He met the prime minister of Latvia.")).toEqual([
      ["the prime minister", "person", { role: "prime minister", state: "Latvia" }, true],
    ]);
    expect(refs("She called her Lithuanian counterpart.")).toEqual([
      ["her Lithuanian counterpart", "person", { role: "counterpart", state: "Lithuania" }, true],
    ]);
  });

  it("leaves out a role followed by a name, a fuller title or 'former'", () => {
    expect(refs("the President Duda said")).toEqual([]);
    expect(refs("the Minister of the Interior said")).toEqual([]);
    expect(refs("the former Latvian president said")).toEqual([]);
    expect(refs("his president said")).toEqual([]);
  });
});
