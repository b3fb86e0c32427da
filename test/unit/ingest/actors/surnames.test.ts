import { describe, expect, it } from "vitest";
import { findCapitalized } from "../../../../ingest/actors/capitalized.ts";
import { findKnownNames } from "../../../../ingest/actors/known-names.ts";
import { findSurnames } from "../../../../ingest/actors/surnames.ts";
import { findWith } from "./find-with.ts";

const mentions = (text: string) =>
  findWith([findKnownNames, findCapitalized, findSurnames], text).map((m) => [
    m.text,
    m.name,
    !!m.surnameOnly,
  ]);

describe("findSurnames", () => {
  it("reads a surname alone as the person named in full, wherever it stands", () => {
    expect(mentions("Kowalczyk arrived. Minister Jan Kowalczyk said it. Kowalczyk's aide agreed.")).toEqual([
      ["Kowalczyk", "Jan Kowalczyk", true],
      ["Jan Kowalczyk", "Jan Kowalczyk", false],
      ["Kowalczyk", "Jan Kowalczyk", true],
    ]);
  });

  it("keeps a family name with a particle whole and takes a known person's first-written surname", () => {
    expect(mentions("President Ana van der Berg said; van der Berg left.").at(-1)).toEqual([
      "van der Berg",
      "Ana van der Berg",
      true,
    ]);
    expect(mentions("Wang Yi said. Wang left.").at(-1)).toEqual(["Wang", "Wang Yi", true]);
  });

  it("does not take a surname inside a longer word", () => {
    expect(mentions("Minister Jan Kowal said. Kowalski left.").map((m) => m[0])).toEqual(["Jan Kowal"]);
  });
});
