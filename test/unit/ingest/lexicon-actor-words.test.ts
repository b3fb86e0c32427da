// The actor rules' words are data too (data/lexicon/actor-words.yaml), validated like the lexicon.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtInActorWords, parseActorWords } from "../../../ingest/lexicon.ts";

const BUILT_IN = readFileSync(new URL("../../../data/lexicon/actor-words.yaml", import.meta.url), "utf8");
const TROOPS = BUILT_IN.split("\n").indexOf('  - "troops"') + 1;

describe("actor words", () => {
  it("loads the role words, title words, force nouns and organization head nouns", () => {
    const words = builtInActorWords();
    expect(words.roles.find((r) => r.role === "foreign minister")?.match).toMatch(/top diplomat/);
    expect(words.titleWords).toContain("Chancellor");
    expect(words.forceNouns).toContain("servicemen");
    expect(words.organizationHeads).toContain("Ministry");
  });

  it("reports a missing list and a broken pattern with file, line and field", () => {
    // notNames comes after forceNouns: removing it leaves the line of "troops" where it was.
    const text = BUILT_IN.replace('  - "troops"\n', '  - "troops("\n').replace(/^notNames: .*?\]\n/ms, "");
    const { words, problems } = parseActorWords(text, "actor-words.yaml");
    expect(words).toBeUndefined();
    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      ["actor-words.yaml", TROOPS, "forceNouns.13: is not a valid regular expression"],
      ["actor-words.yaml", undefined, "notNames: Invalid input: expected array, received undefined"],
    ]);
  });

  it("refuses a capturing group in a pattern joined into the rules' own", () => {
    const text = BUILT_IN.replace('  - "troops"\n', '  - "(troops|army)"\n');
    expect(parseActorWords(text, "actor-words.yaml").problems).toEqual([
      {
        file: "actor-words.yaml",
        line: TROOPS,
        field: "forceNouns.13",
        message: "forceNouns.13: must not contain a capturing group (write (?:…))",
      },
    ]);
  });
});
