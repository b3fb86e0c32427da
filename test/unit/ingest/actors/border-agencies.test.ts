import { describe, expect, it } from "vitest";
import { placeBorderAgencies, unifyBorderUnits } from "../../../../ingest/actors/border-agencies.ts";
import { findCapitalized } from "../../../../ingest/actors/capitalized.ts";
import { findKnownNames } from "../../../../ingest/actors/known-names.ts";
import { findWith } from "./find-with.ts";

const agencies = (text: string) =>
  findWith([findKnownNames, findCapitalized, placeBorderAgencies, unifyBorderUnits], text)
    .filter((m) => m.kind === "organization")
    .map((m) => [m.text, m.name]);

describe("border agencies", () => {
  it("gives a border agency named without its state to the state the article names", () => {
    expect(agencies("Ukrainian officials said the State Border Guard Service stopped them.")).toEqual([
      ["State Border Guard Service", "State Border Guard Service of Ukraine"],
    ]);
    expect(agencies("Lithuanian officials said the State Border Guard Service stopped them.")).toEqual([
      ["State Border Guard Service", "State Border Guard Service of Lithuania"],
    ]);
  });

  it("reads an unknown border unit as the one agency the article names", () => {
    expect(agencies("The Finnish Border Guard said the Kainuu Border Guard saw them.")).toEqual([
      ["Finnish Border Guard", "Finnish Border Guard"],
      ["Kainuu Border Guard", "Finnish Border Guard"],
    ]);
  });
});
