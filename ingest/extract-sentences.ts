// Splits an article body into paragraphs and sentences, keeping character offsets so that every
// quoted sentence is body.slice(start, end).

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Set on the pieces of a run longer than MAX_SENTENCE that was cut at spaces. */
  cut?: true;
}

// Words after which a period does not end a sentence ("Mr. Duda", "Gen. Lappo", "U.S. troops").
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "sgt",
  "st",
  "prof",
  "sen",
  "rep",
  "gov",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "vs",
  "etc",
  "u.s",
  "u.k",
  "u.n",
  "e.g",
  "i.e",
]);

// A "sentence" longer than this (a list, a table, a text without full stops) is cut at a space
// before the limit: the rules read a sentence as a whole, and their work grows with its length
// squared. Real sentences stay far below it (the longest in our corpora has 411 characters).
export const MAX_SENTENCE = 2_000;

const BOUNDARY = /([.!?…]+)(["”’»)\]]*)(\s+)(?=["“‘«([]?[\p{Lu}\p{N}])/gu;

export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraphs = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let paragraph = 0;
  for (let p = paragraphs.exec(body); p; p = paragraphs.exec(body)) {
    const text = p[0];
    let from = 0;
    const push = (s: number, e: number) => {
      const long = e - s > MAX_SENTENCE;
      while (e - s > MAX_SENTENCE) {
        const cut = cutAt(text, s);
        pushOne(s, cut, long);
        s = cut;
      }
      pushOne(s, e, long);
    };
    const pushOne = (s: number, e: number, cut: boolean) => {
      const raw = text.slice(s, e);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) return;
      const start = p!.index + s + lead;
      out.push({
        index: out.length,
        paragraph,
        start,
        end: start + trimmed.length,
        text: trimmed,
        ...(cut ? { cut: true as const } : {}),
      });
    };
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
      // The word before the mark; a window of 64 characters decides as well as the whole text since
      // the paragraph start, which made long paragraphs quadratic.
      const before = text.slice(Math.max(from, m.index - 64), m.index);
      const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
      // A single capital before the period is an initial ("A. Lukashenko"), not a sentence end.
      if (m[1] === "." && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
      // "at about 3 a.m. (01:00 GMT) in Banjska": a time, with its time zone after it.
      if (m[1] === "." && /^[ap]\.m$/.test(lastWord) && text[m.index + m[0].length] === "(") continue;
      const end = m.index + m[1]!.length + m[2]!.length;
      push(from, end);
      from = end;
    }
    push(from, text.length);
    paragraph++;
  }
  return out;
}

// Where to cut a sentence that is too long, starting at `s`: the last white space before the limit
// in its second half, else at the limit (never inside a surrogate pair).
function cutAt(text: string, s: number): number {
  const limit = s + MAX_SENTENCE;
  for (let i = limit; i > s + MAX_SENTENCE / 2; i--) if (/\s/.test(text[i - 1]!)) return i;
  return /[\uDC00-\uDFFF]/.test(text[limit]!) ? limit - 1 : limit;
}
