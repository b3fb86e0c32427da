// Meetings: phone calls, talks, visits and summits that happened, with who took part and the day.
// A trigger phrase outside quotation marks, at least two participants (named, or carried over by
// "they" / "the pair" / "the two leaders"), and a day; planned, denied or hypothetical meetings
// are not facts yet.
import { MEETING_CAMEO, type MeetingKind } from "../cypher/vocabulary.ts";
import { genderOf } from "./actors/first-names.ts";
import { dateDoubt, roundConfidence } from "./extract-confidence.ts";
import { eventDate, inQuote, type SentenceContext } from "./extract-context.ts";
import type { ResolvedMention } from "./resolve.ts";

export interface MeetingFinding {
  date: string;
  kind: MeetingKind;
  cameo: string;
  participants: string[];
  sentence: SentenceContext;
  /** The rule that produced the finding (see RULES in extract-confidence.ts). */
  rule: MeetingRule;
  /** 0–1, from the rule, how participants were named and how the day was found. */
  confidence: number;
}

export type MeetingRule =
  | "meeting-verb"
  | "one-to-many"
  | "multi-party"
  | "coordinated-clauses"
  | "independent-clauses"
  | "after-clause"
  | "state-talks";

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

// "Merkel called Putin", "called Russian President Vladimir Putin", "spoke to his German
// counterpart Heiko Maas": a person right after the verb (title words only in between), not "called
// for", "called it", "called the removal unacceptable".
const TITLE_GAP =
  /^\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:[\p{Lu}][\p{L}.'’-]*|counterpart|minister|president|prime|premier|foreign|defen[cs]e|interior|affairs|secretary|chancellor|of|state|chief|leader|envoy|ambassador|&)\s+){0,8}$/u;

function personCalled(ctx: SentenceContext, persons: ResolvedMention[], _at: number, end: number): boolean {
  const next = persons.map((m) => rel(ctx, m)).find((m) => m.start >= end);
  if (!next) return false;
  return TITLE_GAP.test(ctx.sentence.text.slice(end, next.start));
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
    re: /\b(?:(?:tele)?phon(?:e|ic) (?:call|conversation|talks?|contact)s?|(?:by|over|on) (?:the )?(?:tele)?phone|phoned|telephoned|video ?(?:call|conference|link)s?|had a call|in a call)\b/i,
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
// "both capitals", "the two countries" name states, not the persons the text was about.
const PEOPLE =
  "(?:leaders|men|women|presidents|ministers|premiers|heads of state|officials|diplomats|counterparts|politicians|sides)";
const PLURAL_ANAPHORA = new RegExp(
  `\\b(?:they|the pair|the two(?= (?:${PEOPLE}|met|spoke|talked|held|discussed|agreed|also|have|had)\\b)|both(?: of them| ${PEOPLE})|the (?:presidents|leaders|ministers|sides|parties|heads of state|prime ministers|premiers|counterparts)(?! of\\b))\\b`,
  "i",
);

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
// "according to Maria Zakharova", "according to the Kremlin's Dmitry Peskov": a source, whatever follows.
const ACCORDING_TO = /\baccording to\s+(?:(?:the|[\p{Lu}][\p{L}.'’-]*(?:['’]s)?)\s+){0,5}$/u;
// "Spokesman X said Y met Z": a speaker whose reported clause has its own subject.
const SPEECH_VERB =
  /^\W{0,3}(?:said|says|told\s+(?:reporters|journalists|the\s+\w+|[\p{Lu}][\p{L}]+)|reported|announced|confirmed|stated|wrote|tweeted|added|noted)\b(?:\s+(?:on|late|early)\s+\w+)?(?:\s+that)?\s+/u;

function participantsOf(ctx: SentenceContext, mentions: ResolvedMention[]): ResolvedMention[] {
  const s = ctx.sentence;
  return mentions.filter((m, k) => {
    if (m.owner || inQuote(ctx.quotes, m.start - s.start)) return false;
    const before = s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start);
    const after = s.text.slice(m.end - s.start, m.end - s.start + 40);
    if (REPORTER_BEFORE.test(before.slice(-30)) && REPORTER_AFTER.test(after)) return false;
    if (ACCORDING_TO.test(before)) return false;
    // "..., Peskov said." / "..., Kremlin spokesman Dmitry Peskov told reporters": a trailing source.
    if (
      REPORTER_AFTER.test(after) &&
      /,\s+(?:[\p{Lu}][\p{L}.'’-]*\s+|the\s+){0,5}$/u.test(before) &&
      !/^\W{0,3}told\s+\p{Lu}/u.test(after)
    )
      return false;
    // "Spokesman Piotr Müller said Mateusz Morawiecki had spoken with ...": the speaker reports.
    const speech = SPEECH_VERB.exec(after);
    if (speech) {
      const clause = m.end + speech[0].length;
      const next = mentions[k + 1];
      if (
        next &&
        next.start >= clause &&
        next.start - clause <= 60 &&
        !/[,;]/.test(s.text.slice(clause - s.start, next.start - s.start))
      )
        return false;
    }
    return true;
  });
}

const unique = (ids: string[]) => [...new Set(ids)];

// "visited the border together with Interior Minister X", "the meeting was held in the presence of
// A, B and C": X came along, A, B and C attended; they are not whom the visit or meeting was with.
const COMPANION_BEFORE =
  /\b(?:together with|along with|accompanied by|alongside|joined by|flanked by|in (?:the )?presence of|attended by|also attended by|also present were)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+|the\s+|his\s+|her\s+|of\s+)*?(?:[^.;:]*?,\s+(?:and\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+|the\s+|of\s+)*)*$/iu;
const CLAUSE_WORD =
  /\b(?:met|meet|spoke|talked|held|said|visited|called|phoned|discussed|then|later|while|who|which|after|before|where)\b/i;

function companion(ctx: SentenceContext, m: ResolvedMention): boolean {
  const at = m.start - ctx.sentence.start;
  const before = ctx.sentence.text.slice(Math.max(0, at - 160), at);
  const match = COMPANION_BEFORE.exec(before);
  return !!match && !CLAUSE_WORD.test(match[0]);
}

interface Memory {
  lastParticipants: string[];
  recentPersons: string[];
  /** The first person named in the previous sentence that named one: whom "he" or "she" means. */
  lastPerson?: string;
  /** Days of the meetings found in earlier sentences. */
  earlier: Set<string>;
  /** Persons' names by actor id, for the gender of "he" and "she". */
  names: Map<string, string>;
}

/** Meetings stated in an article's sentences, in order. */
export function extractMeetings(contexts: SentenceContext[], articleDate: string): MeetingFinding[] {
  const out: Finding[] = [];
  const memory: Memory = { lastParticipants: [], recentPersons: [], earlier: new Set(), names: new Map() };
  for (const ctx of contexts) {
    for (const m of ctx.mentions) if (m.kind === "person") memory.names.set(m.actorId, m.name);
    const persons = participantsOf(
      ctx,
      ctx.mentions.filter((m) => m.kind === "person"),
    );
    const sentencePersons = unique(persons.map((m) => m.actorId));
    const findings = meetingsInSentence(ctx, persons, memory, articleDate);
    out.push(...findings);
    for (const f of findings) memory.earlier.add(f.date);
    const lastFinding = findings[findings.length - 1];
    if (lastFinding) memory.lastParticipants = lastFinding.participants;
    if (sentencePersons.length >= 2) memory.recentPersons = sentencePersons;
    const people = ctx.mentions.filter((m) => m.kind === "person" && !m.owner);
    const subject = findings.find((f) => f.subject)?.subject;
    if (subject) memory.lastPerson = subject;
    else if (people.length) memory.lastPerson = people[0]!.actorId;
  }
  return out.map(({ subject: _subject, ...f }) => f);
}

interface TriggerHit {
  trigger: Trigger;
  at: number;
  end: number;
}

// A meeting named as the setting or the time of something else, with no day of its own: "in the wake
// of the Prague summit", "while they attended the SCO Summit", "at a summit in Uzbekistan".
const BACKGROUND_BEFORE =
  /\b(?:in the wake of|since|after|following|before|ahead of|at|during|on the (?:sidelines|margins) of|in|from|attend(?:ed|ing|s)?|participat(?:ed|ing|es?) in|took part in|taking part in)\s+(?:the|a|an|this|that|last\s+\w+['’]s)\s+(?:[\p{L}\d'’-]+\s+){0,5}$/iu;
const NOMINAL = /^(?:summits?|meetings?|talks|consultations|negotiations|peace talks|conference)$/i;

function background(ctx: SentenceContext, at: number, end: number): boolean {
  const text = ctx.sentence.text;
  if (!NOMINAL.test(text.slice(at, end))) return false;
  if (!BACKGROUND_BEFORE.test(text.slice(Math.max(0, at - 90), at))) return false;
  // "the talks with X on Monday": a day of its own makes it an event of this sentence.
  return !ctx.dates.some((d) => d.resolved && d.kind !== "vague" && !d.ofReport && d.kind !== "relative");
}

/** Spans (sentence offsets) of background meetings and the relative clause that tells who was there. */
function backgroundSpans(ctx: SentenceContext): [number, number][] {
  const text = ctx.sentence.text;
  const out: [number, number][] = [];
  const re = /\b(?:summits?|meetings?|talks|consultations|negotiations|conference)\b/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (!background(ctx, m.index, end)) continue;
    const rest = text.slice(end);
    const relative = /^[^,;]*?,\s*(?:which|who|where|that)\b[^;]*/.exec(rest);
    const plain = /^[^,;]*/.exec(rest)!;
    out.push([m.index, end + (relative ?? plain)[0].length]);
  }
  return out;
}

