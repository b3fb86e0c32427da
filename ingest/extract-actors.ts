// Finds actor mentions in an article body: gazetteer names and aliases (diacritics folded),
// capitals used as metonyms ("Minsk said"), demonym phrases ("Polish border guards", "Belarusian
// authorities"), organization names by their head noun, groups ("migrants"), persons (by title,
// known first name or speech verb, with compromise's name lexicon) and role references
// ("the Belarusian president"), which resolve.ts turns into actors.
import nlp from "compromise";
import type { ActorKind } from "../cypher/vocabulary.ts";
import { fold, nameKey } from "./extract-fold.ts";
import { GAZETTEER, type KnownActor } from "./gazetteer.ts";

export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: ActorKind;
  /** Canonical name: the gazetteer name, a built group name, or the person's full name as written. */
  name: string;
  known?: KnownActor;
  /** Persons: title words seen before the name ("Lithuanian Prime Minister"). */
  title?: string;
  /** A role reference to resolve against the article's persons or the gazetteer. */
  role?: { role: string; state?: string };
  /** The state a demonym phrase belongs to ("Greek police" → Greece). */
  state?: string;
  /** A role reference without a name ("the Belarusian president"). */
  reference?: boolean;
  /**
   * Resolve only to a person the article names ("Germany's top diplomat" with no name given stays
   * unresolved): possessive, "of <State>", organization and counterpart references.
   */
  localOnly?: boolean;
  /** Only the surname was written ("Lukashenko"); resolve.ts links it to a full name. */
  surnameOnly?: boolean;
  /** A state named by its capital or by a demonym phrase. */
  metonym?: boolean;
  /** Named only by an adjective ("Russian-Ukrainian talks"): context for facts, not an actor by itself. */
  adjective?: boolean;
  /** The mention is an owner of something else: "Lukashenko's regime", "regime of Lukashenko". */
  owner?: boolean;
}

// ---------- the gazetteer index ----------

interface Entry {
  actor: KnownActor;
  metonym?: boolean;
}

export interface Index {
  re: RegExp;
  byAlias: Map<string, Entry>;
  demonyms: Map<string, KnownActor>;
  demonymAlternation: string;
  states: Map<string, KnownActor>;
  /** State names and aliases (folded), longest first, for possessives ("Poland's Border Guard"). */
  stateNameAlternation: string;
  /** Capitals (folded) → their state, for "the defence ministry in Warsaw". */
  capitals: Map<string, KnownActor>;
  capitalAlternation: string;
  /** Names of places (capitals, folded): never a person. */
  places: Set<string>;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

let builtIn: Index | undefined;

/** The index of the built-in gazetteer, built once on first use: that data never changes. */
export function gazetteerIndex(): Index {
  return (builtIn ??= buildIndex(GAZETTEER));
}

/** The index of `actors`; an extraction with curated or user actors builds its own and passes it on. */
export function buildIndex(actors: readonly KnownActor[]): Index {
  const byAlias = new Map<string, Entry>();
  const demonyms = new Map<string, KnownActor>();
  const states = new Map<string, KnownActor>();
  const places = new Set<string>();
  for (const actor of actors) {
    for (const alias of [actor.name, ...(actor.aliases ?? [])]) {
      const key = fold(alias);
      if (!byAlias.has(key)) byAlias.set(key, { actor });
    }
    for (const metonym of [actor.capital, ...(actor.metonyms ?? [])])
      if (metonym && !byAlias.has(fold(metonym))) byAlias.set(fold(metonym), { actor, metonym: true });
    for (const place of actor.places ?? []) places.add(fold(place));
    if (actor.kind === "state") {
      states.set(actor.name, actor);
      for (const d of actor.demonyms ?? []) demonyms.set(fold(d), actor);
    }
  }
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escape);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const demonymAlternation = [...demonyms.keys()].sort((a, b) => b.length - a.length).join("|");
  const stateNames: string[] = [];
  const capitals = new Map<string, KnownActor>();
  for (const [alias, entry] of byAlias) {
    if (entry.actor.kind !== "state") continue;
    if (entry.metonym) capitals.set(alias, entry.actor);
    else if (!/^[A-Z.]+$/.test(alias)) stateNames.push(alias);
  }
  const stateNameAlternation = stateNames
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
  for (const [alias, entry] of byAlias) if (entry.metonym) places.add(alias);
  const capitalAlternation = [...capitals.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
  return {
    re,
    byAlias,
    demonyms,
    demonymAlternation,
    states,
    stateNameAlternation,
    capitals,
    capitalAlternation,
    places,
  };
}

// ---------- vocabularies ----------

const FORCE_NOUNS =
  "(?:riot police|police(?:men|women)?|police officers|security forces|security services|security officials|law enforcement(?: officers| agencies| officials)?|law enforcers|border guards?|border guard service|border service|border police|soldiers?|troops|servicemen|service ?members|forces|military|army|armed forces|officers|militari[sz]ed units|special forces|special services|services|personnel|guards|cordons)";

const GOVERNMENT_NOUNS = "(?:government|authorities|side|regime|leadership|administration|officials)";

const ORG_HEADS = new Set([
  "Committee",
  "Council",
  "Agency",
  "Organization",
  "Organisation",
  "Service",
  "Ministry",
  "Commission",
  "Foundation",
  "Party",
  "Office",
  "Parliament",
  "Court",
  "Bank",
  "Fund",
  "Union",
  "Institute",
  "Association",
  "Federation",
  "Front",
  "Movement",
  "Coalition",
  "Guard",
  "Police",
  "Army",
  "Forces",
  "Assembly",
  "Bureau",
  "Department",
  "Directorate",
  "Inspectorate",
  "Corporation",
  "Company",
  "University",
  "Group",
  "Network",
  "Alliance",
  "Secretariat",
  "Cabinet",
  "Senate",
  "Congress",
  "Ministry",
  "Board",
  "Command",
  "Authority",
  "Patrol",
  "Directorate",
  "Commissariat",
]);

// Titles that start a person's description, not an organization's name ("Minister of the Interior
// Agnė Bilotaitė", "President of the European Council Charles Michel").
const PERSON_TITLES = new Set([
  "President",
  "Prime",
  "Minister",
  "Secretary",
  "Representative",
  "High",
  "Chairman",
  "Chairwoman",
  "Chairperson",
  "Chair",
  "Director",
  "Head",
  "Chief",
  "Commissioner",
  "Ambassador",
  "Spokesman",
  "Spokeswoman",
  "Spokesperson",
  "Deputy",
  "Vice",
  "Governor",
  "Mayor",
  "Commander",
  "Envoy",
  "Speaker",
  "King",
  "Queen",
  "Regional",
  "Acting",
  "Former",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
]);

// Organizations that are not actors in this graph: media and platforms that only report.
const MEDIA =
  /\b(?:News|Radio|TV|Television|Telegraph|Press|Times|Post|Daily|Channel|Twitter|Facebook|Telegram)\b/;

const TITLE_WORDS = new Set([
  "President",
  "Prime",
  "Minister",
  "PM",
  "Premier",
  "Chancellor",
  "Speaker",
  "Chairman",
  "Chairwoman",
  "Chairperson",
  "Chair",
  "Director",
  "Deputy",
  "Regional",
  "Secretary",
  "General",
  "Gen",
  "Gen.",
  "Commissioner",
  "Foreign",
  "Defence",
  "Defense",
  "Interior",
  "Acting",
  "Vice",
  "Head",
  "Chief",
  "Ambassador",
  "Spokesman",
  "Spokeswoman",
  "Spokesperson",
  "Mr",
  "Mr.",
  "Mrs",
  "Mrs.",
  "Ms",
  "Ms.",
  "Dr",
  "Dr.",
  "Leader",
  "King",
  "Queen",
  "Pope",
  "Governor",
  "Mayor",
  "Senator",
  "Lt",
  "Colonel",
  "Col.",
  "Commander",
  "Executive",
  "High",
  "Representative",
  "Envoy",
  "Lieutenant",
  "Marshal",
  "Sir",
  "Lord",
  "Patriarch",
  "Sheikh",
  "Emir",
  "Crown",
  "Prince",
  "Princess",
  "State",
  "Federal",
  "Former",
  "Opposition",
  "Colonel-General",
  "Major",
  "Captain",
  "Sergeant",
  "Justice",
  "Health",
  "Finance",
  "Economy",
  "Culture",
  "Education",
  "Transport",
  "Energy",
  "Agriculture",
  "Trade",
  "Labour",
  "Labor",
  "Home",
  "Affairs",
  "European",
  "Self-Proclaimed",
  "Gov",
  "Gov.",
  "Sen",
  "Sen.",
  "Rep",
  "Rep.",
  "Emperor",
  "Sultan",
  "Commissioner-General",
  "Attorney",
  "Undersecretary",
  "Under-Secretary",
  // Military ranks, written without a period in much South Asian and British copy.
  "Col",
  "Lt",
  "Maj",
  "Capt",
  "Brig",
  "Sgt",
  "Cpl",
  "Pvt",
  "Hav",
  "Havildar",
  "Sepoy",
  "Naik",
  "Subedar",
  "Jawan",
  "Brigadier",
  "Corporal",
  "Private",
]);

// Monarchs and clergy go by one name ("Pope Francis", "King Mohammed VI").
const ONE_NAME_TITLES = /\b(?:King|Queen|Pope|Emperor|Sultan|Emir|Sheikh|Prince|Princess|Patriarch)\b/;

// A capitalized run ending in one of these is a place or a building, not a person ("the Maximos
// Mansion", "Tarajal Beach").
const PLACE_HEADS = new Set([
  "Mansion",
  "Palace",
  "House",
  "Hall",
  "Square",
  "Street",
  "Avenue",
  "Airport",
  "Hotel",
  "Beach",
  "Bridge",
  "Centre",
  "Center",
  "Castle",
  "Park",
  "Stadium",
  "Forest",
  "River",
  "Lake",
  "Island",
  "Islands",
  "Sea",
  "Mountains",
  "Valley",
  "Region",
  "Province",
  "Gate",
  "Crossing",
  "Checkpoint",
  "Cathedral",
  "Church",
  "Mosque",
  "Camp",
  "Base",
  "Port",
  "Harbour",
  "Harbor",
  "Station",
  "Prison",
  "Hospital",
  "Embassy",
  "Summit",
]);

// A name right after one of these is a place ("in Ubon Ratchathani"), unless a title says otherwise.
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|across|into|inside|around|from the town of|province of)\s+$/;

