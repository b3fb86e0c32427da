// Given names, from compromise's name lexicon: a known first name makes a capitalized pair a person
// ("Renate Held"), and its gender tells whom "he" or "she" means (extract-meetings.ts). Common words
// tagged as names ("Will", "Grace") do not count (data/lexicon/actor-words.yaml, weakFirstNames).
import nlp from "compromise";
import { nameKey } from "../name-keys.ts";
import { actorWords } from "./words.ts";

type NameLexicon = Record<string, string | string[]>;

function lexicon(): NameLexicon {
  return (nlp.model() as { one: { lexicon: NameLexicon } }).one.lexicon;
}

/** A capitalized word that could be a given name (not an initialism, not a possessive). */
export function isFirstNameLike(word: string): boolean {
  return /^\p{Lu}[\p{Ll}][\p{L}-]*$/u.test(word);
}

let firstNames: Set<string> | undefined;

/** Whether compromise knows `word` as a first name ("Eva-Maria", "Jean-Yves": the first part decides). */
export function isFirstName(word: string): boolean {
  if (!firstNames) {
    firstNames = new Set();
    for (const [w, tag] of Object.entries(lexicon())) {
      const tags = Array.isArray(tag) ? tag.join() : tag;
      if (/FirstName|MaleName|FemaleName/.test(tags)) firstNames.add(w);
    }
  }
  const key = nameKey(word).split("-")[0]!;
  return firstNames.has(key) && !actorWords().weakFirstNames.has(key);
}

/** "male" or "female" when compromise's name lexicon knows the first name as one only. */
export function genderOf(first: string): "male" | "female" | undefined {
  const tag = lexicon()[nameKey(first).split("-")[0]!];
  const tags = Array.isArray(tag) ? tag.join() : (tag ?? "");
  const male = /MaleName/.test(tags.replace(/FemaleName/g, ""));
  const female = /FemaleName/.test(tags);
  return male === female ? undefined : male ? "male" : "female";
}