const globalTriggers = new Map<Trigger, RegExp>();

function globalTrigger(t: Trigger): RegExp {
  let re = globalTriggers.get(t);
  if (!re) globalTriggers.set(t, (re = new RegExp(t.re.source, "giu")));
  return re;
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
    const re = globalTrigger(t);
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
      if (background(ctx, m.index, end)) continue;
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

// "did not speak to reporters after his meeting with Aoun": a meeting the sentence presupposes.
const PRESUPPOSED = /\b(?:after|following|since)\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}$/i;

function notYet(text: string, at: number): boolean {
  if (
    PRESUPPOSED.test(text.slice(Math.max(0, at - 50), at)) &&
    /^(?:meetings?|talks|call|conversation)\b/i.test(text.slice(at))
  )
    return false;
  return (
    NOT_YET.test(mainClauseBefore(text, at)) ||
    /^\s*(?:\w+\s+){0,2}(?:will|would)\b/.test(text.slice(at)) ||
    REPEATED_AFTER.test(text.slice(at))
  );
}

// ---------- who met whom: one meeting, or one per counterpart ----------

// A meeting all take part in at once: "trilateral talks", "a video conference with A and B".
const JOINT =
  /\b(?:tri|quadri)lateral|\btripartite\b|\b(?:three|four|five)-(?:way|party|sided)\b|\bjoint(?:ly)?\b|\btogether\b|\bvideo ?(?:conference|call|link)|\bvideoconference\b|\bconference call\b|\broundtable\b|\bround table\b/i;
