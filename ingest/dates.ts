// Finds date expressions in a sentence and resolves them against the article's publication date:
// "On November 15", "9 September", "21.09.2020", "on Wednesday", "today", "the next day",
// "three days later", "the night of April 10-11". Vague spans ("this week", "last year") are found
// but carry no date, so an event placed only by them stays undated.

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** Resolved YYYY-MM-DD; absent for vague expressions. */
  date?: string;
  /** "relative" ones ("the next day") count from the previous date in the text, not the article. */
  kind: "absolute" | "weekday" | "today" | "relative" | "vague";
  /**
   * "a day after" / "two days before": the phrase relates two events. When it stands before the
   * event it dates ("The clash came a day after Lukashenko spoke"), the offset runs backwards from
   * the other event.
   */
  connective?: "after" | "before";
}

const MONTHS: Record<string, number> = {
  january: 0,
  jan: 0,
  february: 1,
  feb: 1,
  march: 2,
  mar: 2,
  april: 3,
  apr: 3,
  may: 4,
  june: 5,
  jun: 5,
  july: 6,
  jul: 6,
  august: 7,
  aug: 7,
  september: 8,
  sep: 8,
  sept: 8,
  october: 9,
  oct: 9,
  november: 10,
  nov: 10,
  december: 11,
  dec: 11,
};
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const NUMBERS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(?:,?\\s+(\\d{4}))?";

interface Pattern {
  re: RegExp;
  resolve: (m: RegExpExecArray, base: string) => Pick<DateMention, "date" | "kind"> | undefined;
}

export function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

function build(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCMonth() !== month || d.getUTCDate() !== day) return undefined;
  return fromUtc(d);
}

// A day and month without a year: the article's year, or the year before when that would put a
// reported event months after publication ("on November 13" in a January article).
function withYear(base: string, month: number, day: number, year?: string): string | undefined {
  if (year) return build(Number(year), month, day);
  const baseYear = toUtc(base).getUTCFullYear();
  const date = build(baseYear, month, day);
  if (!date) return undefined;
  if (toUtc(date).getTime() - toUtc(base).getTime() > 60 * 86_400_000) return build(baseYear - 1, month, day);
  return date;
}

/** The most recent `weekday` on or before the article date: news reports past days of the week. */
export function lastWeekday(base: string, weekday: number): string {
  const back = (toUtc(base).getUTCDay() - weekday + 7) % 7;
  return addDays(base, -back);
}

// Words that put the clause in the future: a weekday after them is the coming one ("is due in
// Berlin on Wednesday", "will meet on Friday"), not the last one.
const FUTURE_BEFORE =
  /\b(?:is|are)\s+(?:due|expected|scheduled|set|to)\b|\bdue\s+(?:in|at|to|for)\b|\b(?:will|shall|plans? to|planning to|intends? to|going to)\b/i;

/** The next `weekday` after the article date. */
export function nextWeekday(base: string, weekday: number): string {
  const ahead = (weekday - toUtc(base).getUTCDay() + 7) % 7 || 7;
  return addDays(base, ahead);
}

const MONTH_ONLY =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

