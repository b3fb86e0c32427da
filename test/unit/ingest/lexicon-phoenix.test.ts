// The Phoenix/CAMEO actor dictionary reader, on a real excerpt of PETRARCH2's
// Phoenix.Countries.actors.txt (MIT licence, in the fixture's header).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticles } from "../../../ingest/extract.ts";
import type { Article } from "../../../ingest/facts.ts";
import { knownActors } from "../../../ingest/gazetteer.ts";
import { isPhoenixDictionary, parsePhoenixDictionary } from "../../../ingest/lexicon-phoenix.ts";
import { applyUserLexicon, readUserLexicon } from "../../../ingest/lexicon-read.ts";
import { builtInLexicon, extendLexicon, type Lexicon } from "../../../ingest/lexicon.ts";
import { ActorRegistry } from "../../../ingest/resolve.ts";

const FILE = "test/fixtures/phoenix/excerpt.actors.txt";
const TEXT = readFileSync(FILE, "utf8");
const excerpt = (): Lexicon => parsePhoenixDictionary(TEXT, FILE).lexicon!;
const person = (lexicon: Lexicon, name: string) => lexicon.persons.find((p) => p.name === name);

describe("parsePhoenixDictionary on a real dictionary excerpt", () => {
  it("reads it without problems", () => {
    expect(parsePhoenixDictionary(TEXT, FILE).problems).toEqual([]);
  });

  it("reads a state heading with its demonyms, not its cities", () => {
    const cambodia = excerpt().states.find((s) => s.name === "Cambodia")!;
    expect(cambodia.demonyms).toContain("Cambodian");
    expect(cambodia.demonyms).not.toContain("Battambang");
  });

  it("turns government codes with YYMMDD ranges, open ends and YYYYMMDD dates into offices", () => {
    const lexicon = excerpt();
    expect(person(lexicon, "Samdech Hun Sen")!.offices).toEqual([
      { role: "government", state: "Cambodia", from: "1993-09-21", to: "1998-11-30" },
      { role: "government", state: "Cambodia", from: "1998-11-30" },
    ]);
    // [HRVGOV >20120219] under "# Presidents"; [HRVGOVLEG …] is a sector, no office a title names.
    expect(person(lexicon, "Josipovic")!.offices).toEqual([
      { role: "president", state: "Croatia", from: "2012-02-19" },
    ]);
    // [KHMELI …] is the elite, not an office.
    expect(person(lexicon, "Cheng Heng")!.offices).toEqual([
      { role: "government", state: "Cambodia", from: "1970-03-18", to: "1972-03-10" },
    ]);
  });

  it("takes the office from a role word in the person's names or from the section comment", () => {
    const lexicon = excerpt();
    const mubarak = person(lexicon, "Hosni Mubarak")!;
    expect(mubarak.aliases).toContain("Mubarak");
    expect(mubarak.aliases).not.toContain("President Mubarak");
    expect(mubarak.offices.map((o) => o.role)).toEqual(["president", "president"]);
    expect(person(lexicon, "Zoran Milanovic")!.offices[0]!.role).toBe("prime minister");
    // "# Prime Ministers" of Croatia ends at the next state's heading.
    expect(person(lexicon, "Glafkos Kliridis")!.offices[0]!.role).toBe("government");
  });

  it("names the file, line and field of a malformed date and keeps the other entries", () => {
    const text = "CYPRUS_  [CYP]\nA_B_\n\t[CYPGOV 930228-030228]\nC_D_\n\t[CYPGOV 9302281-030228]\n";
    const { lexicon, problems } = parsePhoenixDictionary(text, "my.actors.txt");
    expect(problems).toEqual([
      {
        file: "my.actors.txt",
        line: 5,
        field: "date",
        message:
          'date: "9302281-030228" in [CYPGOV 9302281-030228] is not a range (YYMMDD-YYMMDD, >YYMMDD or <YYMMDD)',
      },
    ]);
    // C D has no office left, and an entry without one is no person the dictionary vouches for.
    expect(lexicon!.persons.map((p) => p.name)).toEqual(["A B"]);
  });
});

describe("isPhoenixDictionary", () => {
  it("knows the format by the file's name or by its first entry", () => {
    expect(isPhoenixDictionary("Phoenix.Countries.actors.txt", "")).toBe(true);
    expect(isPhoenixDictionary("mine.txt", "# comment\nHUN_SEN_  [KHMGOV >981130]\n")).toBe(true);
    expect(isPhoenixDictionary("mine.txt", "persons:\n  - name: Hun Sen\n")).toBe(false);
    expect(isPhoenixDictionary("mine.yaml", "HUN_SEN_\n")).toBe(false);
  });

  it("is what readUserLexicon goes by", async () => {
    const read = await readUserLexicon(FILE);
    expect(read.format).toBe("phoenix");
    expect(person(read.lexicon!, "Glafkos Kliridis")).toBeDefined();
  });
});

describe("extendLexicon", () => {
  it("adds names and offices to a person the lexicon knows, keeping the project's own terms", () => {
    const merged = extendLexicon(builtInLexicon(), excerpt());
    const hunSen = merged.persons.filter((p) => p.name === "Hun Sen");
    expect(hunSen).toHaveLength(1);
    // The project's own office, running past the dictionary's end (2014), stays.
    expect(hunSen[0]!.offices).toContainEqual(
      expect.objectContaining({ role: "prime minister", state: "Cambodia", to: "2023-08-22" }),
    );
    expect(hunSen[0]!.offices).toContainEqual({
      role: "government",
      state: "Cambodia",
      from: "1985-01-14",
      to: "1993-07-02",
    });
    // States the lexicon knows keep their entry (capital, demonyms).
    expect(merged.states.filter((s) => s.name === "Cambodia")).toEqual(
      builtInLexicon().states.filter((s) => s.name === "Cambodia"),
    );
  });
});

describe("role references resolved by a Phoenix dictionary's dates", () => {
  const meeting = (date: string, lexicon?: Lexicon) => {
    const body =
      "The Cypriot president held talks with Greek Prime Minister Andreas Papandreou in Athens on Monday.";
    const article: Article = { id: `a-${date}`, slug: "a", date, body };
    const registry = new ActorRegistry(lexicon ? knownActors(lexicon) : undefined);
    return extractArticles([article], { registry, lexicon }).meetings.map((m) => m.participants);
  };
  const withPhoenix = () =>
    applyUserLexicon(builtInLexicon(), { format: "phoenix", lexicon: excerpt(), problems: [] });

  it("resolves 'the Cypriot president' in 1995 to the one member of Cyprus's government then", () => {
    expect(meeting("1995-06-12")).toEqual([]);
    expect(meeting("1995-06-12", withPhoenix())).toEqual([["andreas-papandreou", "glafkos-kliridis"]]);
  });

  it("does not guess when the dictionary names several members for that date", () => {
    // January 2003: Kliridis [CYPGOV 930228-030228] and Andreas Panayioutou [CYPGOV 030101-030228].
    expect(meeting("2003-01-20", withPhoenix())).toEqual([]);
  });
});
