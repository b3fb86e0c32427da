// Incident places are canonical: a named site or the border between two states, so reports in
// different words resolve to one incident. Sentences and most places are made up.
import { describe, expect, it } from "vitest";
import { extractArticles } from "../../../ingest/extract.ts";

function incidents(body: string, date: string): [string, string, string][] {
  return extractArticles([{ id: "a", slug: "a", date, body }]).incidents.map((i) => [
    i.date,
    i.kind,
    i.place,
  ]);
}

describe("incident places", () => {
  it("takes the border between the two states on either side when no border is named", () => {
    const a = {
      id: "a",
      slug: "a",
      date: "2025-05-29",
      body: "Thai and Cambodian soldiers exchanged fire near the village of Ban Nong Ya on Wednesday.",
    };
    const b = {
      id: "b",
      slug: "b",
      date: "2025-05-30",
      body: "Cambodian troops clashed with Thai soldiers at the border on Wednesday, officials said.",
    };
    const merged = extractArticles([a, b]).incidents;
    expect(merged.map((i) => [i.id, i.place])).toEqual([
      ["incident-2025-05-28-cambodia-thailand-border", "Ban Nong Ya village"],
    ]);
    expect(merged[0]!.sources.map((s) => s.article)).toEqual(["a", "b"]);
  });

  it("reads valleys, areas and 'X, a village' as named sites", () => {
    expect(
      incidents(
        "Gunmen opened fire on a patrol in Velika Hoča, a village near the border with Serbia, on Sunday.",
        "2023-10-02",
      ),
    ).toEqual([["2023-10-01", "shots_fired", "Velika Hoča"]]);
    expect(
      incidents("Sudanese troops were ambushed in the al-Qallabat area on Saturday.", "2021-12-20"),
    ).toEqual([["2021-12-18", "clash", "al-Qallabat area"]]);
    expect(
      incidents(
        "Two soldiers were killed in a clash with Pakistani troops in the upper Neelum valley on Monday.",
        "2019-03-06",
      ),
    ).toEqual([["2019-03-04", "clash", "Neelum valley"]]);
  });

  it("gives a named place of the lexicon its border", () => {
    const found = extractArticles([
      { id: "a", slug: "a", date: "2021-01-26", body: "Troops clashed near Pangong Lake on Monday." },
    ]).incidents;
    expect(found.map((i) => [i.id, i.place])).toEqual([
      ["incident-2021-01-25-china-india-border", "Pangong Lake"],
    ]);
  });

  it("does not take a state named as a destination for one side of the border", () => {
    const found = extractArticles([
      {
        id: "a",
        slug: "a",
        date: "2021-11-17",
        body: "Migrants trying to reach Germany threw stones at Polish police near the Bruzgi crossing on Tuesday.",
      },
    ]).incidents;
    expect(found.map((i) => i.id)).toEqual(["incident-2021-11-16-belarus-poland-border"]);
  });
});

describe("incident vocabulary and days", () => {
  it("finds shelling, mortar fire, shoot-outs and a confrontation that occurred", () => {
    expect(
      incidents("Afghan forces shelled a Pakistani border town on Sunday, the army said.", "2022-12-12"),
    ).toEqual([["2022-12-11", "shots_fired", "Pakistani border"]]);
    expect(
      incidents("Militants fired mortars toward the Torkham border crossing on Thursday.", "2023-09-08"),
    ).toEqual([["2023-09-07", "shots_fired", "Torkham border crossing"]]);
    expect(
      incidents(
        "The confrontation occurred early Tuesday near the Ta Krabey temple on the Thai-Cambodian border.",
        "2025-02-13",
      ),
    ).toEqual([["2025-02-11", "clash", "Ta Krabey temple"]]);
  });

  it("takes soldiers crossing into another state for a border violation on the border between them", () => {
    expect(
      extractArticles([
        {
          id: "a",
          slug: "a",
          date: "2018-10-25",
          body: "About twenty Venezuelan soldiers crossed the Cuyuni river into Guyana on Tuesday.",
        },
      ]).incidents.map((i) => i.id),
    ).toEqual(["incident-2018-10-23-guyana-venezuela-border"]);
    expect(
      incidents(
        "About twenty Venezuelan soldiers crossed the Cuyuni river into Guyana on Tuesday.",
        "2018-10-25",
      ),
    ).toEqual([["2018-10-23", "border_violation", "Cuyuni river"]]);
  });

  it("dates 'during the night' and a present perfect by the article, a past perfect report not at all", () => {
    expect(
      incidents("During the night, clashes broke out on the Armenian-Azerbaijani border.", "2022-09-13"),
    ).toEqual([["2022-09-13", "clash", "Armenian-Azerbaijani border"]]);
    expect(incidents("Clashes on the Kyrgyz-Tajik border have left two people dead.", "2021-04-30")).toEqual([
      ["2021-04-30", "clash", "Kyrgyz-Tajik border"],
    ]);
    expect(
      incidents(
        "In a statement on Tuesday, the army said two soldiers had been killed at the Kyrgyz-Tajik border.",
        "2021-04-30",
      ),
    ).toEqual([]);
  });
});
