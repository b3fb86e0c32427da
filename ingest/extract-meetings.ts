// Meetings: phone calls, talks, visits and summits that happened, with who took part and the day.
// A trigger phrase outside quotation marks, at least two participants (named, or carried over by
// "they" / "the pair" / "the two leaders"), and a day; planned, denied or hypothetical meetings
// are not facts yet.
import { MEETING_CAMEO, type MeetingKind } from "../cypher/vocabulary.ts";
import { eventDate, inQuote, type SentenceContext } from "./extract-context.ts";
import type { ResolvedMention } from "./resolve.ts";

export interface MeetingFinding {
  date: string;
  kind: MeetingKind;
  cameo: string;
  participants: string[];
  sentence: SentenceContext;
}

interface Trigger {
  re: RegExp;
  kind: MeetingKind;
  cameo?: string;
  /** Extra condition on a match (offsets relative to the sentence). */
  accept?: (ctx: SentenceContext, persons: ResolvedMention[], at: number, end: number) => boolean;
}

const rel = (ctx: SentenceContext, m: ResolvedMention) => ({
  start: m.start - ctx.sentence.start,
  end: m.end - ctx.sentence.start,
});

// "told Reuters by phone", "said by telephone": an interview, not a call between the people named.
function notAnInterview(ctx: SentenceContext, _persons: ResolvedMention[], at: number): boolean {
  const before = ctx.sentence.text.slice(0, at);
  return (
    !/\b(?:told|tells|said|says)(?:\s+(?:reporters|journalists|the|[\p{Lu}][\p{L}.]*)){0,4}\s+$/u.test(
      before,
    ) && !/\binterview\w*\b[^,;]{0,40}$/i.test(before)
  );
}

// "Merkel called Putin", "called Russian President Vladimir Putin": a person right after "called"
// (title words only in between), not "called for", "called it", "called the removal unacceptable".
function personCalled(ctx: SentenceContext, persons: ResolvedMention[], _at: number, end: number): boolean {
  const next = persons.map((m) => rel(ctx, m)).find((m) => m.start >= end);
  if (!next) return false;
  const between = ctx.sentence.text.slice(end, next.start);
  return /^\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,6}$/u.test(between);
}

// "Merkel and Lukashenko speak again": two persons joined by "and" right before the verb.
function pairSpeaks(ctx: SentenceContext, persons: ResolvedMention[], at: number): boolean {
  const text = ctx.sentence.text;
  const spans = persons.map((m) => rel(ctx, m));
  const second = spans.find((m) => /^\s+(?:also\s+|again\s+|later\s+)?$/.test(text.slice(m.end, at)));
  if (!second) return false;
  return spans.some((m) => m.end <= second.start && /^\s+and\s+$/.test(text.slice(m.end, second.start)));
}

// Order is priority: a sentence with "telephone conversation" and "discussed" is a phone call.
const TRIGGERS: Trigger[] = [
  {
    re: /\b(?:(?:tele)?phone (?:call|conversation|talks?|contact)s?|(?:by|over|on) (?:the )?(?:tele)?phone|phoned|telephoned|video ?(?:call|conference|link)s?|had a call|in a call)\b/i,
    kind: "phone_call",
    accept: notAnInterview,
  },
  { re: /\bcalled\b/i, kind: "phone_call", accept: personCalled },
  { re: /\b(?:summit|summits)\b/i, kind: "summit" },
  { re: /\b(?:hosted|received|welcomed|greeted)\b/i, kind: "visit", cameo: "043" },
  {
    re: /\b(?:visited|visit(?:s|ing)?\s+(?:to|in)|paid a visit|arrived (?:in|at)|official visit|working visit|state visit)\b/i,
    kind: "visit",
    cameo: "042",
  },
  { re: /\b(?:mediat(?:ed|ion|ing)|brokered)\b/i, kind: "talks", cameo: "045" },
  { re: /\b(?:negotiat(?:ed|ions|ing)|peace talks)\b/i, kind: "talks", cameo: "046" },
  {
    re: /\b(?:held talks|hold talks|talks (?:with|between)|talks|met|meet(?:s|ing)? with|meeting (?:with|between)|meeting|discussed|consultations|conferred|sat down with|face-to-face)\b/i,
    kind: "talks",
  },
  {
    re: /\b(?:spoke|speak|speaks|talked|talk)\b(?!\s+(?:to|with)\s+(?:reporters|journalists|the press|the media|media)\b)/i,
    kind: "talks",
    accept: pairSpeaks,
  },
  // "Merkel, who talked to Putin on Wednesday": a conversation with a named person.
  {
    re: /\b(?:spoke|spoken|speaks|speaking|talked|talks|talking|conversed) (?:to|with)\b/i,
    kind: "talks",
    accept: personCalled,
  },
];