const PATTERNS: Pattern[] = [
  // "the night of April 10-11" / "night of 10-11 April": the night is dated by its second day.
  {
    re: new RegExp(`\\bnight of ${MONTH}\\s+(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})${YEAR}`, "gi"),
    resolve: (m, base) => ({
      date: withYear(base, MONTHS[m[1]!.toLowerCase()]!, Number(m[3]), m[4]),
      kind: "absolute",
    }),
  },
  {
    re: new RegExp(`\\bnight of (\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+${MONTH}${YEAR}`, "gi"),
    resolve: (m, base) => ({
      date: withYear(base, MONTHS[m[3]!.toLowerCase()]!, Number(m[2]), m[4]),
      kind: "absolute",
    }),
  },
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => ({ date: build(+m[1]!, +m[2]! - 1, +m[3]!), kind: "absolute" }),
  },
  {
    re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g,
    resolve: (m) => ({ date: build(+m[3]!, +m[2]! - 1, +m[1]!), kind: "absolute" }),
  },
  // "(on) Monday, 28 February" / "Monday, February 28": the explicit day wins over the weekday.
  {
    re: new RegExp(
      `\\b(?:(?:${WEEKDAYS.join("|")}),?\\s+)?${MONTH}\\s+${DAY}\\b(?!\\s*[-–]\\s*\\d)${YEAR}`,
      "gi",
    ),
    resolve: (m, base) => ({
      date: withYear(base, MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), m[3]),
      kind: "absolute",
    }),
  },
  {
    re: new RegExp(`\\b(?:(?:${WEEKDAYS.join("|")}),?\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}\\b${YEAR}`, "gi"),
    resolve: (m, base) => ({
      date: withYear(base, MONTHS[m[2]!.toLowerCase()]!, Number(m[1]), m[3]),
      kind: "absolute",
    }),
  },
  // "on the 18th": the latest 18th on or before the article date (news reports past days).
  {
    re: /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:century|anniversary|floor|round|time|birthday|amendment|parallel|minute|hour|brigade|division|regiment|corps|army|district|session|congress|summit|meeting)\b)/gi,
    resolve: (m, base) => {
      const day = Number(m[1]);
      const d = toUtc(base);
      const sameMonth = day <= d.getUTCDate();
      const month = d.getUTCMonth() - (sameMonth ? 0 : 1);
      const date = build(d.getUTCFullYear() + Math.floor(month / 12), (month + 12) % 12, day);
      return date ? { date, kind: "absolute" } : undefined;
    },
  },
  // Holidays that name their day: "early on New Year's Day", "on Christmas Eve".
  {
    re: /\b(New Year['’]s Day|New Year['’]s Eve|Christmas Day|Christmas Eve|Boxing Day)\b/g,
    resolve: (m, base) => {
      const day: Record<string, [number, number]> = {
        "new year's day": [0, 1],
        "new year's eve": [11, 31],
        "christmas day": [11, 25],
        "christmas eve": [11, 24],
        "boxing day": [11, 26],
      };
      const [month, date] = day[m[1]!.toLowerCase().replace("’", "'")]!;
      return { date: withYear(base, month, date), kind: "absolute" };
    },
  },
  {
    re: /\b(today|tonight|this morning|this afternoon|this evening)\b/gi,
    resolve: (_m, base) => ({ date: base, kind: "today" }),
  },
  { re: /\b(yesterday)\b/gi, resolve: (_m, base) => ({ date: addDays(base, -1), kind: "today" }) },
  {
    re: /\b(the day before yesterday)\b/gi,
    resolve: (_m, base) => ({ date: addDays(base, -2), kind: "today" }),
  },
  // "the night of Sunday to Monday", "overnight from Tuesday into Wednesday": dated by its end.
  {
    re: new RegExp(
      `\\b(?:night|overnight)\\s+(?:of|from)\\s+(?:${WEEKDAYS.join("|")})\\s+(?:to|into|and)\\s+(${WEEKDAYS.join("|")})\\b`,
      "gi",
    ),
    resolve: (m, base) => ({
      date: lastWeekday(base, WEEKDAYS.indexOf(m[1]!.toLowerCase())),
      kind: "weekday",
    }),
  },
  // "overnight", "last night": the night that ended on the publication day.
  {
    re: /\b(overnight|last night|during the night|in the night)\b/gi,
    resolve: (_m, base) => ({ date: base, kind: "today" }),
  },
  {
    re: /\b(?:the\s+)?(next|following|previous|preceding)\s+day\b|\ba day (later|earlier)\b/gi,
    resolve: (m) => ({ date: /next|following|later/i.test(m[0]) ? "+1" : "-1", kind: "relative" }),
  },
  // "on the eve of the summit": the day before the event the text is about.
  { re: /\b(?:on\s+)?the eve\b/gi, resolve: () => ({ date: "-1", kind: "relative" }) },
  {
    re: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+days?\s+(later|earlier|before|after)\b/gi,
    resolve: (m) => {
      const n = NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
      const word = m[2]!.toLowerCase();
      const connective = word === "after" || word === "before" ? word : undefined;
      return {
        date: word === "later" || word === "after" ? `+${n}` : `-${n}`,
        kind: "relative",
        ...(connective ? { connective } : {}),
      };
    },
  },
  {
    re: new RegExp(`\\b(?:last\\s+|this\\s+|next\\s+|on\\s+)?(${WEEKDAYS.join("|")})\\b`, "gi"),
    resolve: (m, base) => {
      if (/^this\s/i.test(m[0])) return { kind: "vague" };
      const weekday = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      if (/^next\s/i.test(m[0])) return { date: nextWeekday(base, weekday), kind: "weekday" };
      // "last Thursday" in a Thursday article is a week ago.
      const date = lastWeekday(base, weekday);
      if (/^last\s/i.test(m[0]) && date === base) return { date: addDays(base, -7), kind: "weekday" };
      return { date, kind: "weekday" };
    },
  },
  {
    re: /\b(?:earlier|previously|recently|formerly)\b(?!\s+(?:on|this|today|in the day))|\b(this|last|next) (week|month|year|weekend)\b|\b(recent|past|coming) (days|weeks|months)\b|\bearlier this (week|month|year)\b|\b(?:the\s+)?(?:previous|preceding|following) (?:week|month|year|weekend)\b|\b(?:a|one|two|three|four|\d+) (?:weeks?|months?|years?) (?:ago|earlier|later|before|after)\b|\bthe (?:week|month) (?:before|after)\b/gi,
    resolve: () => ({ kind: "vague" }),
  },
  // A year alone ("met Putin in 2019"): no day for the event.
  {
    re: /\b(?:in|since|during|until|by|early|late|mid-?)\s+(?:early\s+|late\s+)?(?:19|20)\d{2}\b/gi,
    resolve: () => ({ kind: "vague" }),
  },
  // A month without a day ("In March, soldiers fired warning shots"): no day for the event.
  {
    re: new RegExp(
      `\\b(?:in|since|until|by|during|early|late|mid-?|end of|beginning of)\\s+${MONTH_ONLY}\\b(?:\\s+\\d{4})?`,
      "gi",
    ),
    resolve: () => ({ kind: "vague" }),
  },
];

