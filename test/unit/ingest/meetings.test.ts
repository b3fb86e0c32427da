import { describe, expect, it } from "vitest";
import { extractArticles } from "../../../ingest/extract.ts";

function meetings(body: string, date: string): [string, string[]][] {
  const extraction = extractArticles([{ id: "a", slug: "a", date, body }]);
  const name = (id: string) => extraction.actors.find((a) => a.id === id)?.name ?? id;
  return extraction.meetings.map((m) => [m.date, m.participants.map(name).sort()]);
}

describe("meeting rules", () => {
  it("splits coordinated clauses into meetings with their own counterpart and day", () => {
    const body =
      "President Recep Tayyip Erdogan held talks with Bulgarian Prime Minister Boyko Borissov in Ankara on Monday and spoke by phone with German Chancellor Angela Merkel the next day.";
    expect(meetings(body, "2020-03-04")).toEqual([
      ["2020-03-02", ["Boyko Borissov", "Recep Tayyip Erdogan"]],
      ["2020-03-03", ["Angela Merkel", "Recep Tayyip Erdogan"]],
    ]);
  });

  it("finds 'spoke to X by phone', 'called X' and 'A and B speak again'", () => {
    expect(
      meetings("Charles Michel, who spoke to Pedro Sánchez by phone late on Monday, tweeted.", "2021-05-18"),
    ).toEqual([["2021-05-17", ["Charles Michel", "Pedro Sánchez"]]]);
    expect(
      meetings("German Chancellor Angela Merkel called Russian President Vladimir Putin.", "2021-11-10"),
    ).toEqual([["2021-11-10", ["Angela Merkel", "Vladimir Putin"]]]);
    expect(meetings("Nov. 17 - Angela Merkel and Alexander Lukashenko speak again.", "2021-11-18")).toEqual([
      ["2021-11-17", ["Alexander Lukashenko", "Angela Merkel"]],
    ]);
  });

  it("does not take 'called for' or an interview by phone for a call", () => {
    expect(meetings("Angela Merkel called for calm after Vladimir Putin spoke.", "2021-11-10")).toEqual([]);
    expect(
      meetings("Mateusz Morawiecki told Reuters by phone that Alexander Lukashenko lied.", "2021-11-10"),
    ).toEqual([]);
  });

  it("reads the tense of the main clause, not of a relative clause", () => {
    const body =
      "Pedro Sánchez, who cancelled a trip to Paris, met Juan Jesús Vivas on Tuesday. Kyriakos Mitsotakis, who is due in Berlin on Wednesday for talks with Angela Merkel, spoke.";
    expect(meetings(body, "2021-05-18")).toEqual([["2021-05-18", ["Juan Jesús Vivas", "Pedro Sánchez"]]]);
  });

  it("does not carry earlier participants into 'the presidents of ...'", () => {
    const body =
      "Recep Tayyip Erdogan met Angela Merkel on Monday. Kyriakos Mitsotakis visited the Evros region on Tuesday together with the presidents of the European Commission and the European Council.";
    expect(meetings(body, "2020-03-04")).toEqual([["2020-03-02", ["Angela Merkel", "Recep Tayyip Erdogan"]]]);
  });

  it("does not make a second meeting of those who 'took part in the talks'", () => {
    const body =
      "Alexander Lukashenko and Vladimir Putin held talks in Sochi on 9 June. Foreign ministers Sergei Aleinik and Sergey Lavrov took part in the talks.";
    expect(meetings(body, "2023-06-09")).toEqual([
      ["2023-06-09", ["Alexander Lukashenko", "Vladimir Putin"]],
    ]);
  });
});