// Words that make the sentence about a meeting that has not happened (or did not).
const NOT_YET =
  /\b(?:will|would|shall|to (?:meet|hold|discuss|visit|call|host)|plans?|planned|planning|going to|ahead of|expected|are to|is to|was to|were to|due (?:to|in|at|for)|scheduled|set to|tomorrow|upcoming|invited|invitation|proposed|offered|ready to|wants? to|hopes? to|intends?|may|might|could|should|refused|declined|rejected|rebuffed|ruled out|willing to|open to|call(?:ed|s|ing)? for|urged|demanded|sought|seeking|cancel(?:l?ed)?|postponed|did not|didn't|has not|have not|had not|hasn't|haven't|hadn't|not yet|not|no longer|no (?:talks|meeting|call)|never|without)\b/i;

const NOT_A_MEETING =
  /^(?:met|meets?|meeting) (?:with )?(?:(?:a|an|the|some|much|little|strong|fierce|widespread|broad|mixed|stiff|harsh|sharp)\s+)*(?:criticism|resistance|opposition|skepticism|scepticism|silence|protests?|anger|outrage|approval|support|praise|condemnation|disapproval|(?:\w+ )?(?:response|reaction|reception)|expectations|demands|requirements|criteria|targets?|goals?|needs|conditions|deadlines?|obligations|standards)\b/i;

// "have met several times", "speak regularly": habits, not one meeting on one day.
const REPEATED_AFTER =
  /^[^.;,]{0,60}?\b(?:(?:several|many|multiple|two|three|four|five|\d+|numerous) times|repeatedly|regularly|frequently|often)\b/i;

// "the presidents of the European Commission, ..." names people by office; it does not point back.
const PLURAL_ANAPHORA =
  /\b(?:they|the pair|the two(?: \w+)?|both(?: \w+)?|the (?:presidents|leaders|ministers|sides|parties|heads of state|prime ministers|premiers|counterparts)(?! of\b))\b/i;

/** The words before `at` with relative clauses (", who cancelled a trip to Paris,") left out. */
function mainClauseBefore(text: string, at: number): string {
  return text
    .slice(0, at)
    .replace(/,\s*(?:who|which|whose|whom)\b[^,]*,/gi, ",")
    .slice(-60);
}

export function cameoFor(kind: MeetingKind, trigger?: Trigger): string {
  return trigger?.cameo ?? (kind === "summit" ? "044" : MEETING_CAMEO[kind]);
}

// "a government spokesman, Piotr Müller, said": the person who reports a meeting is not in it.
const REPORTER_BEFORE = /\b(?:spokes(?:man|woman|person)|press secretary|according to)\W{0,3}$/i;
const REPORTER_AFTER = /^\W{0,3}(?:said|says|told|reported|wrote|tweeted|announced)\b/i;

