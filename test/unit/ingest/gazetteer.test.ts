import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/extract-actors.ts";
import { GAZETTEER } from "../../../ingest/gazetteer.ts";
import { ActorRegistry } from "../../../ingest/resolve.ts";

function ids(text: string, date: string): string[] {
  return new ActorRegistry().resolveArticle(findMentions(text), date).map((m) => m.actorId);
}

describe("gazetteer", () => {
  it("has well-formed office terms", () => {
    for (const a of GAZETTEER)
      for (const o of a.offices ?? []) {
        if (o.from) expect(o.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (o.to) expect(o.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (o.from && o.to) expect(o.from < o.to, `${a.name} ${o.role}`).toBe(true);
      }
  });

  it("knows transliterations of Belarusian names", () => {
    expect(
      ids("Alaksandr Łukaszenka said. Raman Halouchanka and Uladzimer Makey agreed.", "2021-11-26"),
    ).toEqual(["alexander-lukashenko", "roman-golovchenko", "vladimir-makei"]);
  });

  it("resolves titles by the office held on the article's date", () => {
    expect(ids("The Latvian prime minister spoke.", "2023-11-01")).toEqual(["evika-silina"]);
    expect(ids("The Latvian prime minister spoke.", "2022-11-01")).toEqual(["krisjanis-karins"]);
    expect(ids("The Greek president spoke.", "2023-12-07")).toEqual(["katerina-sakellaropoulou"]);
  });

  it("does not take a known surname after another first name for the known person", () => {
    expect(ids("Jari Rantanen said so. Interior Minister Mari Rantanen disagreed.", "2023-11-20")).toEqual([
      "jari-rantanen",
      "mari-rantanen",
    ]);
  });
});
