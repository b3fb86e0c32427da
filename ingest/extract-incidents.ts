// Border incidents: crossing attempts, clashes, fence breaches, shots fired, tear gas or water
// cannon. Each finding has a day, a place (a named crossing, checkpoint or village when the text
// gives one, else the border between two states) and the groups and organizations involved.
// Aggregates ("prevented 107 attempts") and undated or hypothetical events are not incidents.
import { eventDate, inQuote, type SentenceContext } from "./extract-context.ts";
import { stateNamed, stateWordPattern } from "./extract-actors.ts";
import { fold, slug } from "./extract-fold.ts";
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
}

interface Trigger {
  re: RegExp;
  kind: string;
  cameo?: string;
}

// Order is severity: the first that matches names the incident.
export const INCIDENT_KINDS: Trigger[] = [
  {
    re: /\b(?:opened fire|(?:fired|firing) (?:shots|a (?:warning )?shot|warning shots|at|on|upon|into|in the air)|shot (?:at|long-barrel\w*|several times|in the air)|shots (?:were|had been) fired|gunfire|gunshots|was fired upon|were fired upon|used (?:fire)?arms|used weapons|(?:was|were) shot)\b/i,
    kind: "shots_fired",
    cameo: "190",
  },
  {
    re: /\b(?:clash(?:es|ed)?|tear ?gas|water cannons?|stun grenades|flash-?bangs|pepper spray|rubber bullets|batons|tasers?|stun guns?|(?:threw|thrown|throw|throwing|hurled|hurling|pelted \w+ with) (?:stones|rocks|sticks|firecrackers|flaming|tree|branches)|stones and sticks|(?:stones|rocks) (?:were|was) thrown|blind\w* .{0,40}(?:strobe|lasers?)|attacked (?:with|by) (?:stones|rocks|sticks|knives|a knife|migrants)|(?:was|were|been|being) (?:attacked|stabbed|assaulted)|stabbed|(?:wounded|injured|hit) (?:by|with) (?:a |an )?(?:stones?|rocks?|knife|branch(?:es)?|sticks?|bricks?|bottles?))\b/i,
    kind: "clash",
    cameo: "175",
  },
  {
    re: /\b(?:(?:soldier|officer|guard|serviceman|border guard)\b.{0,40}\b(?:was|were|had been) (?:killed|shot dead|found dead|died)|killed in the line of duty)\b/i,
    kind: "soldier_death",
    cameo: "190",
  },
  {
    re: /\b(?:(?:broke|break(?:ing)?|breached|cut through|tore down|damaged) (?:through |down )?(?:the |a )?(?:[\w-]+ ){0,2}(?:fence|barrier|wire)|breached the (?:[\w-]+ )?border)\b/i,
    kind: "fence_breach",
  },
  {
    re: /\b(?:(?:tried|trying|try|attempt(?:ed|ing|s)?|sought|seeking|bid) to (?:illegally )?(?:cross|break (?:into|through)|storm|enter|force|get into|run (?:through|past|across)|climb|scale|swim)|attempts? by [^.,;]{1,60}? to (?:illegally )?(?:cross|break (?:into|through)|storm|enter|force)|storm(?:ed|ing)? the border|crossed the (?:[\w-]+ )?border|forced passage|forced crossing|forc(?:ed|ing|e) (?:their|its|his|her) way (?:past|through|across|into)|marched to the border|break into|broke into|illegal crossing of|(?:swam|swimming|swim|waded|wading|wade) (?:across|into|around|to)|(?:climbed|climbing|scaled|scaling|jumped|jumping) (?:over )?(?:the |a )?(?:[\w-]+ ){0,2}(?:fence|wall)|crossed into|poured into|rushed (?:the|a) (?:[A-Z][\w-]* ){0,3}(?:border|bridge|fence|crossing|port of entry|gate|checkpoint))\b/i,
    kind: "crossing_attempt",
  },
  {
    re: /\b(?:violat(?:ed|ion|ions) of (?:the|its) (?:[\w-]+ ){0,2}border|border violations?|violated (?:the|its) (?:[\w-]+ ){0,2}border|walked up to .{0,40}border|crossed into (?:\w+ )?territory|incursion|violat\w* (?:[\w-]+ ){0,2}airspace|airspace violations?)\b/i,
    kind: "border_violation",
    cameo: "192",
  },
];

