// Rule: a surname the text never gives with a first name ("Kessler arrived in Vienna. Kessler then
// met ..."), used twice or more and at least once as only a person is used ("Mr Kessler", "Kessler's
// office", "Kessler arrived"). Capitals, states, known names, title words, common words and first
// names are never taken.
import { fold } from "../name-keys.ts";
import { isFirstName } from "./first-names.ts";
import { eachMatch, type FindContext } from "./mention.ts";
import { actorWords } from "./words.ts";

// What a text does only with a person: "Mr Kessler", "Kessler's office", "Kessler arrived".
const LONE_PERSON_AFTER =
  /^(?:\s+(?:then|also|later|had|has|have|did not|didn't|will|would|again|first|finally))*\s+(?:met|meets|meeting|arrived|arrives|headed|heads|travell?ed|flew|visited|visits|handed|shook hands|told reporters|spoke|talked|resigned|was elected|was appointed|said (?:he|she))\b|^['’]s\s+(?:office|wife|husband|spokes\w+|aides?|trip|visit|predecessor|successor)\b/;
const LONE_PERSON_BEFORE = /\b(?:Mr|Mrs|Ms|Dr)\.?\s+$/;
const CAPITALIZED = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]+(?![\p{L}\p{N}])/gu;

export function findLoneSurnames({ body, index, mentions, meter }: FindContext): void {
  const { notNames, titleWords, organizationHeads, placeHeads } = actorWords();
  const seen = new Map<string, number[]>();
  let lower: Set<string> | undefined;
  for (const m of eachMatch(CAPITALIZED, body, meter)) {
    const word = m[0].replace(/['’]s?$/, "");
    if (mentions.overlaps(m.index, m.index + word.length)) continue;
    const starts = seen.get(word);
    if (starts) starts.push(m.index);
    else seen.set(word, [m.index]);
  }
  for (const [word, starts] of seen) {
    if (starts.length < 2 || word.length < 3) continue;
    if (notNames.has(word) || titleWords.has(word) || organizationHeads.has(word) || placeHeads.has(word))
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
      mentions.add({ start: at, end: at + word.length, text: word, kind: "person", name: word });
  }
}