// Talking and calling are one-to-one unless the text says otherwise ("spoke with A and B").
const ONE_TO_ONE =
  /^(?:spoke|spoken|speaks?|speaking|talked|talk|talking|conversed|phoned|telephoned|called)\b/i;
const SEPARATELY = /\bseparate(?:ly)?\b|\bindividually\b|\brespectively\b|\beach\b/i;
const THEN_AFTER = /(?:,\s*|\s+)(?:and\s+)?(?:then|later|afterwards|subsequently|after that)\b/i;

// The verb or noun right before the counterparts decides ("arrived in Beirut ... and had met with
// A, B and C" is three meetings).
const MET = /\b(?:met|meets?|meeting)\b/i;
const MEETING_WORD = /\b(?:met|meets?|meetings?|talks|calls?|conversations?|spoke|talked)\b/i;

/** "X met A, B and C" as three meetings with X, or one with all four. */
function pairwise(
  hit: TriggerHit,
  text: string,
  objects: string[],
  firstObject = text.length,
  lastObject = text.length,
): boolean {
  if (objects.length < 2 || JOINT.test(text)) return false;
  if (SEPARATELY.test(text)) return true;
  if (hit.trigger.kind === "phone_call" || ONE_TO_ONE.test(text.slice(hit.at))) return true;
  if (THEN_AFTER.test(text.slice(hit.end))) return true;
  // "after his meeting with A, nor after his meeting with B": a meeting word between counterparts.
  if (MEETING_WORD.test(text.slice(firstObject, lastObject))) return true;
  const zone = text.slice(Math.max(hit.at, firstObject - 40), firstObject);
  return objects.length >= 3 && (/^(?:met|meet)/i.test(text.slice(hit.at)) || MET.test(zone));
}

