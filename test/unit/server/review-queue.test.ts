// Which actor names the review queue takes for one actor written two ways (#19).
import { describe, expect, it } from "vitest";
import { foldName, nameCloseness } from "../../../server/review/queue.ts";

describe("nameCloseness", () => {
  it("scores the same name after folding diacritics and case as certain", () => {
    expect(nameCloseness(["Aleksandr Lukašenko"], ["aleksandr lukasenko"]).score).toBe(1);
  });

  it("takes a name inside a longer one (Border Guard, Polish Border Guard)", () => {
    expect(nameCloseness(["Border Guard"], ["Polish Border Guard"])).toEqual({
      score: 0.85,
      why: '"border guard" is part of "polish border guard"',
    });
  });

  it("takes spellings a letter apart, through aliases too", () => {
    const close = nameCloseness(["Alexander Lukashenko", "Lukashenko"], ["A. Lukashenka", "Lukashenka"]);
    expect(close.score).toBeCloseTo(0.9, 2);
    expect(close.why).toBe('"lukashenko" and "lukashenka" differ by 1 letter(s)');
  });

  it("leaves apart different people and short names that merely share a word", () => {
    expect(nameCloseness(["Angela Merkel"], ["Alexander Lukashenko"]).score).toBe(0);
    expect(nameCloseness(["Polish police"], ["Polish soldiers"]).score).toBe(0);
    expect(nameCloseness(["EU"], ["UN"]).score).toBe(0);
  });

  it("folds punctuation and spaces", () => {
    expect(foldName("  A.  Lukashenka! ")).toBe("a lukashenka");
  });
});
