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
}

// Order is priority: a sentence with "telephone conversation" and "discussed" is a phone call.
const TRIGGERS: Trigger[] = [
  {
    re: /\b(?:(?:tele)?phone (?:call|conversation|talks?|contact)s?|spoke (?:on|over|by) the (?:tele)?phone|(?:spoke|talked|held talks) by (?:tele)?phone|phoned|telephoned|video (?:call|conference|link)|had a call|in a call)\b/i,
    kind: "phone_call",
  },
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
];

// Words that make the sentence about a meeting that has not happened (or did not).
const NOT_YET =
  /\b(?:will|would|shall|to (?:meet|hold|discuss|visit|call|host)|plans?|planned|planning|going to|ahead of|expected|are to|is to|was to|were to|due to|scheduled|set to|tomorrow|upcoming|invited|invitation|proposed|offered|ready to|wants? to|hopes? to|intends?|may|might|could|should|refused|declined|cancel(?:l?ed)?|postponed|did not|didn't|no (?:talks|meeting|call)|never|without)\b/i;

const PLURAL_ANAPHORA =
  /\b(?:they|the pair|the two(?: \w+)?|both(?: \w+)?|the (?:presidents|leaders|ministers|sides|parties|heads of state|prime ministers|premiers|counterparts))\b/i;

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
    return !(REPORTER_BEFORE.test(before) && REPORTER_AFTER.test(after));
  });
}

const unique = (ids: string[]) => [...new Set(ids)];

/** Meetings stated in an article's sentences, in order. */
export function extractMeetings(contexts: SentenceContext[], articleDate: string): MeetingFinding[] {
  const out: MeetingFinding[] = [];
  let lastParticipants: string[] = [];
  let recentPersons: string[] = [];
  for (const ctx of contexts) {
    const text = ctx.sentence.text;
    const persons = participantsOf(
      ctx,
      ctx.mentions.filter((m) => m.kind === "person"),
    );
    const sentencePersons = unique(persons.map((m) => m.actorId));
    const findings = meetingsInSentence(ctx, text, persons, lastParticipants, recentPersons, articleDate);
    out.push(...findings);
    const lastFinding = findings[findings.length - 1];
    if (lastFinding) lastParticipants = lastFinding.participants;
    if (sentencePersons.length >= 2) recentPersons = sentencePersons;
  }
  return out;
}

function meetingsInSentence(
  ctx: SentenceContext,
  text: string,
  persons: ResolvedMention[],
  lastParticipants: string[],
  recentPersons: string[],
  articleDate: string,
): MeetingFinding[] {
  // State-to-state talks written with a demonym pair: "the Russian-Ukrainian peace talks".
  const stateTalks = stateTalksIn(ctx, articleDate);
  let trigger: Trigger | undefined;
  let at = -1;
  for (const t of TRIGGERS) {
    const re = new RegExp(t.re.source, "gi");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (inQuote(ctx.quotes, m.index)) continue;
      trigger = t;
      at = m.index;
      break;
    }
    if (trigger) break;
  }
  if (!trigger) return stateTalks;
  // "ahead of talks with", "will meet": look in the clause before the trigger.
  const before = text.slice(Math.max(0, at - 60), at);
  if (NOT_YET.test(before) || /^\s*(?:\w+\s+){0,2}(?:will|would)\b/.test(text.slice(at))) return stateTalks;

  let ids = unique(persons.map((m) => m.actorId));
  if (ids.length < 2 && PLURAL_ANAPHORA.test(text)) {
    const carried = lastParticipants.length >= 2 ? lastParticipants : recentPersons;
    ids = unique([...ids, ...carried]);
  }
  if (ids.length < 2) {
    // "Hussar met with X", or "he spoke with Y": a single named person plus a subject pronoun
    // refers to the last person of the previous sentences.
    if (ids.length === 1 && /\b(?:he|she)\b/i.test(text.slice(0, at)) && recentPersons.length) {
      const other = recentPersons.find((p) => p !== ids[0]);
      if (other) ids = [other, ids[0]!];
    }
  }
  if (ids.length < 2) return stateTalks;
  const date = eventDate(ctx, at, "anchor");
  if (!date || date > articleDate) return stateTalks;
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