describe("meeting rules: clauses and companions", () => {
  it("dates the main clause by its own date, not by a relative clause's", () => {
    const body =
      "President-elect Alexander Stubb, who won Sunday's run-off, met outgoing President Sauli Niinistö at the Presidential Palace on Monday.";
    expect(meetings(body, "2024-02-15")).toEqual([["2024-02-12", ["Alexander Stubb", "Sauli Niinistö"]]]);
  });

  it("does not count companions as the people a visit met", () => {
    const body =
      "Prime Minister Evika Siliņa visited the border on Monday together with Interior Minister Rihards Kozlovskis and met Lithuanian Interior Minister Agnė Bilotaitė at the Paternieki checkpoint.";
    expect(meetings(body, "2023-09-18")).toEqual([["2023-09-18", ["Agnė Bilotaitė", "Evika Siliņa"]]]);
  });

  it("takes 'talked to X' with a named person for a conversation", () => {
    const body =
      "German Chancellor Angela Merkel, who talked to Vladimir Putin on Wednesday, spoke to reporters.";
    expect(meetings(body, "2021-11-13")).toEqual([["2021-11-10", ["Angela Merkel", "Vladimir Putin"]]]);
  });
});

describe("meeting rules: reported conversations", () => {
  it("takes 'said he had spoken with X' for a conversation on the day of the report", () => {
    const body =
      "Lithuanian President Gitanas Nauseda said on Monday he had spoken with Polish President Andrzej Duda and that Lithuania would act.";
    expect(meetings(body, "2021-11-08")).toEqual([["2021-11-08", ["Andrzej Duda", "Gitanas Nausėda"]]]);
  });
});

describe("meeting rules: habits, sources and possessives", () => {
  it("does not take habits, refusals or calls for talks for a meeting", () => {
    expect(
      meetings("Vladimir Putin and Alexander Lukashenko have met several times this year.", "2021-11-10"),
    ).toEqual([]);
    expect(
      meetings("Mateusz Morawiecki rejected talks with Alexander Lukashenko on Monday.", "2021-11-10"),
    ).toEqual([]);
    expect(meetings("Angela Merkel urged talks with Alexander Lukashenko on Monday.", "2021-11-10")).toEqual(
      [],
    );
  });

  it("leaves out a trailing source and a possessive object", () => {
    expect(
      meetings(
        "Vladimir Putin and Alexander Lukashenko discussed the crisis by phone on Tuesday, Dmitry Peskov said.",
        "2021-11-09",
      ),
    ).toEqual([["2021-11-09", ["Alexander Lukashenko", "Vladimir Putin"]]]);
    expect(
      meetings(
        "Vladimir Putin and Alexander Lukashenko discussed Angela Merkel's proposal on Tuesday.",
        "2021-11-09",
      ),
    ).toEqual([["2021-11-09", ["Alexander Lukashenko", "Vladimir Putin"]]]);
  });
});

describe("meeting rules: topics", () => {
  it("does not take a conversation someone was told about for this sentence's meeting", () => {
    const body =
      "Vladimir Putin had a telephone conversation with Alexander Lukashenko. Alexander Lukashenko informed Vladimir Putin about his telephone conversation with Angela Merkel.";
    expect(meetings(body, "2021-11-19")).toEqual([
      ["2021-11-19", ["Alexander Lukashenko", "Vladimir Putin"]],
    ]);
  });
});

describe("meeting rules: 'earlier'", () => {
  it("dates a meeting told as 'earlier' by the day the story is about", () => {
    const body =
      "Recep Tayyip Erdogan arrived in Athens on Thursday. Erdogan was earlier received by President Katerina Sakellaropoulou.";
    expect(meetings(body, "2023-12-07")).toEqual([
      ["2023-12-07", ["Katerina Sakellaropoulou", "Recep Tayyip Erdogan"]],
    ]);
  });
});

describe("meeting rules: other senses of meet and talk", () => {
  it("does not take 'met with criticism', 'meeting the expectations' or 'talks about' for a meeting", () => {
    expect(
      meetings("Mateusz Morawiecki's plan met with criticism from Donald Tusk on Tuesday.", "2021-11-17"),
    ).toEqual([]);
    expect(
      meetings(
        "Donald Tusk said on Tuesday that Mateusz Morawiecki was not meeting the expectations of voters.",
        "2021-11-17",
      ),
    ).toEqual([]);
    expect(
      meetings("Alexander Lukashenko talks about Vladimir Putin as an older brother.", "2021-11-17"),
    ).toEqual([]);
  });

  it("leaves a meeting dated only by a year undated", () => {
    expect(
      meetings(
        "Emmanuel Macron, who met Vladimir Putin in 2019, said on Tuesday that talks were needed.",
        "2021-11-17",
      ),
    ).toEqual([]);
  });
});