function participantsOf(ctx: SentenceContext, mentions: ResolvedMention[]): ResolvedMention[] {
  const s = ctx.sentence;
  return mentions.filter((m) => {
    if (m.owner || inQuote(ctx.quotes, m.start - s.start)) return false;
    const before = s.text.slice(Math.max(0, m.start - s.start - 30), m.start - s.start);
    const after = s.text.slice(m.end - s.start, m.end - s.start + 12);
    if (REPORTER_BEFORE.test(before) && REPORTER_AFTER.test(after)) return false;
    // "..., Peskov said." / "..., Kremlin spokesman Dmitry Peskov told reporters": a trailing source.
    if (
      REPORTER_AFTER.test(after) &&
      /,\s+(?:[\p{Lu}][\p{L}.'’-]*\s+|the\s+){0,5}$/u.test(before) &&
      !/^\W{0,3}told\s+\p{Lu}/u.test(after)
    )
      return false;
    return true;
  });
}

const unique = (ids: string[]) => [...new Set(ids)];

// "visited the border together with Interior Minister X": X came along; X is not whom the visit met.
const COMPANION_BEFORE =
  /\b(?:together with|along with|accompanied by|alongside|joined by|flanked by)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+|the\s+|his\s+|her\s+){0,6}$/iu;

function companion(ctx: SentenceContext, m: ResolvedMention): boolean {
  const at = m.start - ctx.sentence.start;
  return COMPANION_BEFORE.test(ctx.sentence.text.slice(Math.max(0, at - 80), at));
}

/** Meetings stated in an article's sentences, in order. */
export function extractMeetings(contexts: SentenceContext[], articleDate: string): MeetingFinding[] {
  const out: MeetingFinding[] = [];
  let lastParticipants: string[] = [];
  let recentPersons: string[] = [];
  let lastPerson: string | undefined;
  for (const ctx of contexts) {
    const text = ctx.sentence.text;
    const persons = participantsOf(
      ctx,
      ctx.mentions.filter((m) => m.kind === "person"),
    );
    const sentencePersons = unique(persons.map((m) => m.actorId));
    const memory = { lastParticipants, recentPersons, lastPerson, earlier: out };
    const findings = meetingsInSentence(ctx, text, persons, memory, articleDate);
    out.push(...findings);
    const lastFinding = findings[findings.length - 1];
    if (lastFinding) lastParticipants = lastFinding.participants;
    if (sentencePersons.length >= 2) recentPersons = sentencePersons;
    const people = ctx.mentions.filter((m) => m.kind === "person" && !m.owner);
    if (people.length) lastPerson = people[0]!.actorId;
  }
  return out;
}

interface Memory {
  lastParticipants: string[];
  recentPersons: string[];
  /** The first person named in the previous sentence that named one: whom "he" or "she" means. */
  lastPerson?: string;
  earlier: MeetingFinding[];
}

interface TriggerHit {
  trigger: Trigger;
  at: number;
  end: number;
}

/** The first trigger, in priority order, between `from` and `to` (sentence offsets), outside quotes. */
function findTrigger(
  ctx: SentenceContext,
  persons: ResolvedMention[],
  from = 0,
  to = ctx.sentence.text.length,
): TriggerHit | undefined {
  const text = ctx.sentence.text;
  for (const t of TRIGGERS) {
    const re = new RegExp(t.re.source, "giu");
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      if (inQuote(ctx.quotes, m.index)) continue;
      // "met with criticism", "meeting the expectations", "Lukashenko talks about Putin": not meetings.
      if (NOT_A_MEETING.test(text.slice(m.index))) continue;
      if (
        /^talks\s+(?:about|of)\b/i.test(text.slice(m.index)) &&
        /\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(0, m.index))
      )
        continue;
      // "informed Putin about his telephone conversation with Merkel": a topic, not this sentence's event.
      if (
        /\b(?:about|on|of|regarding)\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$/i.test(
          text.slice(0, m.index),
        )
      )
        continue;
      const end = m.index + m[0].length;
      if (t.accept && !t.accept(ctx, persons, m.index, end)) continue;
      return { trigger: t, at: m.index, end };
    }
  }
  return undefined;
}

