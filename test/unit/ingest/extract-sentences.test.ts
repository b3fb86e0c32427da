import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../ingest/extract-sentences.ts";

describe("splitSentences", () => {
  it("cuts a run of 5,000 characters without a full stop into sentences of at most 2,000, at spaces", () => {
    const body = "migrants crossed the border ".repeat(180).trim();
    const sentences = splitSentences(body);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(2000);
      expect(body.slice(s.start, s.end)).toBe(s.text);
      // Cut between words, never inside one.
      expect(s.end === body.length || body[s.end] === " ").toBe(true);
    }
    // Nothing is lost: the pieces are the whole text, in order.
    expect(sentences.map((s) => s.text).join(" ")).toBe(body);
  });
});
