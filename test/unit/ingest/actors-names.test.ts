// How persons are told from places and from each other. Sentences are made up.
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/extract-actors.ts";
import { extractArticles } from "../../../ingest/extract.ts";
import { ActorRegistry } from "../../../ingest/resolve.ts";

const names = (text: string) => findMentions(text).map((m) => m.name);
const persons = (text: string) =>
  findMentions(text)
    .filter((m) => m.kind === "person")
    .map((m) => m.name);

function ids(text: string, date: string): string[] {
  return new ActorRegistry().resolveArticle(findMentions(text), date).map((m) => m.actorId);
}

function meetings(body: string, date: string): [string, string[]][] {
  const extraction = extractArticles([{ id: "a", slug: "a", date, body }]);
  const name = (id: string) => extraction.actors.find((a) => a.id === id)?.name ?? id;
  return extraction.meetings.map((m) => [m.date, m.participants.map(name).sort()]);
}

describe("person names", () => {
  it("reads an initial without a period and military ranks", () => {
    expect(persons("Defence minister R Kumar said the talks went well.")).toEqual(["R Kumar"]);
    expect(persons("Col D Sharma, who led the patrol, was injured.")).toEqual(["D Sharma"]);
  });

  it("splits two names glued together after a person cue", () => {
    expect(persons("He met his Moldovan counterpart MaiaSandu in Chisinau.")).toEqual(["Maia Sandu"]);
  });

  it("takes a surname used alone as a person when the text treats it as one", () => {
    const body =
      "Kessler arrived in Vienna on Monday for talks. Kessler then met Foreign Minister Alexander Schallenberg at the ministry.";
    expect(meetings(body, "2022-05-10")).toEqual([["2022-05-09", ["Alexander Schallenberg", "Kessler"]]]);
  });

  it("does not take another person's first name for a known surname", () => {
    expect(persons("The Lebanese official Michel Khoury received the envoy.")).toEqual(["Michel Khoury"]);
  });

  it("does not take a capital or a region after 'in' for a person", () => {
    expect(persons("The defence ministry in Phnom Penh said one soldier died.")).toEqual([]);
    expect(persons("Officials in Nakhon Ratchasima said the road was closed.")).toEqual([]);
    expect(names("The defence ministry in Phnom Penh said one soldier died.")).toContain(
      "Cambodian Ministry of Defence",
    );
  });
});

describe("persons named by office", () => {
  it("resolves a demonym and an office on the article's date through the office-holder list", () => {
    expect(ids("The Thai prime minister said the border was calm.", "2024-01-10")).toEqual([
      "srettha-thavisin",
    ]);
  });

  it("resolves 'the presidents of A and B' and 'the prime minister of C' to persons the article names later", () => {
    const body =
      "A meeting of the prime minister of Armenia and the presidents of Azerbaijan and France began in Prague on Thursday. It was the first time Pashinyan and Aliyev sat at one table since the war; Emmanuel Macron chaired it.";
    expect(meetings(body, "2022-10-07")).toEqual([
      ["2022-10-06", ["Emmanuel Macron", "Ilham Aliyev", "Nikol Pashinyan"]],
    ]);
  });
});
