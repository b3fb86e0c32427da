import { describe, expect, it } from "vitest";
import { findCapitalized } from "../../../../ingest/actors/capitalized.ts";
import { findKnownNames } from "../../../../ingest/actors/known-names.ts";
import { findWith } from "./find-with.ts";

const persons = (text: string) =>
  findWith([findKnownNames, findCapitalized], text)
    .filter((m) => m.kind === "person")
    .map((m) => [m.name, m.title, m.role]);

describe("persons by title, cue, first name or speech verb", () => {
  it("takes title words as the title and the role, with a possessive state before them", () => {
    expect(persons("Lithuanian Foreign Minister Ona Vaitkute arrived.")).toEqual([
      ["Ona Vaitkute", "Lithuanian Foreign Minister", { role: "foreign minister" }],
    ]);
    expect(persons("Poland's Interior Minister Jan Kowalczyk spoke.")).toEqual([
      ["Jan Kowalczyk", "Polish Interior Minister", { role: "interior minister", state: "Poland" }],
    ]);
  });

  it("reads the role from a title phrase before the name", () => {
    expect(persons("the Minister of Fisheries, Ona Vaitkute, said")).toEqual([
      ["Ona Vaitkute", undefined, { role: "minister" }],
    ]);
  });

  it("needs a cue: a title, a lower-case cue word, a first name or a speech verb", () => {
    expect(persons("spokesman Piotr Nowicki confirmed it")).toEqual([
      ["Piotr Nowicki", undefined, undefined],
    ]);
    expect(persons("Zbigniew Qorvath said")).toEqual([["Zbigniew Qorvath", undefined, undefined]]);
    expect(persons("Qwert Zyx said")).toEqual([["Qwert Zyx", undefined, undefined]]);
    expect(persons("Qwert Zyx was there")).toEqual([]);
  });

  it("takes no place or building for a person", () => {
    expect(persons("talks with the President at the Maximos Mansion")).toEqual([]);
    expect(persons("officials in Nakhon Ratchasima met")).toEqual([]);
  });

  it("takes one name after a monarch's title", () => {
    expect(persons("King Otakar VII said")).toEqual([["Otakar VII", "King", { role: "king" }]]);
  });
});
