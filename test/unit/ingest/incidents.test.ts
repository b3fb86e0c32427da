import { describe, expect, it } from "vitest";
import { extractArticles, siteCore } from "../../../ingest/extract.ts";

function incidents(body: string, date: string, id = "a"): [string, string][] {
  return extractArticles([{ id, slug: id, date, body }]).incidents.map((i) => [i.date, i.place]);
}

describe("incident rules", () => {
  it("finds swimming, wading and forcing one's way across as crossings, with the place crossed to", () => {
    expect(
      incidents(
        "At least 6,000 people reached Ceuta on Monday, most of them by swimming around the breakwater at Tarajal beach.",
        "2021-05-18",
      ),
    ).toEqual([["2021-05-17", "Tarajal beach"]]);
    expect(
      incidents(
        "On Dec. 11, about 1,500 migrants waded across the Rio Grande into the city in a single night.",
        "2023-01-10",
      ),
    ).toEqual([["2022-12-11", "Rio Grande"]]);
  });

  it("finds attacks on guards as clashes and counts the night for 'overnight'", () => {
    expect(
      incidents(
        "The soldier was attacked on May 28 near the village of Dubicze Cerkiewne, when a man reached through the steel barrier with a knife.",
        "2024-06-07",
      ),
    ).toEqual([["2024-05-28", "Dubicze Cerkiewne village"]]);
    expect(
      incidents(
        "Poland's Border Guard said there were two attempts by large groups of migrants to break through the border fence overnight near the village of Białowieża.",
        "2021-11-10",
      ),
    ).toEqual([["2021-11-10", "Białowieża village"]]);
  });

  it("does not take a demonym for a site, a daily count for an incident or the report's day for the event's", () => {
    expect(
      incidents(
        "Nov. 8 - Migrants march to the border near the Polish village of Kuźnica and try to break through the fence.",
        "2021-11-18",
      ),
    ).toEqual([["2021-11-08", "Kuźnica village"]]);
    expect(
      incidents(
        "The Polish Border Guard said on Friday that 130 people had tried to cross the border illegally in the previous 24 hours.",
        "2024-06-07",
      ),
    ).toEqual([]);
    expect(
      incidents(
        "A soldier who was stabbed through the border fence last month has died, the army announced on Thursday.",
        "2024-06-07",
      ),
    ).toEqual([]);
  });

  it("merges reports of the same day at the same site, with or without the border", () => {
    const a = {
      id: "a",
      slug: "a",
      date: "2021-11-16",
      body: "Police fired tear gas at migrants at the Kuźnica border crossing on the Belarusian-Polish border on Tuesday.",
    };
    const b = {
      id: "b",
      slug: "b",
      date: "2021-11-18",
      body: "Nov. 16 - Polish forces use water cannon against migrants throwing stones at the Kuźnica crossing.",
    };
    const merged = extractArticles([a, b]).incidents;
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources.map((s) => s.article)).toEqual(["a", "b"]);
    expect(siteCore("Kuźnica border crossing")).toBe(siteCore("Kuznica crossing"));
  });
});

describe("incident rules: counts and clashes", () => {
  it("keeps a clash described next to a count of attempts", () => {
    expect(
      incidents(
        "Migrants made several attempts to cross into Poland overnight, police said, with one group throwing stones to break down the fence near the village of Starzyna.",
        "2021-11-13",
      ),
    ).toEqual([["2021-11-13", "Starzyna village"]]);
  });

  it("finds a rush on a port of entry", () => {
    expect(
      incidents(
        "On Nov. 25, hundreds of migrants rushed the San Ysidro port of entry, prompting its closure.",
        "2019-01-02",
      ),
    ).toEqual([["2018-11-25", "San Ysidro port of entry"]]);
  });
});

describe("incident rules: hypotheticals", () => {
  it("reads a modal only in the trigger's own clause", () => {
    expect(
      incidents(
        "Hundreds of migrants tried to force their way across an international bridge between Ciudad Juarez and El Paso on Sunday after rumors spread that the United States would let them in.",
        "2023-03-13",
      ),
    ).toEqual([["2023-03-12", "Ciudad Juarez"]]);
    expect(
      incidents("Lukashenko warned that migrants would storm the border on Monday.", "2021-11-10"),
    ).toEqual([]);
  });

  it("finds guards wounded by stones and warning shots being fired", () => {
    expect(
      incidents(
        "A Polish soldier was wounded by a stone near the village of Kuźnica on Tuesday.",
        "2021-11-10",
      ),
    ).toEqual([["2021-11-09", "Kuźnica village"]]);
    expect(
      incidents(
        "Border guards responded on Monday by firing warning shots near the village of Dubicze Cerkiewne.",
        "2024-06-07",
      ),
    ).toEqual([["2024-06-03", "Dubicze Cerkiewne village"]]);
  });

  it("finds airspace violations, people shot and tasers", () => {
    expect(
      incidents(
        "Poland said two Belarusian military helicopters violated Polish airspace near the village of Białowieża on Tuesday.",
        "2023-08-02",
      ),
    ).toEqual([["2023-08-01", "Białowieża village"]]);
    expect(
      incidents("A migrant was shot near the border with Belarus on Monday, police said.", "2021-11-10"),
    ).toHaveLength(1);
  });

  it("finds stones 'thrown' at officers", () => {
    expect(
      incidents(
        "Polish police said migrants had thrown stones at officers near Kuźnica on Tuesday.",
        "2021-11-17",
      ),
    ).toHaveLength(1);
  });

  it("takes a counted tally on the border for a daily figure, but a count at a named place for an incident", () => {
    expect(
      incidents(
        "The border guard service said that 25 people had tried to cross the border with Poland illegally on Monday.",
        "2021-11-17",
      ),
    ).toEqual([]);
    expect(
      incidents(
        "About 100 migrants tried to cross the border near the village of Czeremcha on Monday.",
        "2021-11-17",
      ),
    ).toEqual([["2021-11-15", "Czeremcha village"]]);
  });
});
