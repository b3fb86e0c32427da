// The lexicon is data: validated files under data/lexicon/, and a user file merged over them.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticles } from "../../../ingest/extract.ts";
import { knownActors } from "../../../ingest/gazetteer.ts";
import { builtInLexicon, mergeLexicons, parseLexicon, readLexicon } from "../../../ingest/lexicon.ts";
import { ActorRegistry } from "../../../ingest/resolve.ts";

describe("lexicon files", () => {
  it("loads the built-in lexicon with states, persons, incident kinds and places", () => {
    const lexicon = builtInLexicon();
    expect(lexicon.states.find((s) => s.name === "Thailand")?.capital).toBe("Bangkok");
    expect(lexicon.persons.length).toBeGreaterThan(300);
    expect(lexicon.incidentKinds.map((k) => k.kind)).toContain("shots_fired");
    expect(lexicon.placeKinds).toContain("valley");
  });

  it("reports a bad date, an unknown field and a broken pattern with file, line and field", () => {
    const text = [
      "persons:",
      "  - name: Ada Example",
      "    offices:",
      "      - { role: president, state: Freedonia, from: 2021-02-30 }",
      "  - { name: Bob Example, nickname: Bobby }",
      "incidentKinds:",
      "  - { kind: riot, patterns: ['(unclosed'] }",
    ].join("\n");
    const { lexicon, problems } = parseLexicon(text, "mine.yaml");
    expect(lexicon).toBeUndefined();
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ["mine.yaml", 4, "persons.0.offices.0.from"],
      ["mine.yaml", 5, "persons.1"],
      ["mine.yaml", 7, "incidentKinds.0.patterns.0"],
    ]);
    expect(problems[0]!.message).toMatch(/persons\.0\.offices\.0\.from: is not a real date/);
  });

  it("reads a user file and merges it, so its persons are recognized and resolved by office", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lexicon-"));
    const file = join(dir, "extra.yaml");
    writeFileSync(
      file,
      "persons:\n  - name: Tamara Ostrovska\n    offices:\n      - { role: foreign minister, state: Moldova, from: 2030-01-01 }\n",
    );
    const read = await readLexicon(file);
    expect(read.problems).toEqual([]);
    const lexicon = mergeLexicons(builtInLexicon(), read.lexicon!);
    const extraction = extractArticles(
      [
        {
          id: "a",
          slug: "a",
          date: "2030-03-04",
          body: "The Moldovan foreign minister met Olaf Scholz in Berlin on Monday.",
        },
      ],
      { lexicon, registry: new ActorRegistry(knownActors(lexicon)) },
    );
    expect(extraction.meetings.map((m) => m.participants)).toEqual([["olaf-scholz", "tamara-ostrovska"]]);
    expect((await readLexicon(join(dir, "missing.yaml"))).problems[0]!.message).toMatch(/cannot read/);
  });
});