// Lower-case words that, right before a capitalized name, say it is a person.
const PERSON_CUES =
  /(?:(?:named|identified|known)(?: by [\w ]{1,30})? as|gov\.|sen\.|rep\.|spokes(?:man|woman|person)|minister|president|leader|chairman|chairwoman|chair|head|chief|ecologist|journalist|activist|volunteer|official|director|envoy|ambassador|commissioner|speaker|politician|colonel|general|analyst|expert|correspondent|lawyer|deputy|secretary|governor|mayor|senator|commander|officer|premier|chancellor|diplomat|counterpart|interpreter|photographer|reporter|resident|farmer|doctor|worker|coordinator|founder|member|MP|MEP|PM|by|wife|husband|son|daughter|mother|father|brother|sister)[,]?\s+$/i;

// A capitalized title followed by its organization, then the name: "Regional Director for the
// International Organization for Migration (IOM) Renate Held".
const TITLE_PHRASE =
  /\b(?:Director|Minister|President|Chairman|Chairwoman|Head|Chief|Secretary|Commissioner|Ambassador|Spokes(?:man|woman|person)|Speaker|Deputy|Representative|Envoy|Commander|Coordinator)(?:\s+(?:of|for|to|the|and|[\p{Lu}][\p{L}’'.-]*|\([\p{Lu}]+\)))*,?\s+$/u;

// ", the leader of the Polisario Front": an apposition that says the name before it is a person.
const APPOSITION_AFTER =
  /^,\s+(?:the|a|an|its|his|her)\s+(?:[\w-]+\s+){0,3}?(?:leader|head|chief|president|minister|spokes(?:man|woman|person)|founder|chairman|chairwoman|commander|director|secretary|ambassador|envoy|governor|mayor|king|queen|premier|officer|official|deputy|activist|journalist|lawyer|daughter|son|wife|husband)\b/i;

const SPEECH_AFTER =
  /^,?\s+(?:said|says|told|added|noted|stressed|stated|wrote|tweeted|explained|emphasi[sz]ed|underlined|recalled|insisted|warned|argued|asked|replied|announced|claimed|believes|thinks|stands|speaks|spoke|met|visited|held|discussed|called|urged|accused)\b/;

const NOT_NAMES = new Set([
  "The",
  "This",
  "That",
  "These",
  "Those",
  "In",
  "On",
  "At",
  "After",
  "Before",
  "But",
  "And",
  "Or",
  "However",
  "Meanwhile",
  "Also",
  "He",
  "She",
  "It",
  "They",
  "We",
  "I",
  "You",
  "His",
  "Her",
  "Their",
  "Our",
  "A",
  "An",
  "As",
  "If",
  "When",
  "While",
  "Since",
  "Then",
  "There",
  "Here",
  "According",
  "Earlier",
  "Later",
  "Following",
  "During",
  "Despite",
  "Under",
  "Over",
  "From",
  "To",
  "For",
  "With",
  "By",
  "Of",
  "All",
  "Some",
  "Many",
  "Most",
  "Several",
  "Thousands",
  "Hundreds",
  "Dozens",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "Mr",
  "Mrs",
  "Ms",
  "Western",
  "Eastern",
  "Northern",
  "Southern",
  "Central",
  "Middle",
  "East",
  "West",
  "North",
  "South",
  "Europe",
  "Asia",
  "Africa",
  "America",
  "God",
  "Covid",
  "COVID",
  "Christmas",
  "Easter",
  "Ramadan",
  "Islam",
  "Internet",
  "Details",
  "Source",
  "Photo",
  "Video",
  "Read",
  "More",
  "Reporting",
  "Editing",
  "Writing",
  "Additional",
  "Update",
]);

// Common English words that compromise tags as first names but that rarely start a name in news.
const WEAK_FIRST_NAMES = new Set([
  "will",
  "may",
  "june",
  "april",
  "grace",
  "hope",
  "joy",
  "mark",
  "bill",
  "rose",
  "page",
]);

const NAME_PARTICLES = new Set([
  "von",
  "der",
  "van",
  "de",
  "den",
  "da",
  "di",
  "del",
  "della",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
  "el",
  "dos",
  "das",
  "du",
  "ter",
  "zu",
]);

// A capitalized word that could be a given name (not an initialism, not a possessive).
function isFirstNameLike(word: string): boolean {
  return /^\p{Lu}[\p{Ll}][\p{L}-]*$/u.test(word);
}

let firstNames: Set<string> | undefined;
function isFirstName(word: string): boolean {
  if (!firstNames) {
    firstNames = new Set();
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    for (const [w, tag] of Object.entries(lexicon)) {
      const tags = Array.isArray(tag) ? tag.join() : tag;
      if (/FirstName|MaleName|FemaleName/.test(tags)) firstNames.add(w);
    }
  }
  // "Eva-Maria", "Jean-Yves": the first part decides.
  const key = nameKey(word).split("-")[0]!;
  return firstNames.has(key) && !WEAK_FIRST_NAMES.has(key);
}

/** "male" or "female" when compromise's name lexicon knows the first name as one only. */
export function genderOf(first: string): "male" | "female" | undefined {
  const tag = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon[
    nameKey(first).split("-")[0]!
  ];
  const tags = Array.isArray(tag) ? tag.join() : (tag ?? "");
  const male = /MaleName/.test(tags.replace(/FemaleName/g, ""));
  const female = /FemaleName/.test(tags);
  return male === female ? undefined : male ? "male" : "female";
}

const ROLE_WORDS: [RegExp, string][] = [
  [/^(?:prime minister|premier|pm)$/i, "prime minister"],
  [
    /^(?:foreign minister|foreign affairs minister|minister of foreign affairs|top diplomat|foreign policy chief|chief diplomat)$/i,
    "foreign minister",
  ],
  [/^(?:defen[cs]e minister|minister of defen[cs]e)$/i, "defence minister"],
  [/^(?:interior minister|minister of (?:the )?interior)$/i, "interior minister"],
  [/^(?:president|head of state)$/i, "president"],
  [/^(?:leader|strongman|ruler|dictator)$/i, "leader"],
  [/^chancellor$/i, "chancellor"],
  [/^(?:speaker|parliament speaker)$/i, "speaker"],
  [
    /^(?:european )?commission(?:er)?(?: for)? home affairs(?: commissioner)?$|^home affairs commissioner$/i,
    "home affairs commissioner",
  ],
  [/^(?:european )?commissioner\b.*$|^commissioner$/i, "commissioner"],
  [/^(?:king|monarch)$/i, "king"],
  [/^secretary of state$/i, "secretary of state"],
  [/^governor$/i, "governor"],
  [/^(?:secretary[- ]general|chief)$/i, "secretary general"],
  [/^minister$/i, "minister"],
  [/^counterpart$/i, "counterpart"],
];

/** The role a longer title names: "European Commissioner for Home Affairs", "Minister of the Interior of Lithuania". */
export function phraseRole(text: string): string | undefined {
  const t = text.replace(/\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?\p{Lu}[\p{L}]+$/u, "").trim();
  const direct = normalizeRole(t);
  if (direct) return direct;
  if (/\bcommissioner\b.*\bhome affairs\b|\bhome affairs commissioner\b/i.test(t))
    return "home affairs commissioner";
  if (/\bcommissioner\b/i.test(t)) return "commissioner";
  const words = t.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const tail = normalizeRole(words.slice(k).join(" "));
    if (tail) return tail;
  }
  return undefined;
}

export function normalizeRole(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, " ");
  for (const [re, role] of ROLE_WORDS) if (re.test(t)) return role;
  return undefined;
}

const ROLE_PATTERN =
  "(?:prime minister|premier|PM|foreign minister|foreign affairs minister|top diplomat|foreign policy chief|chief diplomat|defen[cs]e minister|interior minister|president|head of state|leader|strongman|ruler|chancellor|speaker|commissioner|king|monarch|governor|secretary of state|minister|counterpart)";

// Roles in an international organization: "the EU's foreign policy chief", "the European
// Commission president", "the head of the European Council", "NATO's secretary general".
const ORG_ROLE =
  /(?<![\p{L}])(?:(?:the\s+)?(EU|European Union|bloc|NATO|alliance|UN|U\.N\.|United Nations)(?:['’]s)?\s+(?:(foreign policy chief|top diplomat|chief diplomat|home affairs commissioner|migration commissioner|secretary[- ]general|chief))|(?:the\s+)?(?:(European Commission|European Council|European Parliament|Commission)\s+)(president|chief|head)|(?:the\s+)?(head|president|chief) of the (European Commission|European Council|European Parliament))(?![\p{L}])/gu;

function orgRole(m: RegExpExecArray): { role: string; state: string; at: number; word: string } | undefined {
  const org = m[1] ?? m[3] ?? m[6];
  const word = m[2] ?? m[4] ?? m[5];
  if (!org || !word) return undefined;
  const at = m.index + m[0].indexOf(word, m[1] ? m[0].indexOf(org) + org.length : 0);
  if (/^(?:NATO|alliance)$/i.test(org))
    return word.match(/secretary|chief/i)
      ? { role: "secretary general", state: "NATO", at, word }
      : undefined;
  if (/^(?:UN|U\.N\.|United Nations)$/i.test(org))
    return word.match(/secretary|chief/i)
      ? { role: "secretary general", state: "United Nations", at, word }
      : undefined;
  if (/^(?:EU|European Union|bloc)$/i.test(org)) {
    if (/commissioner/i.test(word))
      return { role: "home affairs commissioner", state: "European Union", at, word };
    if (/diplomat|foreign/i.test(word))
      return { role: "foreign minister", state: "European Union", at, word };
    return undefined;
  }
  const body = /Council/.test(org) ? "council" : /Parliament/.test(org) ? "parliament" : "commission";
  return { role: `european ${body} president`, state: "European Union", at, word };
}

// ---------- the finder ----------

const NAME_TOKEN = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{L}[\\p{Ll}\\p{M}'’]+)*";
// Regnal numbers ("Mohammed VI", "Charles III") continue a name.
const REGNAL = "(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})(?![\\p{L}\\p{N}])";
// Names run over spaces, never over a line break (a sign-off line is not part of the last name).
// "S Jaishankar", "B Santosh Babu": an initial written without its period ("A" and "I" are words).
const BARE_INITIAL = "(?![AI][ \\t])\\p{Lu}(?=[ \\t]\\p{Lu}\\p{Ll})";
const CAP_SEQUENCE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NAME_TOKEN}|\\p{Lu}\\.|${BARE_INITIAL})(?:[ \\t\\u00a0](?:(?:${[...NAME_PARTICLES].join("|")})[ \\t\\u00a0])*(?:${NAME_TOKEN}|\\p{Lu}\\.|${BARE_INITIAL}|${REGNAL}))*`,
  "gu",
);

function overlaps(mentions: Mention[], start: number, end: number): boolean {
  return mentions.some((m) => start < m.end && end > m.start);
}

function stateOfDemonym(index: Index, text: string): KnownActor | undefined {
  return index.demonyms.get(fold(text));
}

/** The state of a possessive or demonym immediately before `at` ("Lithuanian ", "Poland's "). */
function stateBefore(index: Index, body: string, at: number, mentions: Mention[]): KnownActor | undefined {
  const before = fold(body.slice(Math.max(0, at - 40), at));
  const dm = new RegExp(`(?<![\\p{L}])(${index.demonymAlternation})\\s+$`, "u").exec(before);
  if (dm) return stateOfDemonym(index, dm[1]!);
  const poss = mentions.find((m) => m.known?.kind === "state" && /^['’]s?\s+$/.test(body.slice(m.end, at)));
  return poss?.known;
}

export interface FindOptions {
  index?: Index;
}

/** All actor mentions in `body`, sorted by position, non-overlapping. */
export function findMentions(body: string, options: FindOptions = {}): Mention[] {
  const index = options.index ?? gazetteerIndex();
  const folded = fold(body);
  const mentions: Mention[] = [];
  const add = (m: Mention) => {
    if (!overlaps(mentions, m.start, m.end)) mentions.push(m);
  };

  // 1. Demonym + security-force noun: one group per state ("Polish police", "Polish soldiers" and
  // "Polish servicemen" are the same actor); border guards map to the state's border agency when the
  // gazetteer knows one.
  const forceRe = new RegExp(
    `(?<![\\p{L}])(?:(${index.demonymAlternation})|(${index.stateNameAlternation})['’]s?)(?:\\s+(?:riot|border|state|special|regular|national|military|armed|militari[sz]ed))*\\s+${FORCE_NOUNS}(?![\\p{L}])`,
    "giu",
  );
  for (let m = forceRe.exec(folded); m; m = forceRe.exec(folded)) {
    const word = m[1] ?? m[2]!;
    if (!/^\p{Lu}/u.test(word)) continue;
    const state = m[1] ? stateOfDemonym(index, m[1])! : stateOf(index, m[2]!);
    if (!state) continue;
    const text = body.slice(m.index, m.index + m[0].length);
    const demonym = state.demonyms?.[0] ?? word;
    const isBorderGuard = /border (?:guard|service|police)/i.test(text);
    const agency = isBorderGuard ? borderAgency(index, state) : undefined;
    if (agency)
      add({
        start: m.index,
        end: m.index + m[0].length,
        text,
        kind: agency.kind,
        name: agency.name,
        known: agency,
        state: state.name,
      });
    else
      add({
        start: m.index,
        end: m.index + m[0].length,
        text,
        kind: "group",
        name: `${demonym} security forces`,
        state: state.name,
      });
  }

  // 2. Demonym + government noun, and "<Demonym> side": the state itself.
  const govRe = new RegExp(
    `(?<![\\p{L}])(?:(${index.demonymAlternation})|(${index.stateNameAlternation})['’]s?)\\s+${GOVERNMENT_NOUNS}(?![\\p{L}])`,
    "gu",
  );
  for (let m = govRe.exec(folded); m; m = govRe.exec(folded)) {
    const state = m[1] ? stateOfDemonym(index, m[1])! : stateOf(index, m[2]!);
    if (!state) continue;
    const text = body.slice(m.index, m.index + m[0].length);
    add({
      start: m.index,
      end: m.index + m[0].length,
      text,
      kind: "state",
      name: state.name,
      known: state,
      metonym: true,
    });
  }

  // 3. Role references: "the Belarusian president", "Poland's prime minister", "the Turkish President",
  // "his Lithuanian counterpart", "the prime minister of Latvia".
  const roleRe = new RegExp(
    `(?<![\\p{L}])(?:(?:the|The|his|her|their|His|Her|Their)\\s+(?:(${index.demonymAlternation})\\s+)?|(${index.stateNameAlternation})['’]s?\\s+)(?:acting\\s+|self-proclaimed\\s+|new\\s+)?(${ROLE_PATTERN})(?![\\p{L}])`,
    "giu",
  );
  for (let m = roleRe.exec(folded); m; m = roleRe.exec(folded)) {
    const role = normalizeRole(m[3]!);
    if (!role) continue;
    const lead = m[0].slice(0, m[0].length - m[3]!.length);
    // "his counterpart" points to a person; "his president" or "their leader" does not.
    if (/^(?:his|her|their)\b/i.test(lead) !== (role === "counterpart")) continue;
    if (/\bformer\b/i.test(folded.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "the Prime Minister of Poland": the state after "of" qualifies the role.
    let rest = folded.slice(m.index + m[0].length);
    const ofState = new RegExp(
      `^\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?(${index.stateNameAlternation})(?![\\p{L}])`,
      "u",
    ).exec(rest);
    if (ofState) rest = rest.slice(ofState[0].length);
    // "the Minister of the Interior", "the head of state for": a fuller title, not a reference.
    else if (/^\s+(?:of|for)\b/.test(rest)) continue;
    // "the President Duda", "Poland's president, Andrzej Duda": a name follows, not a reference.
    if (/^,?\s+(?:of\s+)?\p{Lu}/u.test(rest)) continue;
    const stateWord = m[1] ?? m[2];
    if (stateWord && !/^\p{Lu}/u.test(stateWord)) continue;
    const state = m[1]
      ? stateOfDemonym(index, m[1])
      : m[2]
        ? stateOf(index, m[2])
        : ofState
          ? stateOf(index, ofState[1]!)
          : undefined;
    // A bare "the president" after a plural or in a generic sense is too weak; keep only singular.
    if (/s$/i.test(m[3]!) && !/s$/i.test(role)) continue;
    // "Poland's prime minister": the state keeps its own mention, the role starts after it.
    let start = m.index;
    if (m[2] && state) {
      add({
        start,
        end: start + m[2].length,
        text: body.slice(start, start + m[2].length),
        kind: "state",
        name: state.name,
        known: state,
      });
      start = m.index + m[0].length - m[3]!.length;
    }
    const text = body.slice(start, m.index + m[0].length);
    add({
      start,
      end: m.index + m[0].length,
      text,
      kind: "person",
      name: text,
      role: { role, state: state?.name },
      reference: true,
      ...(m[2] || ofState || role === "counterpart" ? { localOnly: true } : {}),
    });
  }
  // 3a. "the presidents of Azerbaijan and France", "the foreign ministers of India, China": one
  // reference per state.
  const S = index.stateNameAlternation;
  const pluralRe = new RegExp(
    `(?<![\\p{L}])the\\s+(presidents|prime ministers|premiers|foreign ministers|defen[cs]e ministers|interior ministers|leaders|heads of state|heads of government)\\s+of\\s+((?:the\\s+)?(?:${S})(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?(?:${S})(?![\\p{L}]))+)`,
    "giu",
  );
  const plurals = /\b(?:presidents|prime ministers|premiers|ministers|leaders|heads of \w+)\s+of\b/i.test(
    folded,
  );
  for (let m = plurals ? pluralRe.exec(folded) : null; m; m = pluralRe.exec(folded)) {
    const plural = m[1]!.toLowerCase();
    const role =
      plural === "heads of government"
        ? "prime minister"
        : (normalizeRole(plural.replace(/^heads of state$/, "head of state").replace(/s$/, "")) ??
          normalizeRole(plural.replace(/s(\s|$)/, "$1")));
    if (!role) continue;
    const listAt = m.index + m[0].length - m[2]!.length;
    const stateRe = new RegExp(`(?<![\\p{L}])(?:${S})(?![\\p{L}])`, "gu");
    let first = true;
    for (let x = stateRe.exec(m[2]!); x; x = stateRe.exec(m[2]!)) {
      const state = stateOf(index, x[0]);
      if (!state) continue;
      const start = first ? m.index : listAt + x.index;
      const end = listAt + x.index + x[0].length;
      first = false;
      add({
        start,
        end,
        text: body.slice(start, end),
        kind: "person",
        name: body.slice(start, end),
        role: { role, state: state.name },
        reference: true,
        localOnly: true,
      });
    }
  }
  ORG_ROLE.lastIndex = 0;
  for (let m = ORG_ROLE.exec(folded); m; m = ORG_ROLE.exec(folded)) {
    const r = orgRole(m);
    if (!r) continue;
    if (/^,?\s+(?:of\s+)?\p{Lu}/u.test(folded.slice(m.index + m[0].length))) continue;
    const text = body.slice(r.at, r.at + r.word.length);
    add({
      start: r.at,
      end: r.at + r.word.length,
      text,
      kind: "person",
      name: text,
      role: { role: r.role, state: r.state },
      reference: true,
      localOnly: true,
    });
  }

  // 3b. Demonym pairs: "Belarusian-Polish border", "Russian-Ukrainian talks" name both states.
  const pairRe = new RegExp(
    `(?<![\\p{L}])(${index.demonymAlternation})\\s?[-–/]\\s?(${index.demonymAlternation})(?![\\p{L}])`,
    "gu",
  );
  for (let m = pairRe.exec(folded); m; m = pairRe.exec(folded)) {
    const a = stateOfDemonym(index, m[1]!)!;
    const b = stateOfDemonym(index, m[2]!)!;
    const bStart = m.index + m[0].length - m[2]!.length;
    add({
      start: m.index,
      end: m.index + m[1]!.length,
      text: body.slice(m.index, m.index + m[1]!.length),
      kind: "state",
      name: a.name,
      known: a,
      metonym: true,
      adjective: true,
    });
    add({
      start: bStart,
      end: m.index + m[0].length,
      text: body.slice(bStart, m.index + m[0].length),
      kind: "state",
      name: b.name,
      known: b,
      metonym: true,
      adjective: true,
    });
  }

  // 4. Gazetteer names, aliases and capitals.
  index.re.lastIndex = 0;
  for (let m = index.re.exec(folded); m; m = index.re.exec(folded)) {
    const entry = index.byAlias.get(m[0]);
    if (!entry) continue;
    const start = m.index;
    const end = start + m[0].length;
    const text = body.slice(start, end);
    if (entry.metonym) {
      // "in Minsk", "to Moscow" name the city; "Minsk said", "Moscow's position" name the government.
      const before = body.slice(Math.max(0, start - 12), start);
      if (
        /\b(?:in|to|from|at|near|via|through|outside|around|into|of|between|visit|visited|visiting)\s+$/i.test(
          before,
        )
      )
        continue;
      if (/^[\p{Lu}\s,'’.-]+$/u.test(text) && text.length > 3) continue;
      // "the Bucharest Nine", "the Minsk agreements", "Warsaw Pact": the capital starts a name.
      if (
        /^\s(?:\p{Lu}[\p{Ll}]|[Aa]greements?\b|[Pp]rotocols?\b|[Ff]ormat\b|[Pp]rocess\b)/u.test(
          body.slice(end, end + 12),
        )
      )
        continue;
    }
    const known = entry.actor;
    const surnameOnly = known.kind === "person" && !text.includes(" ") && known.name.includes(" ");
    // "Michel Khoury" is not Charles Michel: a known surname before another name is a first name.
    if (surnameOnly && /^[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+(?![\p{L}])/u.test(body.slice(end, end + 30))) {
      const next = /^[ \t](\p{Lu}[\p{Ll}\p{M}'’-]+)/u.exec(body.slice(end, end + 30))![1]!;
      if (!NOT_NAMES.has(next) && !TITLE_WORDS.has(next) && !index.byAlias.has(fold(next))) continue;
    }
    // "Jari Rantanen" is not Mari Rantanen: a known surname after another first name is someone else.
    if (surnameOnly) {
      const prev = /([\p{Lu}][\p{L}'’-]*)\s$/u.exec(body.slice(Math.max(0, start - 30), start))?.[1];
      if (
        prev &&
        !TITLE_WORDS.has(prev) &&
        !NOT_NAMES.has(prev) &&
        !index.demonyms.has(fold(prev)) &&
        !index.byAlias.has(fold(prev)) &&
        isFirstNameLike(prev)
      )
        continue;
    }
    // A longer gazetteer name wins over a demonym phrase that only covers its head:
    // "Estonia's Police and Border Guard Board" is the Board, not "Estonia's Police".
    if (known.kind !== "state" && text.includes(" ")) {
      const covered = mentions.filter((x) => x.start < end && x.end > start);
      if (
        covered.length &&
        covered.every((x) => x.end > start && x.end < end && !x.known?.kind.startsWith("person"))
      )
        for (const x of covered) mentions.splice(mentions.indexOf(x), 1);
    }
    add({ start, end, text, kind: known.kind, name: known.name, known, metonym: entry.metonym, surnameOnly });
  }

  // 5. Ministries of a state: "the Lithuanian Foreign Ministry", "Belarus's foreign ministry", "the
  // defence ministry in Warsaw" → "Lithuanian Ministry of Foreign Affairs".
  const FIELD = "(foreign|defen[cs]e|interior|justice|health|finance|economy|emergency situations)";
  const ministryRe = new RegExp(
    `(?<![\\p{L}])(?:(${index.demonymAlternation})|(${index.stateNameAlternation})['’]s?)\\s+${FIELD}\\s+ministry(?![\\p{L}])|(?<![\\p{L}])${FIELD}\\s+ministry\\s+in\\s+(${index.capitalAlternation})(?![\\p{L}])`,
    "giu",
  );
  for (let m = ministryRe.exec(folded); m; m = ministryRe.exec(folded)) {
    const word = m[1] ?? m[2];
    if (word && !/^\p{Lu}/u.test(word)) continue;
    const state = m[1]
      ? stateOfDemonym(index, m[1])
      : m[2]
        ? stateOf(index, m[2])
        : index.capitals.get(m[5]!);
    if (!state) continue;
    const raw = (m[3] ?? m[4]!).toLowerCase();
    const field =
      raw === "foreign"
        ? "Foreign Affairs"
        : /^defen/.test(raw)
          ? "Defence"
          : raw.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    const text = body.slice(m.index, m.index + m[0].length);
    const overlapping = mentions.filter((x) => x.start < m!.index + m![0].length && x.end > m!.index);
    for (const o of overlapping) mentions.splice(mentions.indexOf(o), 1);
    add({
      start: m.index,
      end: m.index + m[0].length,
      text,
      kind: "organization",
      name: `${state.demonyms?.[0] ?? state.name} Ministry of ${field}`,
      state: state.name,
    });
  }

  // 5a. A state's possessive before an institution the gazetteer knows by its demonym:
  // "Lithuania's parliament" → "Lithuanian parliament" (Seimas), "Poland's Border Guard".
  const possessiveRe = new RegExp(
    `(?<![\\p{L}])(${index.stateNameAlternation})['’]s?\\s+((?:[\\p{L}-]+)(?:\\s+[\\p{L}-]+){0,3})`,
    "gu",
  );
  for (let m = possessiveRe.exec(folded); m; m = possessiveRe.exec(folded)) {
    const state = stateOf(index, m[1]!);
    if (!state?.demonyms?.length) continue;
    const words = m[2]!.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join(" ");
      const entry = state.demonyms
        .map(
          (d) =>
            index.byAlias.get(`${fold(d)} ${phrase}`) ??
            index.byAlias.get(`${fold(d)} ${phrase.toLowerCase()}`),
        )
        .find(Boolean);
      if (!entry || entry.metonym) continue;
      const end = m.index + m[0].length - m[2]!.length + phrase.length;
      const overlapping = mentions.filter((x) => x.start < end && x.end > m!.index);
      if (overlapping.some((x) => x.start < m!.index || x.end > end)) break;
      for (const o of overlapping) mentions.splice(mentions.indexOf(o), 1);
      add({
        start: m.index,
        end,
        text: body.slice(m.index, end),
        kind: entry.actor.kind,
        name: entry.actor.name,
        known: entry.actor,
        state: state.name,
      });
      break;
    }
  }

  // 5b. Organizations named in quotes after their type: the aid organization “Ocalenie”.
  const quotedOrgRe =
    /\b(?:organi[sz]ation|foundation|charity|NGO|group|party|movement|association|initiative)\s+[“"«]([\p{Lu}][\p{L}\p{M}' -]{1,40})[”"»]/gu;
  for (let m = quotedOrgRe.exec(body); m; m = quotedOrgRe.exec(body)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const type = /foundation/i.test(m[0]) ? " Foundation" : "";
    add({ start, end: start + m[1]!.length, text: m[1]!, kind: "organization", name: `${m[1]}${type}` });
  }

  // 6. Groups: migrants and refugees are one actor, the people on the move.
  const migrantRe =
    /(?<![\p{L}])(?:(?:illegal|irregular|undocumented|stranded|would-be|desperate)\s+)?(?:migrants|refugees|asylum[- ]seekers|immigrants|foreigners)(?![\p{L}])/giu;
  for (let m = migrantRe.exec(folded); m; m = migrantRe.exec(folded)) {
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: body.slice(m.index, m.index + m[0].length),
      kind: "group",
      name: "Migrants",
    });
  }

  // 6b. Organization names with connectors: "Operational Command of the Armed Forces", "Ministry of
  // Foreign Affairs of the Republic of Latvia", "OSCE Ministerial Council".
  addConnectedOrganizations(body, mentions, index);

  // 7. Capitalized sequences: organizations by head noun, persons by cue.
  CAP_SEQUENCE.lastIndex = 0;
  for (let m = CAP_SEQUENCE.exec(body); m; m = CAP_SEQUENCE.exec(body)) {
    classifySequence(body, m.index, m[0], mentions, index);
  }

  // 8. Surnames and "Mr X" of persons found above, wherever else they occur; glued names; surnames
  // the text uses alone.
  addGluedNames(body, mentions);
  addSurnames(body, mentions);
  addLoneSurnames(body, mentions, index);

  placeBorderAgencies(body, mentions, index);
  unifyBorderUnits(mentions);
  markOwners(body, mentions);
  return mentions.sort((a, b) => a.start - b.start);
}

// "the State Border Guard Service" names Lithuania's agency in a Lithuanian story and Ukraine's in a
// Ukrainian one: a border agency named without its state belongs to a state the article names.
function placeBorderAgencies(body: string, mentions: Mention[], index: Index): void {
  const states = new Set(
    mentions.map((m) => m.state ?? (m.known?.kind === "state" ? m.known.name : undefined)).filter(Boolean),
  );
  const demonymRe = new RegExp(`(?<![\\p{L}])(${index.demonymAlternation})(?![\\p{L}])`, "gu");
  for (const d of fold(body).matchAll(demonymRe)) states.add(index.demonyms.get(d[1]!)!.name);
  for (const m of mentions) {
    const agency = m.known;
    if (!agency || agency.kind !== "organization" || !/Border/.test(agency.name) || m.state) continue;
    const own = [...index.states.values()].find((st) => borderAgency(index, st) === agency);
    if (!own || states.has(own.name) || /\bof\b/.test(m.text)) continue;
    const other = [...states]
      .map((name) => index.states.get(name!))
      .map((st) => (st ? borderAgency(index, st) : undefined))
      .find(Boolean);
    if (other) {
      m.known = other;
      m.name = other.name;
    }
  }
}

// "the Kainuu Border Guard" in an article about Finnish border guards: a regional unit of the one
// border agency the article names.
function unifyBorderUnits(mentions: Mention[]): void {
  const agencies = [
    ...new Set(
      mentions
        .filter((m) => m.known?.kind === "organization" && /Border/.test(m.known.name))
        .map((m) => m.known!),
    ),
  ];
  if (agencies.length !== 1) return;
  const agency = agencies[0]!;
  for (const m of mentions)
    if (!m.known && m.kind === "organization" && /\bBorder (?:Guard|Service)\b/.test(m.name)) {
      m.known = agency;
      m.name = agency.name;
    }
}

/** The state a folded name or alias stands for: "Belarus" → Belarus, "Turkiye" → Turkey. */
function stateOf(index: Index, name: string): KnownActor | undefined {
  const entry = index.byAlias.get(name);
  return entry?.actor.kind === "state" ? entry.actor : undefined;
}

/** The state a word names: "Polish" → "Poland", "Belarus" → "Belarus", "Minsk" → "Belarus". */
export function stateNamed(word: string, index: Index = gazetteerIndex()): string | undefined {
  const key = fold(word.replace(/['’]s?$/, ""));
  const demonym = index.demonyms.get(key);
  if (demonym) return demonym.name;
  const entry = index.byAlias.get(key);
  return entry?.actor.kind === "state" ? entry.actor.name : undefined;
}

/** The alternation of every state name, alias and demonym, longest first (folded). */
export function stateWordPattern(index: Index = gazetteerIndex()): string {
  const words = [...index.demonyms.keys()];
  for (const [alias, entry] of index.byAlias)
    if (entry.actor.kind === "state" && !entry.metonym) words.push(alias);
  return words
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
}

function borderAgency(index: Index, state: KnownActor): KnownActor | undefined {
  // The gazetteer's border agencies are named after their state ("Polish Border Guard",
  // "State Border Guard of Latvia", "State Border Committee of Belarus").
  const demonym = state.demonyms?.[0] ?? "";
  for (const entry of index.byAlias.values()) {
    const a = entry.actor;
    if (a.kind !== "organization" || !/Border/.test(a.name)) continue;
    if (a.name.startsWith(`${demonym} `) || a.name.endsWith(` of ${state.name}`)) return a;
  }
  return undefined;
}

const ORG_TOKEN = `(?:${NAME_TOKEN}|\\p{Lu}{2,}(?![\\p{Ll}]))`;
const ORG_SEQUENCE = new RegExp(
  `(?<![\\p{L}\\p{N}])${ORG_TOKEN}(?: (?:(?:of|for)(?: the)? |and )?${ORG_TOKEN})*`,
  "gu",
);

/** "Ministry of Foreign Affairs of the Republic of Latvia" → "Latvian Ministry of Foreign Affairs". */
export function canonicalOrganization(name: string, index: Index = gazetteerIndex()): string {
  const m =
    /^(?:the\s+)?(Ministry of [\p{L} ]+?|Foreign Ministry|Defen[cs]e Ministry|Interior Ministry) of (?:the )?(?:Republic of )?([\p{Lu}][\p{L} ]+)$/u.exec(
      name,
    );
  const state = m ? index.states.get(m[2]!) : undefined;
  if (!m || !state) return name;
  const office = m[1]!.replace(/^(Foreign|Defen[cs]e|Interior) Ministry$/, (_all, field: string) =>
    field === "Foreign" ? "Ministry of Foreign Affairs" : `Ministry of ${field}`,
  );
  return `${state.demonyms?.[0] ?? state.name} ${office}`;
}

function addConnectedOrganizations(body: string, mentions: Mention[], index: Index): void {
  ORG_SEQUENCE.lastIndex = 0;
  for (let m = ORG_SEQUENCE.exec(body); m; m = ORG_SEQUENCE.exec(body)) {
    if (!/ (?:of|for|and) /.test(m[0])) continue;
    let tokens: { text: string; start: number }[] = [];
    const tokenRe = /\S+/g;
    for (let t = tokenRe.exec(m[0]); t; t = tokenRe.exec(m[0]))
      tokens.push({ text: t[0], start: m.index + t.index });
    while (tokens.length && NOT_NAMES.has(tokens[0]!.text)) tokens.shift();
    if (!tokens.length || PERSON_TITLES.has(tokens[0]!.text)) continue;
    // A person's title after the organization ends it: "Ministry of Foreign Affairs Spokesperson X".
    const headAt = tokens.findIndex((t) => ORG_HEADS.has(t.text));
    if (headAt < 0) continue;
    const titleAt = tokens.findIndex((t, k) => k > headAt && PERSON_TITLES.has(t.text));
    if (titleAt > 0) tokens = tokens.slice(0, titleAt);
    const isConnector = (t: string) => /^(?:of|for|and|the)$/.test(t);
    // "and" joins words inside an "of"/"for" phrase ("Ministry of Interior and Administration"), not
    // two bodies ("the Police and the Armed Forces"); a day or month ends the name ("Council on Thursday").
    for (let k = 1; k < tokens.length; k++) {
      const word = tokens[k]!.text;
      const prior = tokens.slice(0, k).map((t) => t.text);
      if (
        (word === "and" && !prior.some((t) => t === "of" || t === "for")) ||
        (isConnector(tokens[k - 1]!.text) && NOT_NAMES.has(word))
      ) {
        tokens = tokens.slice(0, word === "and" ? k : k - 1);
        break;
      }
    }
    // Cut before an organization or person named at the tail ("... of the Union State").
    for (let k = 1; k < tokens.length; k++) {
      const inside = mentions.find((x) => x.start === tokens[k]!.start);
      if (inside && !(inside.known?.kind === "state") && isConnector(tokens[k - 1]!.text)) {
        tokens = tokens.slice(0, k);
        break;
      }
    }
    while (tokens.length && isConnector(tokens[tokens.length - 1]!.text)) tokens.pop();
    if (tokens.length < 3 || !tokens.some((t) => ORG_HEADS.has(t.text))) continue;
    if (!tokens.some((t) => isConnector(t.text))) continue;
    let start = tokens[0]!.start;
    const last = tokens[tokens.length - 1]!;
    const end = last.start + last.text.length;
    const overlapping = mentions.filter((x) => x.start < end && x.end > start);
    // States at the tail ("of Belarus") and an acronym at the head ("OSCE Ministerial Council")
    // belong to the name; anything else inside means this is not one name.
    const absorbable = (x: Mention) =>
      (x.known?.kind === "state" && x.start > start) ||
      (x.start === start && x.kind === "organization" && /^\p{Lu}{2,}$/u.test(x.text));
    if (overlapping.some((x) => !absorbable(x) || x.start < start || x.end > end)) continue;
    for (const x of overlapping) mentions.splice(mentions.indexOf(x), 1);
    const text = body.slice(start, end);
    if (MEDIA.test(text)) continue;
    // Keep the demonym before it: "the Lithuanian Ministry of the Interior".
    const before = fold(body.slice(Math.max(0, start - 20), start));
    const dm = new RegExp(`(?<![\\p{L}])(${index.demonymAlternation})\\s+$`, "u").exec(before);
    if (dm && !mentions.some((x) => x.end === start - 1)) start -= dm[0].length;
    const surface = body.slice(start, end);
    mentions.push({
      start,
      end,
      text: surface,
      kind: "organization",
      name: canonicalOrganization(surface, index),
    });
  }
}

function classifySequence(body: string, at: number, seq: string, mentions: Mention[], index: Index): void {
  const tokens = seq.split(/\s+/);
  let offset = at;
  // Split the sequence where gazetteer mentions already sit; classify each free run.
  let run: { text: string; start: number }[] = [];
  const flush = () => {
    if (run.length) classifyRun(body, run, mentions, index);
    run = [];
  };
  for (const token of tokens) {
    const start = body.indexOf(token, offset);
    offset = start + token.length;
    if (overlaps(mentions, start, start + token.length)) {
      flush();
      continue;
    }
    run.push({ text: token, start });
  }
  flush();
}

function classifyRun(
  body: string,
  run: { text: string; start: number }[],
  mentions: Mention[],
  index: Index,
): void {
  // Organizations: a head noun among the words, with "of <State>" folded in.
  const words = run.map((t) => t.text);
  const headAt = words.findIndex((w) => ORG_HEADS.has(w));
  if (headAt >= 0 && words.length >= 2) {
    let first = 0;
    while (first < words.length && NOT_NAMES.has(words[first]!)) first++;
    if (first >= words.length - 1 && !ORG_HEADS.has(words[first] ?? "")) return;
    let start = run[first]!.start;
    let end = run[run.length - 1]!.start + run[run.length - 1]!.text.length;
    // Keep the demonym before it: "Polish Border Guard Service".
    const before = fold(body.slice(Math.max(0, start - 20), start));
    const dm = new RegExp(`(?<![\\p{L}])(${index.demonymAlternation})\\s+$`, "u").exec(before);
    if (dm) {
      const demonymMention = mentions.find((x) => x.end <= start && x.start >= start - dm[0].length);
      if (!demonymMention) start -= dm[0].length;
    }
    // "... of Belarus" / "... of the Republic of Belarus" belongs to the name.
    const after = /^ of (?:the )?(?:Republic of )?([\p{Lu}][\p{L}]+)/u.exec(body.slice(end));
    if (after && index.states.has(after[1]!)) {
      const stateMention = mentions.find((x) => x.start === end + after[0].length - after[1]!.length);
      if (stateMention) mentions.splice(mentions.indexOf(stateMention), 1);
      end += after[0].length;
    }
    // A sub-body of an organization named before it: "OSCE Ministerial Council", "United Nations
    // General Assembly".
    const acronym = mentions.find(
      (x) => x.kind === "organization" && x.known && !x.metonym && x.end === start - 1,
    );
    if (acronym && body[acronym.end] === " ") {
      mentions.splice(mentions.indexOf(acronym), 1);
      start = acronym.start;
    }
    const text = body.slice(start, end);
    if (MEDIA.test(text)) return;
    if (text.split(/\s+/).length < 2) return;
    // "South-East Finland Border Guard District": a unit of the state's border agency.
    if (/\bBorder (?:Guard|Service|Police|Committee)\b/.test(text)) {
      const state =
        mentions.find((x) => x.known?.kind === "state" && x.end === start - 1 && body[x.end] === " ")
          ?.known ?? (dm ? stateOfDemonym(index, dm[1]!) : undefined);
      const agency = state ? borderAgency(index, state) : undefined;
      if (agency && !overlaps(mentions, start, end)) {
        mentions.push({
          start,
          end,
          text,
          kind: agency.kind,
          name: agency.name,
          known: agency,
          state: state!.name,
        });
        return;
      }
    }
    if (!overlaps(mentions, start, end))
      mentions.push({
        start,
        end,
        text,
        kind: "organization",
        name: canonicalOrganization(text.replace(/^the\s+/i, ""), index),
      });
    return;
  }
  // Persons: strip leading title words, then require a cue.
  let i = 0;
  while (
    i < run.length &&
    (TITLE_WORDS.has(run[i]!.text) || NOT_NAMES.has(run[i]!.text) || index.demonyms.has(fold(run[i]!.text)))
  )
    i++;
  // "Homeland Security Secretary Alejandro Mayorkas": the name is what follows the last title word.
  const lastTitle = run.findLastIndex((t, k) => k >= i && TITLE_WORDS.has(t.text));
  if (lastTitle >= i && run.length - lastTitle - 1 >= 2) i = lastTitle + 1;
  else if (lastTitle >= i && /\.$|^(?:Gov|Sen|Rep)$/.test(run[lastTitle]!.text)) return;
  const nameTokens = run.slice(i);
  if (nameTokens.length === 0) return;
  if (PLACE_HEADS.has(nameTokens[nameTokens.length - 1]!.text)) return;
  // "officials in Nakhon Ratchasima said", "the ministry in Phnom Penh": a place, not a person.
  const runText = body.slice(nameTokens[0]!.start, nameTokens.at(-1)!.start + nameTokens.at(-1)!.text.length);
  if (index.places.has(fold(runText))) return;
  if (i === 0 && LOCATIVE_BEFORE.test(body.slice(Math.max(0, run[0]!.start - 12), run[0]!.start))) return;
  // "Minister of Citizen Protection Michalis Chrisochoidis": words right before a known person's name
  // are that person's title.
  const runEnd = nameTokens[nameTokens.length - 1]!.start + nameTokens[nameTokens.length - 1]!.text.length;
  if (body[runEnd] === " " && mentions.some((x) => x.kind === "person" && x.start === runEnd + 1)) return;
  if (
    nameTokens.some(
      (t, k) =>
        NOT_NAMES.has(t.text) ||
        (!/^\p{Lu}\.?$/u.test(t.text) && t.text.length < 2) ||
        // An initial starts a name or follows another initial; it does not end one.
        (/^\p{Lu}$/u.test(t.text) && k === nameTokens.length - 1),
    )
  )
    return;
  const start = nameTokens[0]!.start;
  const last = nameTokens[nameTokens.length - 1]!;
  const end = last.start + last.text.length;
  const text = body.slice(start, end);
  const titled = i > 0 && run.slice(0, i).some((t) => TITLE_WORDS.has(t.text));
  const cueBefore =
    PERSON_CUES.test(body.slice(Math.max(0, start - 30), start)) ||
    TITLE_PHRASE.test(body.slice(Math.max(0, start - 120), start));
  const speech =
    SPEECH_AFTER.test(body.slice(end, end + 20)) || APPOSITION_AFTER.test(body.slice(end, end + 80));
  const firstName = isFirstName(nameTokens[0]!.text);
  const multi = nameTokens.length >= 2;
  const monarch = titled && ONE_NAME_TITLES.test(body.slice(run[0]!.start, start));
  if (!multi && !monarch) return;
  if (!(titled || cueBefore || firstName || speech)) return;
  // A run that ends in a possessive ("Russia’s") was cut mid-name; names do not contain states.
  if (nameTokens.some((t) => index.states.has(t.text.replace(/['’]s$/, "")))) return;
  const title = titled ? body.slice(run[0]!.start, run[i - 1]!.start + run[i - 1]!.text.length) : undefined;
  const state = stateBefore(index, body, run[0]!.start, mentions);
  // The role from the title words, else from a title phrase before the name ("Minister of the
  // Interior Agnė Bilotaitė", "European Commissioner for Home Affairs Ylva Johansson").
  const phrase = TITLE_PHRASE.exec(body.slice(Math.max(0, start - 120), start))?.[0];
  const phraseStart = phrase ? body.lastIndexOf(phrase.trimEnd(), start) : -1;
  const fullPhrase =
    phraseStart >= 0
      ? body.slice(Math.max(0, phraseStart - 40), phraseStart).match(/(?:[\p{Lu}][\p{L}-]*\s+)*$/u)![0] +
        phrase!.replace(/,?\s+$/, "")
      : undefined;
  const roleText = (title ?? fullPhrase)?.replace(/^(?:Acting|Former|Self-Proclaimed)\s+/i, "");
  const role = roleText ? (normalizeRole(roleText) ?? phraseRole(roleText)) : undefined;
  mentions.push({
    start,
    end,
    text,
    kind: "person",
    name: text.replace(/['’]s$/, ""),
    title: title ? [state?.demonyms?.[0], title].filter(Boolean).join(" ") : undefined,
    role: role ? { role, state: state?.name } : undefined,
  });
}

function addSurnames(body: string, mentions: Mention[]): void {
  const persons = mentions.filter(
    (m) => m.kind === "person" && !m.known && !m.reference && m.name.includes(" "),
  );
  const surnames = new Map<string, Mention>();
  // A known person's name used alone when it is not the last word: "Wang" of "Wang Yi".
  for (const p of mentions) {
    if (p.kind !== "person" || !p.known || p.surnameOnly) continue;
    const surname = p.known.surname ?? p.known.name.split(/\s+/).at(-1)!;
    if (surname !== p.known.name && /^\p{Lu}/u.test(surname) && !surnames.has(surname))
      surnames.set(surname, p);
  }
  for (const p of persons) {
    const parts = p.name.split(/\s+/);
    // "von der Leyen", "Li Rosi": the family name may have several words.
    const particleAt = parts.findIndex((w, i) => i > 0 && NAME_PARTICLES.has(w.toLowerCase()));
    surnames.set(parts.slice(particleAt > 0 ? particleAt : -1).join(" "), p);
    if (parts.length >= 3 && particleAt < 0) surnames.set(parts.slice(-2).join(" "), p);
  }
  for (const [surname, person] of surnames) {
    const re = new RegExp(`(?<![\\p{L}])${escape(surname)}(?![\\p{L}])`, "gu");
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (overlaps(mentions, m.index, m.index + m[0].length)) continue;
      mentions.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        kind: "person",
        name: person.name,
        surnameOnly: true,
        ...(person.known ? { known: person.known } : {}),
      });
    }
  }
}

// What a text does only with a person: "Mr Kessler", "Kessler's office", "Kessler arrived".
const LONE_PERSON_AFTER =
  /^(?:\s+(?:then|also|later|had|has|have|did not|didn't|will|would|again|first|finally))*\s+(?:met|meets|meeting|arrived|arrives|headed|heads|travell?ed|flew|visited|visits|handed|shook hands|told reporters|spoke|talked|resigned|was elected|was appointed|said (?:he|she))\b|^['’]s\s+(?:office|wife|husband|spokes\w+|aides?|trip|visit|predecessor|successor)\b/;
const LONE_PERSON_BEFORE = /\b(?:Mr|Mrs|Ms|Dr)\.?\s+$/;

// "Kessler arrived in Vienna. Kessler then met ...": a surname never given with a first name, that
// the text uses twice or more and at least once as only a person is used. Capitals, states, known
// names, title words, common words and first names are never taken.
function addLoneSurnames(body: string, mentions: Mention[], index: Index): void {
  const seen = new Map<string, number[]>();
  let lower: Set<string> | undefined;
  const re = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]+(?![\p{L}\p{N}])/gu;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const word = m[0].replace(/['’]s?$/, "");
    if (overlaps(mentions, m.index, m.index + word.length)) continue;
    seen.set(word, [...(seen.get(word) ?? []), m.index]);
  }
  for (const [word, starts] of seen) {
    if (starts.length < 2 || word.length < 3) continue;
    if (NOT_NAMES.has(word) || TITLE_WORDS.has(word) || ORG_HEADS.has(word) || PLACE_HEADS.has(word))
      continue;
    const key = fold(word);
    if (index.demonyms.has(key) || index.byAlias.has(key) || index.places.has(key) || isFirstName(word))
      continue;
    lower ??= new Set(body.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []);
    if (lower.has(word.toLowerCase())) continue;
    const cue = starts.some(
      (at) =>
        LONE_PERSON_AFTER.test(body.slice(at + word.length, at + word.length + 40)) ||
        LONE_PERSON_BEFORE.test(body.slice(Math.max(0, at - 5), at)),
    );
    if (!cue) continue;
    for (const at of starts)
      mentions.push({ start: at, end: at + word.length, text: word, kind: "person", name: word });
  }
}

// "his Moldovan counterpart MaiaSandu": two names glued by a lost space, after a person cue.
function addGluedNames(body: string, mentions: Mention[]): void {
  const re = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})(?![\p{L}])/gu;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (/^(?:Mac|Van|Von|Del|Des|Della|Fitz|Ben|Abu|Bin)$/.test(m[1]!)) continue;
    if (overlaps(mentions, m.index, m.index + m[0].length)) continue;
    const before = body.slice(Math.max(0, m.index - 40), m.index);
    const titled = /\b(?:President|Minister|Premier|PM|Chancellor|Speaker|Leader)\s+$/.test(before);
    if (!titled && !PERSON_CUES.test(before)) continue;
    mentions.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: "person",
      name: `${m[1]} ${m[2]}`,
    });
  }
}

// "Lukashenko's regime", "the regime of Alyaksandr Lukashenka", "the Alexander Lukashenko regime":
// the person is named only as the owner of a state apparatus, not as someone who acted.
function markOwners(body: string, mentions: Mention[]): void {
  for (const m of mentions) {
    const after = body.slice(m.end, m.end + 30);
    const before = body.slice(Math.max(0, m.start - 25), m.start);
    if (
      /^(?:['’]s?)?\s+(?:regime|government|administration|press (?:office|service)|spokes\w+|office|allies|ally|entourage)\b/i.test(
        after,
      )
    )
      m.owner = true;
    else if (/\b(?:regime|government|administration) of\s+(?:the\s+)?$/i.test(before)) m.owner = true;
  }
}
