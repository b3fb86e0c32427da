// Who reports a meeting is not in it: spokespeople, offices, agencies and "according to" sources.
// Sentences are made up, not taken from any corpus.
import { describe, expect, it } from "vitest";
import { extractArticles } from "../../../ingest/extract.ts";

function meetings(body: string, date: string): [string, string[]][] {
  const extraction = extractArticles([{ id: "a", slug: "a", date, body }]);
  const name = (id: string) => extraction.actors.find((a) => a.id === id)?.name ?? id;
  return extraction.meetings.map((m) => [m.date, m.participants.map(name).sort()]);
}

describe("reporting verbs and attributions", () => {
  it("does not make an 'according to' source a participant", () => {
    expect(
      meetings(
        "Sergey Lavrov met Wang Yi in Beijing on Tuesday, according to Maria Zakharova.",
        "2022-03-03",
      ),
    ).toEqual([["2022-03-01", ["Sergey Lavrov", "Wang Yi"]]]);
  });

  it("reads 'X's office said he called Y' as a call between X and Y", () => {
    expect(meetings("Antony Blinken's office said he called Dmytro Kuleba on Sunday.", "2022-03-08")).toEqual(
      [["2022-03-06", ["Antony Blinken", "Dmytro Kuleba"]]],
    );
  });

  it("does not make the spokesman who reports a call one of its parties", () => {
    expect(
      meetings(
        "Government spokesman Piotr Müller said Mateusz Morawiecki had spoken with Olaf Scholz on Wednesday.",
        "2021-12-10",
      ),
    ).toEqual([["2021-12-08", ["Mateusz Morawiecki", "Olaf Scholz"]]]);
  });

  it("takes 'spoke to his German counterpart X' and 'a telephonic conversation' for calls", () => {
    expect(
      meetings(
        "Dmytro Kuleba said on Thursday he had spoken to his German counterpart Heiko Maas.",
        "2021-02-26",
      ),
    ).toEqual([["2021-02-25", ["Dmytro Kuleba", "Heiko Maas"]]]);
    expect(
      meetings("Olaf Scholz had a telephonic conversation with Emmanuel Macron on Thursday.", "2022-02-26"),
    ).toEqual([["2022-02-24", ["Emmanuel Macron", "Olaf Scholz"]]]);
  });
});

describe("attendees and background meetings", () => {
  it("does not make those present at a meeting another meeting", () => {
    const body =
      "Vladimir Putin met Alexander Lukashenko in Sochi on Monday. The meeting was attended by Sergey Lavrov and Vladimir Makei.";
    expect(meetings(body, "2021-11-23")).toEqual([
      ["2021-11-22", ["Alexander Lukashenko", "Vladimir Putin"]],
    ]);
  });

  it("does not date a summit named only as background by the article", () => {
    expect(
      meetings(
        "Olaf Scholz and Emmanuel Macron discussed energy prices in the wake of the Bali summit, which brought together Joe Biden and Xi Jinping.",
        "2022-11-20",
      ),
    ).toEqual([["2022-11-20", ["Emmanuel Macron", "Olaf Scholz"]]]);
    expect(
      meetings(
        "Fighting resumed while the leaders were attending the Samarkand Summit, with Vladimir Putin and Xi Jinping both present.",
        "2022-09-17",
      ),
    ).toEqual([]);
  });
});
