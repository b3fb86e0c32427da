import { describe, expect, it } from "vitest";
import { applyCurated, curatedKnownActors, parseCurated } from "../../../ingest/curated.ts";
import { extractArticles } from "../../../ingest/extract.ts";
import type { Article, Extraction } from "../../../ingest/facts.ts";
import { GAZETTEER } from "../../../ingest/gazetteer.ts";
import { ActorRegistry } from "../../../ingest/resolve.ts";

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

  it.each(["2021-13-45", "2021-02-30"])(
    "reports the impossible date %s with its file, line and field",
    (date) => {
      const text = [
        "meetings:",
        "  - date: 2021-11-15",
        "    kind: talks",
        "    participants: [A, B]",
        "    sources: [{ article: a, quote: q }]",
        `  - date: ${date}`,
        "    kind: talks",
        "    participants: [A, B]",
        "    sources: [{ article: a, quote: q }]",
      ].join("\n");
      expect(parseCurated(text, "c.yaml").problems).toEqual([
        {
          file: "c.yaml",
          line: 6,
          field: "meetings.1.date",
          message: `meetings.1.date: "${date}" is not a real date written YYYY-MM-DD`,
        },
      ]);
    },
  );

  it("refuses a curated fact without a source", () => {
    const r = parseCurated("incidents:\n  - { date: 2021-11-15, kind: clash, place: Bruzgi }", "c.yaml");
    expect(r.problems).toEqual([
      expect.objectContaining({
        line: 2,
        field: "incidents.0.sources",
        message: expect.stringMatching(/at least one source/),
      }),
    ]);
  });

  it("accepts JSON as well as YAML", () => {
    const r = parseCurated('{"actors":[{"name":"Renate Held","kind":"person"}]}', "c.json");
    expect(r.curated?.actors[0]?.name).toBe("Renate Held");
  });
});

describe("applyCurated", () => {
  const base = (): Extraction => ({
    articles: [{ id: "a", slug: "a", date: "2021-11-17", text: "Intro. They spoke." }],
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
      [{ id: "f00d", slug: "a", date: "2021-11-17", body: "Intro. They spoke." }],
      "c.yaml",
    );
    expect(problems).toEqual([]);
    expect(x.meetings[0]).toMatchObject({
      date: "2021-11-15",
      cameo: "041",
      participants: ["alexander-lukashenko", "angela-merkel"],
      // Named by its slug (the file name) in the curated file, linked by its id.
      sources: [{ article: "f00d", quote: "They spoke.", start: 7, end: 18 }],
    });
  });

  it("reports a participant that is no known actor", () => {
    const x = base();
    const parsed = parseCurated(
      "meetings:\n  - { date: 2021-11-15, kind: talks, participants: [Lukashenko, Nobody], sources: [{ article: a, quote: x }] }",
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

describe("curated articles and aliases", () => {
  const article = (id: string, slug: string, body: string): Article => ({
    id,
    slug,
    date: "2021-11-17",
    body,
    file: `${id}/${slug}.txt`,
  });

  it("asks for a path or id when a source's file name names two articles", () => {
    const parsed = parseCurated(
      "meetings:\n  - { date: 2021-11-15, kind: talks, participants: [Lukashenko, Lukashenko2], sources: [{ article: '001', quote: Met. }] }\nactors:\n  - { name: Lukashenko2, kind: person }",
      "c.yaml",
    );
    const x: Extraction = {
      articles: [],
      actors: [
        { id: "alexander-lukashenko", name: "Alexander Lukashenko", kind: "person", aliases: ["Lukashenko"] },
      ],
      meetings: [],
      incidents: [],
    };
    const problems = applyCurated(
      x,
      parsed.curated!,
      [article("aa", "001", "Met."), article("bb", "001", "Met.")],
      "c.yaml",
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: "meetings.0.sources.0",
        message: expect.stringContaining('"001" names 2 articles'),
      }),
    ]);
    expect(x.meetings).toEqual([]);
  });

  it("recognizes a curated actor's alias in article text", () => {
    const parsed = parseCurated(
      "actors:\n  - { name: Anatoly Lappo, kind: person, aliases: [the border committee chief] }",
      "c.yaml",
    );
    const registry = new ActorRegistry([...curatedKnownActors(parsed.curated!), ...GAZETTEER]);
    const x = extractArticles(
      [
        article(
          "aa",
          "talks",
          "Alexander Lukashenko held talks with the border committee chief in Minsk on Monday.",
        ),
      ],
      { registry },
    );
    expect(x.actors.map((a) => a.name)).toContain("Anatoly Lappo");
  });
});