/**
 * Date expressions in `text`, left to right, non-overlapping (the earliest pattern wins a span).
 * Relative expressions carry "+N"/"-N" in `date`; resolve them with `resolveRelative`.
 */
export function findDates(text: string, base: string): DateMention[] {
  const found: DateMention[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const { re, resolve } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const r = resolve(m, base);
      if (!r) continue;
      if (r.kind === "weekday" && !/^(?:last|next)\s/i.test(m[0]) && futureClause(text, start))
        r.date = nextWeekday(base, WEEKDAYS.indexOf(m[1]!.toLowerCase()));
      if (r.kind !== "vague" && r.kind !== "relative" && !r.date) continue;
      found.push({ start, end, text: m[0], ...r });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// The clause before `at` (back to the last sentence or clause break) speaks of the future.
function futureClause(text: string, at: number): boolean {
  const clause =
    text
      .slice(Math.max(0, at - 80), at)
      .split(/[.;!?,]/)
      .pop() ?? "";
  return FUTURE_BEFORE.test(clause);
}

/** Applies a relative offset ("+1", "-3") to the previous date the text mentioned. */
export function resolveRelative(mention: DateMention, anchor: string): string | undefined {
  if (mention.kind !== "relative" || !mention.date) return mention.date;
  return addDays(anchor, Number(mention.date));
}
