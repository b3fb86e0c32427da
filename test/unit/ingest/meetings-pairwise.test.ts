// One actor calling or meeting several counterparts is several meetings; a true multi-party
// meeting stays one. Sentences are made up, not taken from any corpus.
import { describe, expect, it } from "vitest";
import { extractArticles } from "../../../ingest/extract.ts";

function meetings(body: string, date: string): [string, string[]][] {
  const extraction = extractArticles([{ id: "a", slug: "a", date, body }]);
  const name = (id: string) => extraction.actors.find((a) => a.id === id)?.name ?? id;
  return extraction.meetings.map((m) => [m.date, m.participants.map(name).sort()]);
}

describe("one-to-many meetings", () => {
  it("splits separate calls with several counterparts into one call each with the caller", () => {
    const body =
      "Foreign Minister Dmytro Kuleba held separate phone calls with Antony Blinken, Annalena Baerbock and Catherine Colonna on Friday.";
    expect(meetings(body, "2022-03-05")).toEqual([
      ["2022-03-04", ["Annalena Baerbock", "Dmytro Kuleba"]],
      ["2022-03-04", ["Antony Blinken", "Dmytro Kuleba"]],
      ["2022-03-04", ["Catherine Colonna", "Dmytro Kuleba"]],
    ]);
  });

  it("splits 'met A and then B' and 'talked with A and B' into pairs with the initiator", () => {
    expect(
      meetings(
        "Olaf Scholz met Emmanuel Macron in Paris on Monday and then Giorgia Meloni in Rome.",
        "2023-03-08",
      ),
    ).toEqual([
      ["2023-03-06", ["Emmanuel Macron", "Olaf Scholz"]],
      ["2023-03-06", ["Giorgia Meloni", "Olaf Scholz"]],
    ]);
    expect(
      meetings("Josep Borrell talked with Gitanas Nausėda and Andrzej Duda on Tuesday.", "2021-11-25"),
    ).toEqual([
      ["2021-11-23", ["Andrzej Duda", "Josep Borrell"]],
      ["2021-11-23", ["Gitanas Nausėda", "Josep Borrell"]],
    ]);
  });

  it("gives 'he also spoke with C' to the person the previous sentence was about", () => {
    const body =
      "Prime Minister Ulf Kristersson had a telephone conversation with Jonas Gahr Støre on Monday. He then talked with Mette Frederiksen and Sanna Marin.";
    expect(meetings(body, "2022-11-16")).toEqual([
      ["2022-11-14", ["Jonas Gahr Støre", "Ulf Kristersson"]],
      ["2022-11-14", ["Mette Frederiksen", "Ulf Kristersson"]],
      ["2022-11-14", ["Sanna Marin", "Ulf Kristersson"]],
    ]);
  });

  it("keeps trilateral talks, a video conference and 'A, B and C met' as one meeting", () => {
    expect(
      meetings(
        "Trilateral talks between Recep Tayyip Erdogan, Vladimir Putin and Iranian President Ebrahim Raisi were held in Tehran on Tuesday.",
        "2022-07-21",
      ),
    ).toEqual([["2022-07-19", ["Ebrahim Raisi", "Recep Tayyip Erdogan", "Vladimir Putin"]]]);
    expect(
      meetings("Emmanuel Macron, Olaf Scholz and Mario Draghi met in Kyiv on Thursday.", "2022-06-17"),
    ).toEqual([["2022-06-16", ["Emmanuel Macron", "Mario Draghi", "Olaf Scholz"]]]);
    expect(
      meetings(
        "Kaja Kallas held a video conference with Ingrida Šimonytė and Krišjānis Kariņš on Monday.",
        "2021-11-10",
      ),
    ).toEqual([["2021-11-08", ["Ingrida Šimonytė", "Kaja Kallas", "Krišjānis Kariņš"]]]);
  });
});
