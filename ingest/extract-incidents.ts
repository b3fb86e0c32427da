// Border incidents: crossing attempts, clashes, fence breaches, shots fired, tear gas or water
// cannon. Each finding has a day, a place (a named site — crossing, village, valley, region — when
// the text gives one, else the border between two states) and the groups and organizations involved.
// Aggregates ("prevented 107 attempts") and undated or hypothetical events are not incidents. The
// vocabulary (incident kinds, place kinds, named places with their border) comes from the lexicon.
import { dateDoubt, roundConfidence } from "./extract-confidence.ts";
import { eventDate, inQuote, type SentenceContext } from "./extract-context.ts";
import { stateNamed, stateWordPattern } from "./actors/gazetteer-index.ts";
import { fold, slug } from "./name-keys.ts";
import { builtInLexicon, type Lexicon, type LexiconPlaceEntry } from "./lexicon.ts";
import type { ResolvedMention } from "./resolve.ts";

export interface IncidentFinding {
  date: string;
  kind: string;
  cameo?: string;
  /** Named site ("Bruzgi border crossing"), when the text gives one. */
  site?: string;
  /** The two states whose border it is, sorted by name. */
  border?: [string, string];
  /** Surface form of the place when neither a site nor a border pair is known. */
  placeText?: string;
  description: string;
  actors: string[];
  sentence: SentenceContext;
  /** The rule that produced it: the incident kind's vocabulary, and how its place was found. */
  rule: string;
  confidence: number;
}

interface Trigger {
  re: RegExp;
  kind: string;
  cameo?: string;
}

export interface IncidentVocabulary {
  /** In order of severity: the first kind whose pattern matches names the incident. */
  kinds: Trigger[];
  /** "Galwan valley", "Chaman border crossing": a name before a place kind. */
  siteAfter: RegExp;
  /** "the village of Banjska", "town of Batken". */
  siteBefore: RegExp;
  /** "in Banjska, a village": a name with its kind in apposition. */
  siteApposition: RegExp;
  /** Named places, folded aliases longest first. */
  placeRe?: RegExp;
  places: Map<string, LexiconPlaceEntry>;
  /** A place kind at the end of a name ("Kuźnica border crossing" → "Kuźnica"). */
  kindTail: RegExp;
}

const vocabularies = new WeakMap<Lexicon, IncidentVocabulary>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// A place name: capitalized words, or an Arabic article before one ("al-Fashqa").
const PLACE_NAME = "(?:(?:al|el|ad|an|ar|as|at|ash)-)?\\p{Lu}[\\p{L}'’-]+";