// "he", "she": male and female first names, from compromise's name lexicon.
function fitsPronoun(name: string | undefined, pronoun: string): boolean {
  if (!name) return true;
  const gender = genderOf(name.split(/\s+/)[0]!);
  if (!gender) return true;
  return /^she$/i.test(pronoun) ? gender === "female" : gender === "male";
}

/** Whom a subject "he" or "she" before `at` refers to, or undefined when there is none. */
function pronounSubject(
  ctx: SentenceContext,
  at: number,
  memory: Memory,
): { id: string; pronoun: string } | undefined {
  const text = ctx.sentence.text;
  const pm = /\b(he|she)\b(?![^,;]*\b(?:he|she)\b)/i.exec(text.slice(0, at));
  if (!pm) return undefined;
  const pronoun = pm[1]!;
  // "X's office said he called Y", "According to X, she met Y": the person named before it.
  const own = ctx.mentions
    .filter((m) => m.kind === "person" && m.start - ctx.sentence.start < pm.index)
    .reverse()
    .find((m) => fitsPronoun(m.name, pronoun));
  if (own) return { id: own.actorId, pronoun };
  const id = [memory.lastPerson, ...memory.recentPersons].find(
    (p) => p && fitsPronoun(memory.names.get(p), pronoun),
  );
  return id ? { id, pronoun } : undefined;
}

interface Participation {
  /** One list per meeting. */
  meetings: string[][];
  /** The person who called or met the others, when one did. */
  subject?: string;
  /** How the participants were found, for the confidence. */
  pronoun: boolean;
  anaphora: boolean;
  rule: MeetingRule;
}