// "discussed Merkel's proposal": a possessive after the verb names what was discussed, not who took
// part ("Putin's four-hour talks", "Merkel's call with Lukashenko" still count).
function possessiveObject(ctx: SentenceContext, m: ResolvedMention, at: number): boolean {
  const start = m.start - ctx.sentence.start;
  const after = ctx.sentence.text.slice(m.end - ctx.sentence.start, m.end - ctx.sentence.start + 40);
  return (
    start > at &&
    /^['’]s?\s+(?!(?:[\w-]+\s+){0,2}(?:call|conversation|talks|meeting|visit|phone)\b)/.test(after)
  );
}

function notYet(text: string, at: number): boolean {
  return (
    NOT_YET.test(mainClauseBefore(text, at)) ||
    /^\s*(?:\w+\s+){0,2}(?:will|would)\b/.test(text.slice(at)) ||
    REPEATED_AFTER.test(text.slice(at))
  );
}

// "held talks with X on Monday and spoke by phone with Y the next day": coordinated clauses, each
// with its own verb, counterpart and day, sharing the subject.
const COORDINATION =
  /(?:,\s*|\s+)and\s+(?:also\s+|later\s+|then\s+|subsequently\s+)?(?=(?:spoke|talked|held|met|phoned|telephoned|called|visited|discussed|had|received|hosted|welcomed)\b)/g;

function coordinated(
  ctx: SentenceContext,
  persons: ResolvedMention[],
  articleDate: string,
): MeetingFinding[] | undefined {
  const text = ctx.sentence.text;
  const cuts = [0];
  COORDINATION.lastIndex = 0;
  for (let m = COORDINATION.exec(text); m; m = COORDINATION.exec(text)) cuts.push(m.index + m[0].length);
  if (cuts.length < 2) return undefined;
  cuts.push(text.length);
  const spans = persons.map((m) => ({ m, ...rel(ctx, m) }));
  const first = findTrigger(ctx, persons, 0, cuts[1]);
  if (!first) return undefined;
  const subject = unique(spans.filter((p) => p.end <= first.at).map((p) => p.m.actorId));
  if (subject.length !== 1) return undefined;
  const clauses: { hit: TriggerHit; objects: string[]; from: number; to: number }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const hit = i === 0 ? first : findTrigger(ctx, persons, from, to);
    if (!hit) continue;
    const objects = unique(
      spans.filter((p) => p.start >= hit.end && p.end <= to && !companion(ctx, p.m)).map((p) => p.m.actorId),
    ).filter((id) => id !== subject[0]);
    if (objects.length) clauses.push({ hit, objects, from, to });
  }
  if (clauses.length < 2) return undefined;
  const out: MeetingFinding[] = [];
  let previous: string | undefined;
  for (const c of clauses) {
    const own = { ...ctx, dates: ctx.dates.filter((d) => d.start >= c.from && d.end <= c.to) };
    const date = eventDate(own, c.hit.at, "none") ?? previous ?? eventDate(ctx, c.hit.at, "anchor");
    previous = date;
    if (notYet(text.slice(c.from), c.hit.at - c.from) || !date || date > articleDate) continue;
    const kind = c.hit.trigger.kind;
    out.push({
      date,
      kind,
      cameo: cameoFor(kind, c.hit.trigger),
      participants: [subject[0]!, ...c.objects].sort(),
      sentence: ctx,
    });
  }
  return out;
}

// "After having met with Estonian PM Kaja Kallas in the morning, the Polish PM ... met his Lithuanian
// counterpart": a completed meeting in a leading clause, with the main clause's subject.
function afterClause(
  ctx: SentenceContext,
  persons: ResolvedMention[],
  articleDate: string,
): MeetingFinding[] | undefined {
  const text = ctx.sentence.text;
  const lead = /^(?:After|Following|Having)\b[^,;]*,\s+/.exec(text);
  if (!lead) return undefined;
  const cut = lead[0].length;
  const sub = findTrigger(ctx, persons, 0, cut);
  const main = findTrigger(ctx, persons, cut);
  if (!sub || !main || sub.at >= cut) return undefined;
  const spans = persons.map((m) => ({ m, ...rel(ctx, m) }));
  const subject = unique(spans.filter((p) => p.start >= cut && p.end <= main.at).map((p) => p.m.actorId));
  if (subject.length !== 1) return undefined;
  const subObjects = unique(spans.filter((p) => p.start >= sub.end && p.end <= cut).map((p) => p.m.actorId));
  const mainObjects = unique(spans.filter((p) => p.start >= main.end).map((p) => p.m.actorId));
  if (!subObjects.length || !mainObjects.length) return undefined;
  const mainCtx = { ...ctx, dates: ctx.dates.filter((d) => d.start >= cut) };
  const subCtx = {
    ...ctx,
    dates: ctx.dates.filter((d) => d.end <= cut).map((d) => ({ ...d, subordinate: false })),
  };
  const mainDate = eventDate(mainCtx, main.at, "anchor");
  const subDate = eventDate(subCtx, sub.at, "none") ?? mainDate;
  const out: MeetingFinding[] = [];
  for (const [hit, objects, date] of [
    [sub, subObjects, subDate],
    [main, mainObjects, mainDate],
  ] as const) {
    if (!date || date > articleDate) continue;
    if (hit === main && notYet(text, hit.at)) continue;
    const participants = unique([subject[0]!, ...objects]).sort();
    if (participants.length < 2) continue;
    const kind = hit.trigger.kind;
    out.push({ date, kind, cameo: cameoFor(kind, hit.trigger), participants, sentence: ctx });
  }
  return out;
}