/** The incident vocabulary of a lexicon (the built-in one by default), compiled once. */
export function incidentVocabulary(lexicon: Lexicon = builtInLexicon()): IncidentVocabulary {
  const cached = vocabularies.get(lexicon);
  if (cached) return cached;
  const kinds = lexicon.incidentKinds.map((k) => ({
    kind: k.kind,
    cameo: k.cameo,
    re: new RegExp(`\\b(?:${k.patterns.join("|")})\\b`, "iu"),
  }));
  // Place kinds as written in names: "valley", "Valley", "border crossing", "Border Crossing".
  const variants = lexicon.placeKinds.flatMap((k) => [
    k,
    k.replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
    k.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()),
  ]);
  const KIND = [...new Set(variants)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join("|");
  const places = new Map<string, LexiconPlaceEntry>();
  for (const p of lexicon.places) for (const alias of [p.name, ...p.aliases]) places.set(fold(alias), p);
  const aliases = [...places.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  const vocabulary: IncidentVocabulary = {
    kinds,
    siteAfter: new RegExp(
      `(?<![\\p{L}])(${PLACE_NAME}(?:[ -]${PLACE_NAME}){0,2}) (${KIND})(?![\\p{L}])`,
      "gu",
    ),
    siteBefore: new RegExp(
      `(?<![\\p{L}])(${KIND}) (?:of )?(${PLACE_NAME}(?:[ -]${PLACE_NAME}){0,2})(?![\\p{L}])`,
      "u",
    ),
    siteApposition: new RegExp(
      `(?<![\\p{L}])(?:in|at|near) (${PLACE_NAME}(?: ${PLACE_NAME})?), an? (?:[\\w-]+ )?(${KIND})\\b`,
      "u",
    ),
    placeRe: aliases.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.join("|")})(?![\\p{L}\\p{N}])`, "gu")
      : undefined,
    places,
    kindTail: new RegExp(`\\s+(?:${KIND})$`, "u"),
  };
  vocabularies.set(lexicon, vocabulary);
  return vocabulary;
}

/** Incident kinds of the built-in lexicon, in order of severity. */
export const INCIDENT_KINDS: Trigger[] = incidentVocabulary().kinds;

const NOT_AN_EVENT =
  /\bfor (?:days|weeks|months|years)\b|\b(?:an )?(?:increasing|growing|rising) number\b|\b(?:in|over|during) the (?:previous|past|last) (?:\d+ hours|twenty-four hours|twenty four hours|day|days|week|weekend)\b|\bsince the (?:start|beginning) of\b|\b(?:prevented|prevent|stopped|blocked|repelled|recorded|registered) (?:\w+ ){0,2}(?:\d[\d,]*|dozens|hundreds|thousands) (?:\w+ ){0,2}attempts\b|\battempts\b.{0,20}\b(?:a day|per day|daily|since)\b|\bno (?:\w+ )?incidents?\b|\b(?:repeated|numerous|several|many|multiple|frequent|ongoing|constant) (?:[\w-]+ ){0,2}(?:violations|incidents|attempts|provocations)\b/i;
// Hypothetical or threatened events: looked for in the trigger's own clause only ("tried to force
// their way across ... after rumors spread that the United States would let them in").
const HYPOTHETICAL = /\b(?:will|would|could|might|threaten\w*|warned|possible|plans?)\b/i;
/** The clause around `at`: from the last clause break before it to the first one after it. */
function ownClause(text: string, at: number): string {
  const BREAK = /;|\b(?:after|because|since|although|though|but|while|when|as|until)\b/g;
  let start = 0;
  let end = text.length;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    if (m.index < at) start = m.index;
    else if (m.index > at) {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}

const SEVERAL_ATTEMPTS =
  /^(?:repeated|numerous|several|many|multiple|frequent|ongoing|constant) (?:[\w-]+ ){0,2}attempts$/i;
// The modal "may", not the month ("on May 28").
const MAY = /\bmay\b/;

const BORDER_WORDS =
  /\b(?:border|frontier|fence|crossing|checkpoint|no man['’]s land|buffer zone|barrier|bridge|port of entry|airspace)\b/i;

// Where people crossed to: "reached Ceuta", "waded across the Rio Grande".
const SITE_INTO =
  /\b(?:into|across|reached|reaching|around|near|between) (?:the )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?=[ ,.;])/gu;
const SITE_AT = /\b(?:at|near|in) (?:the )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?=[ ,.])/u;

const unique = (ids: string[]) => [...new Set(ids)];

interface PlaceInfo {
  site?: string;
  border?: [string, string];
  placeText?: string;
  /** How the place was found, for the rule name and the confidence. */
  how?: "known-place" | "named-site" | "border-phrase" | "sentence-states" | "article-border" | "as-written";
}

function pairOf(a: string, b: string): [string, string] {
  return [a, b].sort() as [string, string];
}

interface BorderPhrase {
  surface: string;
  states: string[];
  at: number;
}

let phrasePatterns: RegExp[] | undefined;

// Border phrases, most explicit first: "Belarusian-Polish border", "border between Belarus and
// Poland", "Greece's border with Turkey", "its border with Turkey", "the Polish border".
function borderPatterns(): RegExp[] {
  if (phrasePatterns) return phrasePatterns;
  const S = `(${stateWordPattern()})`;
  const MOD = "(?:(?:eastern|western|northern|southern|external|land|state|common|national|shared)\\s+)*";
  phrasePatterns = [
    new RegExp(`${S}\\s?[-–/]\\s?${S}\\s+${MOD}(?:border|frontier)`, "gu"),
    new RegExp(`(?:border|frontier)s?\\s+between\\s+(?:the\\s+)?${S}\\s+and\\s+(?:the\\s+)?${S}`, "gu"),
    new RegExp(`${S}(?:['’]s?)?\\s+${MOD}(?:border|frontier)s?\\s+with\\s+(?:the\\s+)?${S}`, "gu"),
    new RegExp(
      `(?:(?:its|their|his|her)\\s+)?${MOD}(?:border|frontier)s?\\s+(?:with|of)\\s+(?:the\\s+)?${S}`,
      "gu",
    ),
    new RegExp(`${S}(?:['’]s?)?\\s+${MOD}(?:border|frontier)`, "gu"),
  ];
  return phrasePatterns;
}

function findBorderPhrase(text: string): BorderPhrase | undefined {
  const folded = fold(text);
  for (const re of borderPatterns()) {
    re.lastIndex = 0;
    const m = re.exec(folded);
    if (!m) continue;
    const states = unique(
      m
        .slice(1)
        .filter((g): g is string => !!g)
        .map((g) => stateNamed(g))
        .filter((g): g is string => !!g),
    );
    if (!states.length) continue;
    return {
      surface: text.slice(m.index, m.index + m[0].length).replace(/^(?:its|their|his|her)\s+/, ""),
      states,
      at: m.index,
    };
  }
  return undefined;
}

/** A named place of the lexicon the sentence mentions, the longest alias first. */
function knownPlace(text: string, vocabulary: IncidentVocabulary): LexiconPlaceEntry | undefined {
  if (!vocabulary.placeRe) return undefined;
  vocabulary.placeRe.lastIndex = 0;
  const m = vocabulary.placeRe.exec(fold(text));
  return m ? vocabulary.places.get(m[0]) : undefined;
}

let demonymRe: RegExp | undefined;

/**
 * The states on either side in a sentence: forces and agencies of a state ("Afghan forces"), demonyms
 * ("between Thai and Cambodian soldiers") and states acting ("Kyrgyzstan accused"), not a state
 * named as a destination ("migrants seeking to reach Germany").
 */
function sentenceStates(ctx: SentenceContext): string[] {
  const text = ctx.sentence.text;
  const out = ctx.mentions
    .filter(
      (m) =>
        m.state ||
        (m.known?.kind === "state" &&
          !/\b(?:to|reach|reaching|towards?|via)\s+$/i.test(
            text.slice(Math.max(0, m.start - ctx.sentence.start - 12), m.start - ctx.sentence.start),
          )),
    )
    .map((m) => m.state ?? m.known!.name);
  demonymRe ??= new RegExp(`(?<![\\p{L}])(?:${stateWordPattern()})(?=\\s+(?:and|or|\\p{Ll}))`, "gu");
  for (const m of fold(text).matchAll(demonymRe)) {
    const state = stateNamed(m[0]);
    if (
      state &&
      !/\b(?:to|reach|reaching|towards?|via)\s+$/i.test(text.slice(Math.max(0, m.index! - 12), m.index))
    )
      out.push(state);
  }
  return unique(out);
}

/** The place an incident sentence names, with the border pair filled from the article when half-known. */
function placeOf(
  ctx: SentenceContext,
  articlePair: [string, string] | undefined,
  homeStates: string[],
  vocabulary: IncidentVocabulary,
  crossing = false,
): PlaceInfo {
  const text = ctx.sentence.text;
  const base = ctx.sentence.start;
  const info: PlaceInfo = {};
  const mentionAt = (pos: number) => ctx.mentions.find((m) => m.start - base <= pos && m.end - base > pos);
  vocabulary.siteAfter.lastIndex = 0;
  // "the Polish village of Kuźnica": a demonym or a state is not the site's name.
  const after = [...text.matchAll(vocabulary.siteAfter)].find(
    (m) => !mentionAt(m.index) && !stateNamed(m[1]!.split(/[ -]/)[0]!) && !isCommonWord(m[1]!),
  );
  const apposition = vocabulary.siteApposition.exec(text);
  const before = vocabulary.siteBefore.exec(text);
  // A site as the text writes it ("Kuźnica village", "Banjska, a village") keeps its words.
  // "Ladakh’s Galwan valley": the owner of the name is a larger place, not part of it.
  if (after)
    info.site = `${after[1]!.replace(/^.*['’]s\s+/u, "")} ${after[2]!.replace(/check ?point/i, "checkpoint")}`;
  else if (apposition && !mentionAt(apposition.index + apposition[0].indexOf(apposition[1]!)))
    info.site = apposition[1];
  else if (
    before &&
    !mentionAt(before.index + before[0].length - before[2]!.length) &&
    !stateNamed(before[2]!)
  )
    info.site = `${before[2]} ${before[1]!.toLowerCase()}`;
  // A named place of the lexicon gives the border it lies on (and its name, when the text has none).
  const known = info.site ? knownPlace(info.site, vocabulary) : knownPlace(text, vocabulary);
  if (known && !info.site) info.site = known.name;
  if (known?.border) info.border = pairOf(known.border[0], known.border[1]);
  if (!info.site) {
    const at = SITE_AT.exec(text);
    const pos = at ? at.index + at[0].length - at[1]!.length : -1;
    if (
      at &&
      !mentionAt(pos) &&
      !/^(?:the|The)$/.test(at[1]!) &&
      BORDER_WORDS.test(text) &&
      !isCommonWord(at[1]!.split(" ")[0]!)
    )
      info.site = at[1];
    else if (crossing) {
      const into = [...text.matchAll(SITE_INTO)].find(
        (m) =>
          !mentionAt(m.index + m[0].length - m[1]!.length) &&
          !isCommonWord(m[1]!.split(" ")[0]!) &&
          !stateNamed(m[1]!.split(" ")[0]!),
      );
      if (into) info.site = into[1];
    }
  }
  if (info.site && !info.how) info.how = known ? "known-place" : "named-site";
  const phrase = findBorderPhrase(text);
  if (phrase) {
    info.placeText = phrase.surface;
    if (phrase.states.length >= 2) info.border = pairOf(phrase.states[0]!, phrase.states[1]!);
    else if (!info.border) {
      const one = phrase.states[0]!;
      // The other side: a state the sentence names or implies ("Greek police ... its border with
      // Turkey"), else the article's border, else the article's most mentioned other state.
      const inSentence = sentenceStates(ctx).filter((s) => s !== one);
      const other =
        inSentence[0] ??
        (articlePair && articlePair.includes(one) ? articlePair.find((s) => s !== one) : undefined) ??
        homeStates.find((s) => s !== one);
      if (other) info.border = pairOf(one, other);
    }
    info.how ??= "border-phrase";
  }
  if (!info.border) {
    // "a gunfire exchange between Thai and Cambodian soldiers": two states on either side.
    const states = sentenceStates(ctx);
    if (states.length === 2 && (/\b(?:border|frontier)\b/i.test(text) || info.site || crossing)) {
      info.border = pairOf(states[0]!, states[1]!);
      info.how ??= "sentence-states";
    } else if ((/\b(?:border|frontier)\b/i.test(text) || info.site) && articlePair) {
      info.border = articlePair;
      info.how ??= "article-border";
    }
  }
  if (!info.site && !info.border && !info.placeText) {
    const m = /\b(?:the )?(?:[\w-]+ )?(?:border|frontier|airspace)\b/i.exec(text);
    if (m) {
      info.placeText = m[0].replace(/^the /i, "");
      info.how = "as-written";
    }
  }
  return info;
}

const COMMON = new Set([
  "The",
  "Europe",
  "EU",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "Night",
  "Dawn",
  "Least",
]);
function isCommonWord(word: string): boolean {
  return COMMON.has(word);
}

/** The border an article is about: its first two-state border phrase, else its two most named states. */
function articleBorder(contexts: SentenceContext[], homeStates: string[]): [string, string] | undefined {
  let half: string | undefined;
  for (const ctx of contexts) {
    if (!/\b(?:border|frontier)/i.test(ctx.sentence.text)) continue;
    const phrase = findBorderPhrase(ctx.sentence.text);
    if (phrase && phrase.states.length >= 2) return pairOf(phrase.states[0]!, phrase.states[1]!);
    if (phrase) half ??= phrase.states[0];
  }
  const other = half ? homeStates.find((s) => s !== half) : undefined;
  if (half && other) return pairOf(half, other);
  return undefined;
}

/** Border incidents stated in an article's sentences. */
export function extractIncidents(
  contexts: SentenceContext[],
  articleDate: string,
  vocabulary: IncidentVocabulary = incidentVocabulary(),
): IncidentFinding[] {
  const out: IncidentFinding[] = [];
  // The states the article is about, most mentioned first: they complete "the border with Poland".
  const counts = new Map<string, number>();
  for (const ctx of contexts)
    for (const m of ctx.mentions)
      if (m.known?.kind === "state") counts.set(m.known.name, (counts.get(m.known.name) ?? 0) + 1);
  const homeStates = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
  const wholeArticle = articleBorder(contexts, homeStates);
  let articlePair: [string, string] | undefined;
  let paragraphDate: { paragraph: number; date: string } | undefined;
  for (const ctx of contexts) {
    const text = ctx.sentence.text;
    const explicit = ctx.dates.filter(
      (d) => d.resolved && d.kind !== "vague" && !d.subordinate && !d.ofReport,
    );
    const place = /\bborder|frontier\b/i.test(text)
      ? placeOf(ctx, articlePair, homeStates, vocabulary)
      : undefined;
    if (place?.border && !articlePair) articlePair = place.border;
    const finding = incidentIn(
      ctx,
      articleDate,
      articlePair ?? wholeArticle,
      homeStates,
      paragraphDate,
      vocabulary,
    );
    if (finding) {
      out.push(finding);
      if (finding.border) articlePair ??= finding.border;
    }
    const lastExplicit = explicit[explicit.length - 1];
    if (lastExplicit?.resolved)
      paragraphDate = { paragraph: ctx.sentence.paragraph, date: lastExplicit.resolved };
  }
  return out;
}

// "Clashes ... have left several people dead": a present perfect reports what just happened; "has
// reported", "has seen" say something about a period, not one event.
const PRESENT_PERFECT =
  /\b(?:has|have)\s+(?:(?:now|also|again|reportedly)\s+)?(?:been\s+)?(?!(?:reported|said|announced|warned|claimed|accused|seen|recorded|registered|faced|witnessed|experienced)\b)\w+(?:ed|en|ft|lt|ne|wn|ck|un|ot)\b/i;

// Troops, vehicles and aircraft crossing a border violate it; people crossing it attempt a crossing.
const FORCES =
  /\b(?:soldiers|troops|servicemen|military|army|armed forces|helicopters?|aircraft|drones?|jets?|vehicles|warships?|patrol)\b/i;

function incidentIn(
  ctx: SentenceContext,
  articleDate: string,
  articlePair: [string, string] | undefined,
  homeStates: string[],
  paragraphDate: { paragraph: number; date: string } | undefined,
  vocabulary: IncidentVocabulary,
): IncidentFinding | undefined {
  const text = ctx.sentence.text;
  let trigger: Trigger | undefined;
  let at = -1;
  for (const t of vocabulary.kinds) {
    const m = t.re.exec(text);
    // Quoted statements of border agencies describe incidents too, so quotes are not excluded here.
    if (m) {
      trigger = t;
      at = m.index;
      break;
    }
  }
  if (!trigger) return undefined;
  if (NOT_AN_EVENT.test(text) || MAY.test(text) || HYPOTHETICAL.test(ownClause(text, at))) {
    // "several attempts ... overnight, with one group throwing stones near Starzyna": a count of
    // attempts does not make a clash or shots in the same sentence an aggregate.
    const countOnly = NOT_AN_EVENT.exec(text)?.[0] ?? "";
    if (
      !(trigger.kind === "clash" || trigger.kind === "shots_fired") ||
      !SEVERAL_ATTEMPTS.test(countOnly) ||
      MAY.test(text) ||
      HYPOTHETICAL.test(ownClause(text, at))
    )
      return undefined;
  }
  let date = eventDate(ctx, at, "none");
  let dated: "own" | "paragraph" | "present-perfect" = "own";
  if (
    !date &&
    paragraphDate?.paragraph === ctx.sentence.paragraph &&
    !ctx.dates.some((d) => d.kind === "vague")
  ) {
    date = paragraphDate.date;
    dated = "paragraph";
  }
  if (!date && !ctx.dates.length && PRESENT_PERFECT.test(ownClause(text, at))) {
    date = articleDate;
    dated = "present-perfect";
  }
  // "the army announced on Tuesday that two soldiers had been killed": before the report, day unknown.
  if (
    date &&
    dated === "own" &&
    ctx.dates.some((d) => d.resolved === date && d.ofReport) &&
    /\bhad\s+(?:been\s+)?\w+(?:ed|en|wn|ot|ne)\b/i.test(text.slice(Math.max(0, at - 30), at + 80))
  )
    return undefined;
  if (!date || date > articleDate) return undefined;
  const place = placeOf(ctx, articlePair, homeStates, vocabulary, true);
  if (!place.site && !place.border && !place.placeText) {
    // "Police used a water cannon" after a sentence at the border: the article's border.
    if (!articlePair) return undefined;
    place.border = articlePair;
    place.how = "article-border";
  }
  const actors = involved(ctx);
  let kind = trigger.kind;
  let cameo = trigger.cameo;
  if (
    kind === "crossing_attempt" &&
    /\b(?:thousands?|hundreds|several thousand|large groups?|mass|crowds?|wave|\d{1,3},\d{3})\b/i.test(text)
  )
    kind = "mass_crossing_attempt";
  // "250 people had tried to cross the border": a counted tally of attempts somewhere on the border
  // is a daily figure, not one incident; a count at a named place is.
  if (
    kind === "crossing_attempt" &&
    !place.site &&
    /\b\d[\d,]*\s+(?:\w+\s+)?(?:people|persons|migrants|foreigners|individuals|refugees|asylum seekers|attempts)\b/i.test(
      text,
    )
  )
    return undefined;
  // "Mexican soldiers crossed the Rio Grande into Texas": a state's forces violate the border.
  if (
    kind === "crossing_attempt" &&
    FORCES.test(text.slice(0, at)) &&
    !ctx.mentions.some((m) => m.kind === "group" && m.name === "Migrants")
  ) {
    kind = "border_violation";
    cameo = vocabulary.kinds.find((k) => k.kind === kind)?.cameo ?? "192";
  }
  const { how, ...where } = place;
  return {
    date,
    kind,
    cameo,
    ...where,
    description: text,
    actors,
    sentence: ctx,
    rule: `${trigger.kind.replaceAll("_", "-")}${how ? `/${how}` : ""}`,
    confidence: incidentConfidence(ctx, trigger.kind, how, date, dated),
  };
}

function incidentConfidence(
  ctx: SentenceContext,
  kind: string,
  how: PlaceInfo["how"],
  date: string,
  dated: "own" | "paragraph" | "present-perfect",
): number {
  let c = kind === "shots_fired" || kind === "clash" ? 0.85 : 0.75;
  if (how === "article-border") c -= 0.1;
  else if (how === "as-written") c -= 0.15;
  else if (how === "sentence-states") c -= 0.05;
  c -= dated === "own" ? dateDoubt(ctx, date) : dated === "paragraph" ? 0.15 : 0.2;
  return roundConfidence(c);
}

function involved(ctx: SentenceContext): string[] {
  const s = ctx.sentence;
  const usable = ctx.mentions.filter(
    // Media and news agencies report the incident; they are not in it.
    (m: ResolvedMention) => !m.adjective && !m.known?.media && !inQuote(ctx.quotes, m.start - s.start),
  );
  const groups = usable.filter((m) => m.kind === "group" || m.kind === "organization" || m.kind === "person");
  const chosen = groups.length ? groups : usable.filter((m) => m.kind === "state" && !m.metonym);
  return unique(chosen.map((m) => m.actorId)).sort();
}

/** The stable id of an incident: its day and its border (or site when no border is known). */
export function incidentKey(f: Pick<IncidentFinding, "date" | "border" | "site" | "placeText">): string {
  const where = f.border ? `${f.border[0]}-${f.border[1]}-border` : (f.site ?? f.placeText ?? "unknown");
  return `${f.date}-${slug(where)}`;
}

/**
 * The place's name: the named site, else the border as the text names it ("Greece's border with
 * Turkey"), else the two states' border; the id and placeAliases carry the canonical pair.
 */
export function placeName(f: Pick<IncidentFinding, "border" | "site" | "placeText">): string {
  if (f.site) return f.site;
  if (f.placeText && f.border) return f.placeText;
  if (f.border) return `${f.border[0]}–${f.border[1]} border`;
  return f.placeText ?? "border";
}

/** The other names a report gave the place ("Greece's border with Turkey"). */
export function placeAliases(f: Pick<IncidentFinding, "border" | "site" | "placeText">): string[] {
  return [f.site, f.placeText, f.border ? `${f.border[0]}–${f.border[1]} border` : undefined].filter(
    (x): x is string => !!x && x !== placeName(f),
  );
}
