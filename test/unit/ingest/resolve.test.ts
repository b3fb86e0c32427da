import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/extract-actors.ts";
import { ActorRegistry } from "../../../ingest/resolve.ts";

function ids(text: string, date = "2021-11-17"): string[] {
  const registry = new ActorRegistry();
  return registry.resolveArticle(findMentions(text), date).map((m) => m.actorId);
}

describe("ActorRegistry.resolveArticle", () => {
  it("resolves full name, surname, variant spelling and title to one person", () => {
    const text =
      "Belarusian President Alexander Lukashenko spoke. Lukashenko said so. Lukashenka agreed. The Belarusian leader left.";
    expect(new Set(ids(text))).toEqual(new Set(["alexander-lukashenko"]));
  });

  it("takes a capital used as a government for the state, but not a city after 'in'", () => {
    expect(ids("Minsk said it would respond.")).toEqual(["belarus"]);
    expect(ids("Talks were held in Minsk.")).toEqual([]);
  });

  it("resolves an acronym to its organization", () => {
    expect(ids("The IOM and the UN Refugee Agency met.")).toEqual([
      "international-organization-for-migration",
      "unhcr",
    ]);
  });

  it("links an unknown person's surname to the full name given earlier", () => {
    expect(ids("Spokeswoman Kalina Czwarnog said they were cold. Czwarnog added more.")).toEqual([
      "kalina-czwarnog",
      "kalina-czwarnog",
    ]);
  });

  it("resolves 'the German chancellor' by the article date", () => {
    expect(ids("The German chancellor called.", "2021-11-15")).toEqual(["angela-merkel"]);
    expect(ids("The German chancellor called.", "2022-03-01")).toEqual(["olaf-scholz"]);
  });
});
