import { describe, expect, it } from "vitest";
import { applyCurated, parseCurated } from "../../../ingest/curated.ts";
import type { Extraction } from "../../../ingest/facts.ts";

describe("parseCurated", () => {
  it("names the file, line and field of a schema failure", () => {
    const text = "actors:\n  - name: X\n    kind: robot\n";
    const r = parseCurated(text, "c.yaml");
    expect(r.problems).toEqual([
      expect.objectContaining({ file: "c.yaml", line: 3, field: "actors.0.kind" }),
    ]);
  });

  it("reports broken YAML with its line", () => {
    const r = parseCurated("actors: [\n  - oops: {\n", "c.yaml");
    expect(r.problems[0]).toMatchObject({ file: "c.yaml" });
    expect(r.problems[0]!.message).toMatch(/cannot parse/);
  });

  it("accepts JSON as well as YAML", () => {
    const r = parseCurated('{"actors":[{"name":"Renate Held","kind":"person"}]}', "c.json");
    expect(r.curated?.actors[0]?.name).toBe("Renate Held");
  });
});

describe("applyCurated", () => {
  const base = (): Extraction => ({
    articles: [{ id: "a", date: "2021-11-17" }],
    actors: [
      { id: "alexander-lukashenko", name: "Alexander Lukashenko", kind: "person", aliases: ["Lukashenko"] },
    ],
    meetings: [],
    incidents: [],
  });

  it("adds a meeting with participants named by alias and a quote located in the body", () => {
    const x = base();
    const parsed = parseCurated(
      [
        "actors:",
        "  - { name: Angela Merkel, kind: person, aliases: [Merkel] }",
        "meetings:",
        "  - date: 2021-11-15",
        "    kind: phone_call",
        "    participants: [Lukashenko, Merkel]",
        "    sources: [{ article: a, quote: They spoke. }]",
      ].join("\n"),
      "c.yaml",
    );
    const problems = applyCurated(
      x,
      parsed.curated!,
      [{ id: "a", date: "2021-11-17", body: "Intro. They spoke." }],
      "c.yaml",
    );
    expect(problems).toEqual([]);
    expect(x.meetings[0]).toMatchObject({
      date: "2021-11-15",
      cameo: "041",
      participants: ["alexander-lukashenko", "angela-merkel"],
      sources: [{ article: "a", quote: "They spoke.", start: 7, end: 18 }],
    });
  });

  it("reports a participant that is no known actor", () => {
    const x = base();
    const parsed = parseCurated(
      "meetings:\n  - { date: 2021-11-15, kind: talks, participants: [Lukashenko, Nobody] }",
      "c.yaml",
    );
    const problems = applyCurated(x, parsed.curated!, [], "c.yaml");
    expect(problems).toEqual([expect.objectContaining({ field: "meetings.0.participants.1" })]);
    expect(x.meetings).toEqual([]);
  });

  it("overrides an extracted actor's title", () => {
    const x = base();
    const parsed = parseCurated(
      "actors:\n  - { name: Alexander Lukashenko, kind: person, title: President of Belarus }",
      "c.yaml",
    );
    applyCurated(x, parsed.curated!, [], "c.yaml");
    expect(x.actors).toEqual([
      expect.objectContaining({ id: "alexander-lukashenko", title: "President of Belarus" }),
    ]);
  });
});