/** Who took part in the meeting the trigger `hit` states, as one meeting or one per counterpart. */
function participation(
  ctx: SentenceContext,
  persons: ResolvedMention[],
  hit: TriggerHit,
  memory: Memory,
): Participation | undefined {
  const text = ctx.sentence.text;
  const { at } = hit;
  // Companions after the trigger ("visited the border together with X") do not make a meeting.
  const aside = backgroundSpans(ctx);
  const usable = persons.filter((m) => {
    const start = m.start - ctx.sentence.start;
    if (aside.some(([a, b]) => start >= a && start < b)) return false;
    return !(start > at && companion(ctx, m)) && !possessiveObject(ctx, m, at);
  });
  let ids = unique(usable.map((m) => m.actorId));
  const subjects = unique(usable.filter((m) => m.start - ctx.sentence.start < at).map((m) => m.actorId));
  const objects = unique(
    usable.filter((m) => m.start - ctx.sentence.start >= hit.end).map((m) => m.actorId),
  ).filter((id) => !subjects.includes(id));
  let pronoun = false;
  let anaphora = false;
  let subject = subjects.length === 1 ? subjects[0] : undefined;
  // "He then talked with A and B", "X's office said he called Y": the pronoun is the caller.
  if (!subjects.length && objects.length) {
    const ref = pronounSubject(ctx, at, memory);
    if (ref && !objects.includes(ref.id)) {
      subject = ref.id;
      ids = unique([ref.id, ...ids]);
      pronoun = true;
    }
  }
  // "The Armenian side also spoke with A and B": a state or body as the subject, not A with B.
  if (!subject && objects.length) {
    const body = ctx.mentions.find(
      (m) =>
        m.kind !== "person" &&
        !m.adjective &&
        !m.known?.media &&
        m.end - ctx.sentence.start <= at &&
        /^\s+(?:(?:also|then|later|has|have|had|again)\s+)*$/.test(
          text.slice(m.end - ctx.sentence.start, at),
        ),
    );
    if (body) {
      subject = body.actorId;
      ids = unique([body.actorId, ...ids]);
    }
  }
  if (ids.length < 2 && PLURAL_ANAPHORA.test(text)) {
    const carried = memory.lastParticipants.length >= 2 ? memory.lastParticipants : memory.recentPersons;
    ids = unique([...ids, ...carried]);
    anaphora = true;
  }
  if (ids.length < 2) return undefined;
  const after = usable.filter((m) => m.start - ctx.sentence.start >= hit.end && objects.includes(m.actorId));
  const firstObject = after.length ? after[0]!.start - ctx.sentence.start : text.length;
  const lastObject = after.length ? after.at(-1)!.start - ctx.sentence.start : text.length;
  if (subject && pairwise(hit, text, objects, firstObject, lastObject))
    return {
      meetings: objects.map((o) => [subject, o].sort()),
      subject,
      pronoun,
      anaphora,
      rule: "one-to-many",
    };
  return {
    meetings: [[...ids].sort()],
    subject: pronoun ? subject : undefined,
    pronoun,
    anaphora,
    rule: ids.length > 2 ? "multi-party" : "meeting-verb",
  };
}

// ---------- clauses ----------

/** The context of the clause `from`–`to` of a sentence, with offsets relative to the clause. */
function clauseContext(ctx: SentenceContext, from: number, to: number): SentenceContext {
  const s = ctx.sentence;
  return {
    ...ctx,
    sentence: { ...s, start: s.start + from, end: s.start + to, text: s.text.slice(from, to) },
    mentions: ctx.mentions.filter((m) => m.start >= s.start + from && m.end <= s.start + to),
    dates: ctx.dates
      .filter((d) => d.start >= from && d.end <= to)
      .map((d) => ({ ...d, start: d.start - from, end: d.end - from })),
    quotes: ctx.quotes.map(([a, b]) => [a - from, b - from] as [number, number]),
  };
}

