// How sure a fact is, from 0 to 1: each rule starts from what its evidence says (an explicit meeting
// verb with named persons and an explicit day is high) and loses for every inference it needed (a
// person named only by office, a pronoun, a day carried over from an earlier sentence). A fact that
// several articles report is surer than any one report (noisy-OR over its sources).
import type { SentenceContext } from "./extract-context.ts";

/** What the way a fact's day was found takes off its confidence. */
export function dateDoubt(ctx: Pick<SentenceContext, "dates">, date: string): number {
  const own = ctx.dates.find((d) => d.resolved === date || d.backward === date);
  if (!own) return 0.2; // carried over from an earlier sentence or the article's date
  const report = own.ofReport ? 0.1 : 0;
  if (own.kind === "absolute" || own.kind === "today") return report;
  if (own.kind === "weekday") return Math.max(report, 0.05);
  return 0.1;
}

export function roundConfidence(c: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}

/** Confidence of a fact reported with confidences `a` and `b` by two articles. */
export function corroborate(a: number, b: number): number {
  return roundConfidence(1 - (1 - a) * (1 - b));
}
