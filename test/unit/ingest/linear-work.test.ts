// Extraction must take time linear in the text: each rule looks only near the span it tests, and
// the body is scanned a fixed number of times. Work is counted (mentions examined, characters
// scanned, persons examined), never timed.
import { describe, expect, it } from "vitest";
import { workMeter } from "../../../ingest/actors/mention-set.ts";
import { findMentions } from "../../../ingest/extract-actors.ts";
import { ActorRegistry } from "../../../ingest/resolve.ts";

// Made-up names that differ from copy to copy, so the number of persons grows with the text.
const SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "za", "be"];
function surname(i: number): string {
  let s = "";
  for (let n = i + 100; n > 0; n = Math.floor(n / 10)) s += SYLLABLES[n % 10];
  return `${s[0]!.toUpperCase()}${s.slice(1)}wicz`;
}

/** `copies` one-sentence paragraphs of each kind: titles, roles, forces, organizations, surnames. */
function article(copies: number): string {
  const out: string[] = [];
  for (let i = 0; i < copies; i++) {
    const a = surname(2 * i);
    const b = surname(2 * i + 1);
    out.push(
      `Polish Foreign Minister Anna ${a} held talks with Lithuanian Interior Minister Jonas ${b} on Monday.`,
      `${a} told reporters that the Belarusian president had spoken with his Lithuanian counterpart.`,
      `Polish border guards and Lithuanian soldiers said the Ministry of Foreign Affairs of the Republic of Latvia was informed.`,
      `Migrants tried to cross the Belarusian-Polish border near the village of ${b}ka, ${b} said.`,
    );
  }
  return out.join("\n\n");
}

const DATE = "2021-11-20";

describe("extraction work", () => {
  it("grows linearly with the text in findMentions (mentions examined and characters scanned)", () => {
    const work = (copies: number) => {
      const meter = workMeter();
      findMentions(article(copies), { meter });
      return (meter.examined + meter.scanned) / article(copies).length;
    };
    const small = work(50);
    const large = work(400);
    // Eight times the text: the work per character stays the same (quadratic work would grow 8×).
    expect(large / small).toBeLessThan(1.2);
  });

  it("grows linearly with the number of role references in resolveArticle (persons examined)", () => {
    const registry = new ActorRegistry();
    const work = (copies: number) => {
      const meter = workMeter();
      const mentions = findMentions(article(copies), { index: registry.index });
      registry.resolveArticle(mentions, DATE, meter);
      return meter.examined / mentions.length;
    };
    const small = work(50);
    const large = work(400);
    expect(large / small).toBeLessThan(1.2);
  });
});