const NOT_AN_EVENT =
  /\b(?:in|over|during) the (?:previous|past|last) (?:\d+ hours|twenty-four hours|twenty four hours|day|days|week|weekend)\b|\bsince the (?:start|beginning) of\b|\b(?:prevented|prevent|stopped|blocked|repelled|recorded|registered) (?:\w+ ){0,2}(?:\d[\d,]*|dozens|hundreds|thousands) (?:\w+ ){0,2}attempts\b|\battempts\b.{0,20}\b(?:a day|per day|daily|since)\b|\bno (?:\w+ )?incidents?\b|\b(?:repeated|numerous|several|many|multiple|frequent|ongoing|constant) (?:[\w-]+ ){0,2}(?:violations|incidents|attempts|provocations)\b/i;
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

const SITE_AFTER =
  /\b((?:\p{Lu}[\p{L}'’-]+)(?:[ -]\p{Lu}[\p{L}'’-]+)?) (border crossing(?: point)?|crossing point|crossing|checkpoint|check ?point|border post|border gate|gate|sector|volost|parish|municipality|village|district|beach|bridge|port of entry)\b/gu;
// Where people crossed to: "reached Ceuta", "waded across the Rio Grande".
const SITE_INTO =
  /\b(?:into|across|reached|reaching|around|near|between) (?:the )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?=[ ,.;])/gu;
const SITE_BEFORE =
  /\b(checkpoint|village|town|municipality|crossing|sector|area) (?:of )?(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)\b/u;
