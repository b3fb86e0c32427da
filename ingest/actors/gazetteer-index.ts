// The gazetteer as the actor rules search it: every name, alias and metonym (folded) in one pattern,
// demonyms and capitals by state, and the alternations of state names the rules build their
// patterns from. Built once per set of known actors; the built-in one once per process.
import { fold } from "../name-keys.ts";
import { GAZETTEER, type KnownActor } from "../gazetteer.ts";

export interface Entry {
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

export function escape(s: string): string {
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

/**
 * `build(index)`, computed once per index: the rules' patterns hold the index's alternations of
 * hundreds of names, which cost more to compile than to run over an article.
 */
export function perIndex<T>(build: (index: Index) => T): (index: Index) => T {
  const cache = new WeakMap<Index, T>();
  return (index) => {
    let value = cache.get(index);
    if (value === undefined) cache.set(index, (value = build(index)));
    return value;
  };
}

/** A demonym right before the end of a short window: "… Lithuanian ". */
export const demonymBefore = perIndex(
  (index) => new RegExp(`(?<![\\p{L}])(${index.demonymAlternation})\\s+$`, "u"),
);

/** The state a folded name or alias stands for: "Belarus" → Belarus, "Turkiye" → Turkey. */
export function stateOf(index: Index, name: string): KnownActor | undefined {
  const entry = index.byAlias.get(name);
  return entry?.actor.kind === "state" ? entry.actor : undefined;
}

export function stateOfDemonym(index: Index, text: string): KnownActor | undefined {
  return index.demonyms.get(fold(text));
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

// Each state's border agency and each agency's state, worked out once per index: looking one up
// walked every alias of the gazetteer.
interface Agencies {
  candidates: KnownActor[];
  byState: Map<KnownActor, KnownActor | undefined>;
  byAgency: Map<KnownActor, KnownActor>;
}

const agenciesOf = new WeakMap<Index, Agencies>();

function agencies(index: Index): Agencies {
  let found = agenciesOf.get(index);
  if (found) return found;
  const candidates = [...index.byAlias.values()]
    .map((e) => e.actor)
    .filter((a) => a.kind === "organization" && /Border/.test(a.name));
  found = { candidates, byState: new Map(), byAgency: new Map() };
  agenciesOf.set(index, found);
  for (const state of index.states.values()) {
    const agency = borderAgency(index, state);
    if (agency && !found.byAgency.has(agency)) found.byAgency.set(agency, state);
  }
  return found;
}

/** The state's border agency in the gazetteer, if it knows one. */
export function borderAgency(index: Index, state: KnownActor): KnownActor | undefined {
  const { candidates, byState } = agencies(index);
  if (byState.has(state)) return byState.get(state);
  // The gazetteer's border agencies are named after their state ("Polish Border Guard",
  // "State Border Guard of Latvia", "State Border Committee of Belarus").
  const demonym = state.demonyms?.[0] ?? "";
  const agency = candidates.find(
    (a) => a.name.startsWith(`${demonym} `) || a.name.endsWith(` of ${state.name}`),
  );
  byState.set(state, agency);
  return agency;
}

/** The first state, in the index's order, whose border agency `agency` is. */
export function agencyState(index: Index, agency: KnownActor): KnownActor | undefined {
  return agencies(index).byAgency.get(agency);
}
