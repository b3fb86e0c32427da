// The actor rules' words (data/lexicon/actor-words.yaml), compiled once into the sets and pattern
// sources the rules use: the same regular expressions as when the words were written in the code.
import { builtInActorWords, type ActorWordsData } from "../lexicon.ts";

export interface ActorWords {
  /** Role patterns for a whole title, in order, with the role each names. */
  roles: [RegExp, string][];
  /** Alternation of role words that make "the Belarusian …" a reference. */
  roleReferences: string;
  /** Alternation of plural roles ("presidents", "heads of state"). */
  pluralRoles: string;
  titleWords: Set<string>;
  personTitles: Set<string>;
  /** "King", "Pope": titles of persons known by one name. */
  oneNameTitles: RegExp;
  organizationHeads: Set<string>;
  /** A media or platform word anywhere in a name. */
  media: RegExp;
  placeHeads: Set<string>;
  /** Alternation of security-force nouns, and of the words that may stand before them. */
  forceNouns: string;
  forceModifiers: string;
  governmentNouns: string;
  notNames: Set<string>;
  weakFirstNames: Set<string>;
  /** In file order: they are joined into the name pattern. */
  nameParticles: string[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const any = (words: string[]) => `(?:${words.join("|")})`;

/** Compiles actor words; `actorWords()` gives the built-in ones. */
export function compileActorWords(data: ActorWordsData): ActorWords {
  return {
    roles: data.roles.map((r) => [new RegExp(`^(?:${r.match})$`, "i"), r.role]),
    roleReferences: any(data.roleReferences),
    pluralRoles: data.pluralRoles.join("|"),
    titleWords: new Set(data.titleWords),
    personTitles: new Set(data.personTitles),
    oneNameTitles: new RegExp(`\\b${any(data.oneNameTitles.map(escape))}\\b`),
    organizationHeads: new Set(data.organizationHeads),
    media: new RegExp(`\\b${any(data.mediaWords.map(escape))}\\b`),
    placeHeads: new Set(data.placeHeads),
    forceNouns: any(data.forceNouns),
    forceModifiers: any(data.forceModifiers),
    governmentNouns: any(data.governmentNouns),
    notNames: new Set(data.notNames),
    weakFirstNames: new Set(data.weakFirstNames),
    nameParticles: [...new Set(data.nameParticles)],
  };
}

let builtIn: ActorWords | undefined;

/** The built-in actor words, read, validated and compiled once. */
export function actorWords(): ActorWords {
  return (builtIn ??= compileActorWords(builtInActorWords()));
}
