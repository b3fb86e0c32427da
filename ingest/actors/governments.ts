// Rule: a demonym or a state's possessive before a government noun names the state itself: "the
// Belarusian authorities", "the Polish side", "Lithuania's government".
import { perIndex, stateOf, stateOfDemonym } from "./gazetteer-index.ts";
import { eachMatch, type FindContext } from "./mention.ts";
import { actorWords } from "./words.ts";

const governmentPattern = perIndex(
  (index) =>
    new RegExp(
      `(?<![\\p{L}])(?:(${index.demonymAlternation})|(${index.stateNameAlternation})['’]s?)\\s+${actorWords().governmentNouns}(?![\\p{L}])`,
      "gu",
    ),
);

export function findGovernments({ body, folded, index, mentions, meter }: FindContext): void {
  for (const m of eachMatch(governmentPattern(index), folded, meter)) {
    const state = m[1] ? stateOfDemonym(index, m[1])! : stateOf(index, m[2]!);
    if (!state) continue;
    const text = body.slice(m.index, m.index + m[0].length);
    mentions.addIfFree({
      start: m.index,
      end: m.index + m[0].length,
      text,
      kind: "state",
      name: state.name,
      known: state,
      metonym: true,
    });
  }
}
