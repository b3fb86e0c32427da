// What the meeting and incident rules see of one sentence: its actors, its dates resolved against
// the article, and the spans inside quotation marks (what someone said is not what happened).
import { addDays, findDates, resolveRelative, type DateMention } from "./dates.ts";
import type { Sentence } from "./extract-sentences.ts";
import type { ResolvedMention } from "./resolve.ts";

export interface DatedMention extends DateMention {
  /** Resolved date (relative ones resolved against the previous date in the text). */
  resolved?: string;
  /** "a day after" standing before its event: the offset counted backwards from the anchor. */
  backward?: string;
  /** "said on Thursday", "reported on Wednesday": the date of the report, not of the event. */
  ofReport: boolean;
  /** Inside a leading subordinate clause ("After ... on November 8, they phoned"). */
  subordinate: boolean;
}

export interface SentenceContext {
  sentence: Sentence;
  mentions: ResolvedMention[];
  dates: DatedMention[];
  quotes: [number, number][];
  /** The last date the text gave before this sentence (or the article date). */
  anchor: string;
}

const REPORT_BEFORE =
  /\b(?:said|says|reported|announced|stated|told|wrote|tweeted|added|noted|declared|claimed|informed|confirmed|issued|released|published|statement|report|update|announcement|briefing)\s+(?:\w+\s+){0,2}$/i;
const SUBORDINATOR = /^(?:After|Since|Before|Following|Ahead of|Until|Prior to|When|Once)\b/;

/** Spans inside “…”, "…" or «…» (offsets relative to the sentence). An unclosed quote runs to the end. */
export function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /[“"«]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = m[0];
    const close = open === "“" ? /[”"]/g : open === "«" ? /»/g : /["”]/g;
    close.lastIndex = m.index + 1;
    const c = close.exec(text);
    const end = c ? c.index + 1 : text.length;
    spans.push([m.index, end]);
    re.lastIndex = end;
  }
  return spans;
}

export function inQuote(spans: [number, number][], at: number): boolean {
  return spans.some(([s, e]) => at > s && at < e);
}

/** Builds the per-sentence context, carrying the date anchor from sentence to sentence. */
export function buildContexts(
  sentences: Sentence[],
  mentions: ResolvedMention[],
  articleDate: string,
): SentenceContext[] {
  let anchor = articleDate;
  const out: SentenceContext[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const mine: ResolvedMention[] = [];
    while (cursor < mentions.length && mentions[cursor]!.start < sentence.end) {
      if (mentions[cursor]!.start >= sentence.start) mine.push(mentions[cursor]!);
      cursor++;
    }
    const text = sentence.text;
    const subordinateEnd = SUBORDINATOR.test(text)
      ? text.lastIndexOf(", ", Math.max(0, firstTriggerish(text)))
      : -1;
    // A relative date counts from the date before it in the same sentence ("on Monday and ... the
    // next day"), else from the last date of the previous sentences.
    let local = anchor;
    const dates: DatedMention[] = findDates(text, articleDate)
      .map((d) => {
        const resolved = resolveRelative(d, local);
        const backward = d.connective ? addDays(local, -Number(d.date)) : undefined;
        if (resolved && d.kind !== "vague" && d.kind !== "relative") local = resolved;
        return { ...d, resolved, ...(backward ? { backward } : {}) };
      })
      .map((d) => ({
        ...d,
        ofReport:
          REPORT_BEFORE.test(text.slice(0, d.start)) &&
          d.start - text.slice(0, d.start).search(REPORT_BEFORE) < 40,
        subordinate: subordinateEnd > 0 && d.end <= subordinateEnd,
      }));
    out.push({ sentence, mentions: mine, dates, quotes: quoteSpans(text), anchor });
    // "extended the state of emergency until 10 February": an end date, not a date the story moves to.
    const last = [...dates]
      .reverse()
      .find(
        (d) =>
          d.resolved &&
          d.kind !== "vague" &&
          !/\b(?:until|till|through|by|before)\s+(?:the\s+)?$/i.test(text.slice(0, d.start)),
      );
    if (last?.resolved) anchor = last.resolved;
  }
  return out;
}

// Where the main clause likely starts: the first verb-like event word; the subordinate clause is
// what comes before the last comma ahead of it.
function firstTriggerish(text: string): number {
  const m =
    /\b(?:phoned|called|met|talked|spoke|held|discussed|visited|clashed|fired|threw|used|tried|attempted|broke)\b/.exec(
      text.slice(text.indexOf(", ") + 1),
    );
  return m ? m.index + text.indexOf(", ") + 1 : text.length;
}

/** The event date for a trigger at `at`: nearest non-report date, else a report date, else the anchor. */
/** Spans of non-restrictive relative clauses: ", who took office on Friday," (sentence offsets). */
export function relativeClauses(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /,\s*(?:who|which|whose|whom)\b[^,;]*(?:,|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function eventDate(ctx: SentenceContext, at: number, fallback: "anchor" | "none"): string | undefined {
  // A date inside a relative clause dates that clause ("Stubb, who won Sunday's run-off, met ... on
  // Monday"); outside it, it dates the main clause.
  const clauses = relativeClauses(ctx.sentence.text);
  const clauseOf = (pos: number) => clauses.findIndex(([s, e]) => pos >= s && pos < e);
  const own = clauseOf(at);
  const sameClause = ctx.dates.filter((d) => clauseOf(d.start) === own);
  const candidates =
    own < 0 || sameClause.some((d) => d.resolved || d.kind === "vague") ? sameClause : ctx.dates;
  const usable = candidates
    .filter((d) => d.resolved && d.kind !== "vague" && !d.subordinate)
    // "The clash came a day after [Lukashenko spoke]": the event after the phrase is the earlier one.
    .map((d) => (d.backward && d.end <= at ? { ...d, resolved: d.backward } : d));
  const pick = (list: DatedMention[]) =>
    list.sort((a, b) => distance(a, at) - distance(b, at))[0]?.resolved ?? undefined;
  const main = pick(usable.filter((d) => !d.ofReport));
  if (main) return main;
  const reports = usable.filter((d) => d.ofReport);
  const report = pick(reports);
  // "stabbed ... last month, the army announced on Thursday": a vague date nearer the event than
  // the report's date leaves the event without a day.
  // ("this week" still includes the report's day; "last month" and "in March" do not.)
  const vague = ctx.dates.filter(
    (d) =>
      d.kind === "vague" &&
      /^(?:(?:the\s+)?(?:last|previous|preceding)\b|in\s|during\s|early\s|late\s|mid|end\s|beginning\s|earlier$|previously$)|\bago$/i.test(
        d.text,
      ),
  );
  if (report && vague.some((v) => reports.every((r) => distance(v, at) < distance(r, at)))) return undefined;
  if (report) return report;
  // Only vague or subordinate dates ("this week", "after ... on November 8"): no day for the event.
  if (ctx.dates.some((d) => d.kind === "vague" || d.subordinate)) return undefined;
  return fallback === "anchor" ? ctx.anchor : undefined;
}

function distance(d: DateMention, at: number): number {
  // A date after the trigger ("met ... on Tuesday") is closer in meaning than one before it.
  return d.start >= at ? d.start - at : (at - d.end) * 1.5;
}