const SITE_AT = /\b(?:at|near|in) (?:the )?(\p{Lu}[\p{L}'’-]+)(?=[ ,.])/u;

const unique = (ids: string[]) => [...new Set(ids)];

interface PlaceInfo {
  site?: string;
  border?: [string, string];
  placeText?: string;
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

/** The place an incident sentence names, with the border pair filled from the article when half-known. */
function placeOf(
  ctx: SentenceContext,
  articlePair: [string, string] | undefined,
  homeStates: string[],
  crossing = false,
): PlaceInfo {
  const text = ctx.sentence.text;
  const base = ctx.sentence.start;
  const info: PlaceInfo = {};
  const mentionAt = (pos: number) => ctx.mentions.find((m) => m.start - base <= pos && m.end - base > pos);
  // "the Polish village of Kuźnica": a demonym or a state is not the site's name.
  const site = [...text.matchAll(SITE_AFTER)].find(
    (m) => !mentionAt(m.index) && !stateNamed(m[1]!.split(/[ -]/)[0]!) && !isCommonWord(m[1]!),
  );
  if (site) {
    const head = site[2]!.replace(/check ?point/, "checkpoint");
    info.site = `${site[1]} ${head}`;
  } else {
    const before = SITE_BEFORE.exec(text);
    if (before && !mentionAt(before.index + before[0].length - before[2]!.length))
      info.site = `${before[2]} ${before[1]}`;
    else {
      const at = SITE_AT.exec(text);
      const pos = at ? at.index + at[0].length - at[1]!.length : -1;
      if (
        at &&
        !mentionAt(pos) &&
        !/^(?:the|The)$/.test(at[1]!) &&
        BORDER_WORDS.test(text) &&
        !isCommonWord(at[1]!)
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
  }
  const phrase = findBorderPhrase(text);
  if (phrase) {
    info.placeText = phrase.surface;
    if (phrase.states.length >= 2) info.border = pairOf(phrase.states[0]!, phrase.states[1]!);
    else {
      const one = phrase.states[0]!;
      // The other side: a state the sentence names or implies ("Greek police ... its border with
      // Turkey"), else the article's border, else the article's most mentioned other state.
      const inSentence = ctx.mentions
        .map((m) => m.state ?? (m.known?.kind === "state" ? m.known.name : undefined))
        .filter((s): s is string => !!s && s !== one);
      const other =
        inSentence[0] ??
        (articlePair && articlePair.includes(one) ? articlePair.find((s) => s !== one) : undefined) ??
        homeStates.find((s) => s !== one);
      if (other) info.border = pairOf(one, other);
    }
  } else if ((/\b(?:border|frontier)\b/i.test(text) || info.site) && articlePair) {
    info.border = articlePair;
  }
  if (!info.site && !info.border && !info.placeText) {
    const m = /\b(?:the )?(?:[\w-]+ )?(?:border|frontier|airspace)\b/i.exec(text);
    if (m) info.placeText = m[0].replace(/^the /i, "");
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

/** Border incidents stated in an article's sentences. */
export function extractIncidents(contexts: SentenceContext[], articleDate: string): IncidentFinding[] {
  const out: IncidentFinding[] = [];
  // The states the article is about, most mentioned first: they complete "the border with Poland".
  const counts = new Map<string, number>();
  for (const ctx of contexts)
    for (const m of ctx.mentions)
      if (m.known?.kind === "state") counts.set(m.known.name, (counts.get(m.known.name) ?? 0) + 1);
  const homeStates = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
  let articlePair: [string, string] | undefined;
  let paragraphDate: { paragraph: number; date: string } | undefined;
  for (const ctx of contexts) {
    const text = ctx.sentence.text;
    const explicit = ctx.dates.filter(
      (d) => d.resolved && d.kind !== "vague" && !d.subordinate && !d.ofReport,
    );
    const place = /\bborder|frontier\b/i.test(text) ? placeOf(ctx, articlePair, homeStates) : undefined;
    if (place?.border && !articlePair) articlePair = place.border;
    const finding = incidentIn(ctx, articleDate, articlePair, homeStates, paragraphDate);
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

function incidentIn(
  ctx: SentenceContext,
  articleDate: string,
  articlePair: [string, string] | undefined,
  homeStates: string[],
  paragraphDate: { paragraph: number; date: string } | undefined,
): IncidentFinding | undefined {
  const text = ctx.sentence.text;
  let trigger: Trigger | undefined;
  let at = -1;
  for (const t of INCIDENT_KINDS) {
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
  if (
    !date &&
    paragraphDate?.paragraph === ctx.sentence.paragraph &&
    !ctx.dates.some((d) => d.kind === "vague")
  )
    date = paragraphDate.date;
  if (!date || date > articleDate) return undefined;
  const place = placeOf(ctx, articlePair, homeStates, true);
  if (!place.site && !place.border && !place.placeText) {
    // "Police used a water cannon" after a sentence at the border: the article's border.
    if (!articlePair) return undefined;
    place.border = articlePair;
  }
  const actors = involved(ctx);
  let kind = trigger.kind;
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
  return { date, kind, cameo: trigger.cameo, ...place, description: text, actors, sentence: ctx };
}

function involved(ctx: SentenceContext): string[] {
  const s = ctx.sentence;
  const usable = ctx.mentions.filter(
    (m: ResolvedMention) => !m.adjective && !inQuote(ctx.quotes, m.start - s.start),
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

export function placeName(f: Pick<IncidentFinding, "border" | "site" | "placeText">): string {
  if (f.site) return f.site;
  // The border as the text names it ("Greece's border with Turkey"); the id uses the sorted pair.
  if (f.placeText && f.border) return f.placeText;
  if (f.border) return `${f.border[0]}–${f.border[1]} border`;
  return f.placeText ?? "border";
}