function meetingsInSentence(
  ctx: SentenceContext,
  text: string,
  persons: ResolvedMention[],
  memory: Memory,
  articleDate: string,
): MeetingFinding[] {
  // State-to-state talks written with a demonym pair: "the Russian-Ukrainian peace talks".
  const stateTalks = stateTalksIn(ctx, articleDate);
  const clauses = coordinated(ctx, persons, articleDate) ?? afterClause(ctx, persons, articleDate);
  if (clauses) return [...clauses, ...stateTalks];
  const hit = findTrigger(ctx, persons);
  if (!hit) return stateTalks;
  const { trigger, at } = hit;
  // "ahead of talks with", "will meet": look in the clause before the trigger.
  if (notYet(text, at)) return stateTalks;

  // Companions after the trigger ("visited the border together with X") do not make a meeting.
  let ids = unique(
    persons
      .filter(
        (m) => !(m.start - ctx.sentence.start > at && companion(ctx, m)) && !possessiveObject(ctx, m, at),
      )
      .map((m) => m.actorId),
  );
  if (ids.length < 2 && PLURAL_ANAPHORA.test(text)) {
    const carried = memory.lastParticipants.length >= 2 ? memory.lastParticipants : memory.recentPersons;
    ids = unique([...ids, ...carried]);
  }
  if (ids.length < 2) {
    // "He was greeted by Abbott", "he spoke with Y": a single named person plus a subject pronoun
    // refers to the person the previous sentences were about.
    if (ids.length === 1 && /\b(?:he|she)\b/i.test(text.slice(0, at))) {
      const other = [memory.lastPerson, ...memory.recentPersons].find((p) => p && p !== ids[0]);
      if (other) ids = [other, ids[0]!];
    }
  }
  if (ids.length < 2) return stateTalks;
  // "was earlier received by": in a meeting story, "earlier" places it before the last event told,
  // on the day the text is about.
  const dated = {
    ...ctx,
    dates: ctx.dates.filter((d) => !(d.kind === "vague" && /^earlier$/i.test(d.text))),
  };
  const date = eventDate(dated, at, "anchor");
  if (!date || date > articleDate) return stateTalks;
  // "took part in the talks", "at the meeting": the meeting already reported that day, not another.
  if (
    /^(?:talks|meeting)$/i.test(text.slice(at, hit.end)) &&
    /\bthe\s+$/i.test(text.slice(0, at)) &&
    memory.earlier.some((f) => f.date === date)
  )
    return stateTalks;
  const kind = trigger.kind;
  const cameo = cameoFor(kind, trigger);
  // "A met with B, C and D": separate meetings of A with each of them.
  const subject = persons.filter((m) => m.start - ctx.sentence.start < at);
  const objects = unique(persons.filter((m) => m.start - ctx.sentence.start > at).map((m) => m.actorId));
  const subjectIds = unique(subject.map((m) => m.actorId));
  if (/\bmet\b|\bmeet/i.test(text.slice(at, at + 12)) && subjectIds.length === 1 && objects.length >= 3) {
    return [
      ...objects.map((o) => ({ date, kind, cameo, participants: [subjectIds[0]!, o].sort(), sentence: ctx })),
      ...stateTalks,
    ];
  }
  return [{ date, kind, cameo, participants: [...ids].sort(), sentence: ctx }, ...stateTalks];
}

function stateTalksIn(ctx: SentenceContext, articleDate: string): MeetingFinding[] {
  const text = ctx.sentence.text;
  const re =
    /\b(\p{Lu}[\p{L}]+)[-–](\p{Lu}[\p{L}]+) (?:peace |bilateral |direct )?(talks|negotiations|consultations|summit)\b/gu;
  const out: MeetingFinding[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const states = ctx.mentions.filter(
      (x) =>
        x.kind === "state" &&
        x.start - ctx.sentence.start >= m!.index &&
        x.end - ctx.sentence.start <= m!.index + m![0].length,
    );
    const ids = unique(states.map((s) => s.actorId));
    if (ids.length !== 2) continue;
    const before = text.slice(0, m.index);
    if (NOT_YET.test(before.slice(-40))) continue;
    const date = eventDate(ctx, m.index + m[0].length, "none");
    if (!date || date > articleDate) continue;
    const kind: MeetingKind = m[3] === "summit" ? "summit" : "talks";
    out.push({
      date,
      kind,
      cameo: m[3] === "negotiations" ? "046" : cameoFor(kind),
      participants: ids.sort(),
      sentence: ctx,
    });
  }
  return out;
}
