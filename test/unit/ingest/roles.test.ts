import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/extract-actors.ts";
import { extractArticles } from "../../../ingest/extract.ts";
import { ActorRegistry, roleFits } from "../../../ingest/resolve.ts";

function ids(text: string, date: string): string[] {
  return new ActorRegistry().resolveArticle(findMentions(text), date).map((m) => m.actorId);
}

function meetings(body: string, date: string): [string, string[]][] {
  const extraction = extractArticles([{ id: "a", slug: "a", date, body }]);
  return extraction.meetings.map((m) => [m.date, m.participants]);
}

describe("role references", () => {
  it("resolves bare titles to the article's person with that office", () => {
    const text =
      "European Commissioner for Home Affairs Ylva Johansson arrived. Earlier in the day, the Commissioner held talks with Minister of the Interior Agnė Bilotaitė.";
    expect(ids(text, "2021-08-02")).toEqual(["ylva-johansson", "ylva-johansson", "agne-bilotaite"]);
  });

  it("reads possessive and 'of <State>' roles but resolves them only to people the article names", () => {
    expect(ids("Mateusz Morawiecki spoke. Poland's prime minister said more.", "2021-11-10")).toEqual([
      "mateusz-morawiecki",
      "poland",
      "mateusz-morawiecki",
    ]);
    expect(ids("Germany's top diplomat said the key lies in Moscow.", "2021-10-21")).toEqual(["germany"]);
    expect(ids("Angela Merkel spoke. The prime minister of Poland replied.", "2021-11-10")).not.toContain(
      "mateusz-morawiecki",
    );
  });

  it("resolves organization roles and 'his counterpart' through offices", () => {
    expect(ids("Josep Borrell spoke. The EU's foreign policy chief said more.", "2021-11-14")).toEqual([
      "josep-borrell",
      "european-union",
      "josep-borrell",
    ]);
    const text =
      "Ingrida Šimonytė spoke. Kaja Kallas agreed. The Polish PM Mateusz Morawiecki arrived and met his Lithuanian counterpart in Vilnius.";
    expect(ids(text, "2021-11-21").slice(-2)).toEqual(["mateusz-morawiecki", "ingrida-simonyte"]);
  });

  it("fits generic roles to offices", () => {
    expect(roleFits("minister", "interior minister")).toBe(true);
    expect(roleFits("minister", "prime minister")).toBe(false);
    expect(roleFits("commissioner", "home affairs commissioner")).toBe(true);
    expect(roleFits("foreign minister", "foreign policy chief")).toBe(true);
  });

  it("splits a meeting in a leading 'After ...' clause from the main clause's meeting", () => {
    const body =
      "Ingrida Šimonytė spoke on Sunday. After having met with Estonian PM Kaja Kallas in the morning, the Polish PM Mateusz Morawiecki continued his tour by meeting with his Lithuanian counterpart in Vilnius.";
    expect(meetings(body, "2021-11-21")).toEqual([
      ["2021-11-21", ["ingrida-simonyte", "mateusz-morawiecki"]],
      ["2021-11-21", ["kaja-kallas", "mateusz-morawiecki"]],
    ]);
  });
});