// "A spoke with B on Thursday and C met D on Friday": a new subject with its own meeting verb.
const CLAUSE_JOIN = /(?:,\s*|\s+)(?:and|while|whereas|but)\s+|;\s+/g;
const SUBJECT_LEAD =
  /^(?:(?:the|[\p{Lu}][\p{L}.'’-]*|prime|foreign|defen[cs]e|interior|minister|president)\s+)*$/u;

function independentClauses(ctx: SentenceContext, persons: ResolvedMention[]): number[] {
  const text = ctx.sentence.text;
  const cuts: number[] = [];
  // Two meetings with a subject each need three persons at least.
  if (persons.length < 3) return cuts;
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(text); m; m = CLAUSE_JOIN.exec(text)) {
    const cut = m.index + m[0].length;
    const subject = persons.find(
      (p) =>
        p.start - ctx.sentence.start >= cut &&
        SUBJECT_LEAD.test(text.slice(cut, p.start - ctx.sentence.start)),
    );
    if (!subject) continue;
    const end = subject.end - ctx.sentence.start;
    const hit = findTrigger(ctx, persons, end);
    if (
      !hit ||
      hit.at - end > 40 ||
      persons.some((p) => p.start - ctx.sentence.start > end && p.end - ctx.sentence.start <= hit.at)
    )
      continue;
    // The clause before needs a meeting of its own.
    if (!findTrigger(ctx, persons, cuts.at(-1) ?? 0, m.index)) continue;
    cuts.push(cut);
  }
  return cuts;
}

/** Meetings stated in one sentence: split into independent clauses first, each read on its own. */
function meetingsInSentence(
  ctx: SentenceContext,
  persons: ResolvedMention[],
  memory: Memory,
  articleDate: string,
): Finding[] {
  // State-to-state talks written with a demonym pair: "the Russian-Ukrainian peace talks".
  const stateTalks = stateTalksIn(ctx, articleDate);
  const cuts = independentClauses(ctx, persons);
  if (!cuts.length) return [...meetingsInClause(ctx, persons, memory, articleDate), ...stateTalks];
  const bounds = [0, ...cuts, ctx.sentence.text.length];
  const out: Finding[] = [];
  let anchor = ctx.anchor;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const clause = { ...clauseContext(ctx, bounds[i]!, bounds[i + 1]!), anchor };
    const own = persons.filter((p) => p.start >= clause.sentence.start && p.end <= clause.sentence.end);
    const found = meetingsInClause(clause, own, memory, articleDate).map((f) => ({
      ...f,
      sentence: ctx,
      rule: "independent-clauses" as const,
    }));
    if (found[0]) anchor = found[0].date;
    out.push(...found);
  }
  return [...out, ...stateTalks];
}

type Finding = MeetingFinding & { subject?: string };

// "held talks with X on Monday and spoke by phone with Y the next day": coordinated clauses, each
// with its own verb, counterpart and day, sharing the subject.
const COORDINATION =
  /(?:,\s*|\s+)and\s+(?:also\s+|later\s+|then\s+|subsequently\s+)?(?=(?:spoke|talked|held|met|phoned|telephoned|called|visited|discussed|had|received|hosted|welcomed)\b)/g;

function coordinated(
  ctx: SentenceContext,
  persons: ResolvedMention[],
  articleDate: string,
): Finding[] | undefined {
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
  const out: Finding[] = [];
  let previous: string | undefined;
  for (const c of clauses) {
    const own = { ...ctx, dates: ctx.dates.filter((d) => d.start >= c.from && d.end <= c.to) };
    const date = eventDate(own, c.hit.at, "none") ?? previous ?? eventDate(ctx, c.hit.at, "anchor");
    previous = date;
    if (notYet(text.slice(c.from), c.hit.at - c.from) || !date || date > articleDate) continue;
    const kind = c.hit.trigger.kind;
    const groups = pairwise(c.hit, text.slice(c.from, c.to), c.objects)
      ? c.objects.map((o) => [subject[0]!, o])
      : [[subject[0]!, ...c.objects]];
    for (const group of groups)
      out.push({
        date,
        kind,
        cameo: cameoFor(kind, c.hit.trigger),
        participants: group.sort(),
        sentence: ctx,
        rule: "coordinated-clauses",
        confidence: meetingConfidence({ ctx: own, hit: c.hit, date, participants: group }),
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
): Finding[] | undefined {
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
  const out: Finding[] = [];
  for (const [hit, objects, date, own] of [
    [sub, subObjects, subDate, subCtx],
    [main, mainObjects, mainDate, mainCtx],
  ] as const) {
    if (!date || date > articleDate) continue;
    if (hit === main && notYet(text, hit.at)) continue;
    const participants = unique([subject[0]!, ...objects]).sort();
    if (participants.length < 2) continue;
    const kind = hit.trigger.kind;
    out.push({
      date,
      kind,
      cameo: cameoFor(kind, hit.trigger),
      participants,
      sentence: ctx,
      rule: "after-clause",
      confidence: meetingConfidence({ ctx: own, hit, date, participants }),
    });
  }
  return out;
}

/** Meetings stated in one clause (or a sentence that is one). */
function meetingsInClause(
  ctx: SentenceContext,
  persons: ResolvedMention[],
  memory: Memory,
  articleDate: string,
): Finding[] {
  const text = ctx.sentence.text;
  const clauses = coordinated(ctx, persons, articleDate) ?? afterClause(ctx, persons, articleDate);
  if (clauses) return clauses;
  const hit = findTrigger(ctx, persons);
  if (!hit) return [];
  const { trigger, at } = hit;
  // "ahead of talks with", "will meet": look in the clause before the trigger.
  if (notYet(text, at)) return [];
  const who = participation(ctx, persons, hit, memory);
  if (!who) return [];
  // "was earlier received by": in a meeting story, "earlier" places it before the last event told,
  // on the day the text is about.
  const dated = {
    ...ctx,
    dates: ctx.dates.filter((d) => !(d.kind === "vague" && /^earlier$/i.test(d.text))),
  };
  const date = eventDate(dated, at, "anchor");
  if (!date || date > articleDate) return [];
  // "took part in the talks", "at the meeting": the meeting already reported that day, not another.
  if (
    /^(?:talks|meeting)$/i.test(text.slice(at, hit.end)) &&
    /\bthe\s+$/i.test(text.slice(0, at)) &&
    memory.earlier.has(date)
  )
    return [];
  const kind = trigger.kind;
  const cameo = cameoFor(kind, trigger);
  return who.meetings.map((participants) => ({
    date,
    kind,
    cameo,
    participants,
    sentence: ctx,
    rule: who.rule,
    subject: who.subject,
    confidence: meetingConfidence({
      ctx: dated,
      hit,
      date,
      participants,
      pronoun: who.pronoun,
      anaphora: who.anaphora,
    }),
  }));
}

function stateTalksIn(ctx: SentenceContext, articleDate: string): Finding[] {
  const text = ctx.sentence.text;
  const re =
    /\b(\p{Lu}[\p{L}]+)[-–](\p{Lu}[\p{L}]+) (?:peace |bilateral |direct )?(talks|negotiations|consultations|summit)\b/gu;
  const out: Finding[] = [];
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
    const at = m.index + m[0].length;
    const date = eventDate(ctx, at, "none");
    if (!date || date > articleDate) continue;
    const kind: MeetingKind = m[3] === "summit" ? "summit" : "talks";
    out.push({
      date,
      kind,
      cameo: m[3] === "negotiations" ? "046" : cameoFor(kind),
      participants: ids.sort(),
      sentence: ctx,
      rule: "state-talks",
      confidence: meetingConfidence({ ctx, at, date, participants: ids, base: 0.7 }),
    });
  }
  return out;
}

// ---------- confidence ----------

interface Evidence {
  ctx: SentenceContext;
  hit?: TriggerHit;
  at?: number;
  date: string;
  participants: string[];
  pronoun?: boolean;
  anaphora?: boolean;
  base?: number;
}

// An explicit verb ("met", "phoned", "held talks") says more than a noun ("talks", "the meeting").
const EXPLICIT =
  /^(?:met|meet|held talks|hold talks|phoned|telephoned|called|visited|hosted|received|(?:tele)?phon)/i;

function meetingConfidence(e: Evidence): number {
  const text = e.ctx.sentence.text;
  const at = e.hit?.at ?? e.at ?? 0;
  let c = e.base ?? (e.hit && EXPLICIT.test(text.slice(at)) ? 0.9 : 0.8);
  if (e.hit?.trigger.kind === "phone_call") c = Math.max(c, 0.9);
  // Persons named only by a role, resolved through the office-holder list or the article.
  const byRole = e.ctx.mentions.filter((m) => m.reference && e.participants.includes(m.actorId)).length;
  c -= 0.1 * byRole;
  if (e.pronoun) c -= 0.1;
  if (e.anaphora) c -= 0.15;
  c -= dateDoubt(e.ctx, e.date);
  return roundConfidence(c);
}
