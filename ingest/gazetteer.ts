// General knowledge the extractor starts from, as actors: states (with capitals and demonyms, used as
// metonyms), international organizations (with acronyms) and well-known office holders (with their
// offices and terms, so "the Belarusian president" in a 2021 article resolves to a person). The data
// lives in data/lexicon/ (see lexicon.ts); this module turns a lexicon into known actors.
import type { ActorKind } from "../cypher/vocabulary.ts";
import { builtInLexicon, type Lexicon } from "./lexicon.ts";

export interface Office {
  /** Lower-case role word(s) as news text writes them: "president", "prime minister". */
  role: string;
  /** The state's canonical name. */
  state: string;
  from?: string;
  to?: string;
}

export interface KnownActor {
  name: string;
  kind: ActorKind;
  /** Surface forms, matched case-sensitively (acronyms, spelling variants, transliterations). */
  aliases?: string[];
  /** States: adjectives ("Belarusian") that make "Belarusian authorities" a mention of the state. */
  demonyms?: string[];
  /** States: the capital, a metonym for the government ("Minsk said"). */
  capital?: string;
  /** Other names of the government or body: "the Kremlin", "Brussels" for the EU. */
  metonyms?: string[];
  /** Names of places that are not the actor (a capital that is no metonym): never a person. */
  places?: string[];
  /** Persons: the offices held, so titles and roles resolve to them. */
  offices?: Office[];
  /** Persons: the name used alone when it is not the last word ("Wang" of "Wang Yi"). */
  surname?: string;
  /** Media and news agencies: they report facts, they are not in them. */
  media?: boolean;
}

/** The known actors of a lexicon: states first, then organizations, then persons. */
export function knownActors(lexicon: Lexicon): KnownActor[] {
  const out = new Map<string, KnownActor>();
  for (const s of lexicon.states)
    out.set(s.name, {
      name: s.name,
      kind: "state",
      demonyms: s.demonyms,
      // A capital that is as often a name for something else (Brussels is the EU as much as
      // Belgium) is no metonym for the state, but still a place.
      capital: s.capitalMetonym ? s.capital : undefined,
      places: !s.capitalMetonym && s.capital ? [s.capital] : undefined,
      aliases: s.aliases,
      ...(s.metonyms.length ? { metonyms: s.metonyms } : {}),
    });
  for (const o of lexicon.organizations)
    out.set(o.name, {
      name: o.name,
      kind: o.kind,
      aliases: o.aliases,
      ...(o.metonyms.length ? { metonyms: o.metonyms } : {}),
      ...(o.media ? { media: true } : {}),
    });
  for (const p of lexicon.persons)
    out.set(p.name, {
      name: p.name,
      kind: "person",
      aliases: p.aliases,
      offices: p.offices,
      ...(p.surname ? { surname: p.surname } : {}),
    });
  return [...out.values()];
}

let builtIn: readonly KnownActor[] | undefined;

/** The built-in lexicon's known actors, built once. */
export function builtInActors(): readonly KnownActor[] {
  return (builtIn ??= knownActors(builtInLexicon()));
}

/** Every known actor of the built-in lexicon, states first. */
export const GAZETTEER: readonly KnownActor[] = builtInActors();
