// Rule: a pair of demonyms names both states as adjectives: "Belarusian-Polish border",
// "Russian-Ukrainian talks". Such a state is context for a fact (a border, state-to-state talks),
// not an actor of the article by itself.
import { perIndex, stateOfDemonym } from "./gazetteer-index.ts";
import { eachMatch, type FindContext } from "./mention.ts";

const pairPattern = perIndex(
  (index) =>
    new RegExp(
      `(?<![\\p{L}])(${index.demonymAlternation})\\s?[-–/]\\s?(${index.demonymAlternation})(?![\\p{L}])`,
      "gu",
    ),
);

export function findDemonymPairs({ body, folded, index, mentions, meter }: FindContext): void {
  for (const m of eachMatch(pairPattern(index), folded, meter)) {
    const a = stateOfDemonym(index, m[1]!)!;
    const b = stateOfDemonym(index, m[2]!)!;
    const bStart = m.index + m[0].length - m[2]!.length;
    mentions.addIfFree({
      start: m.index,
      end: m.index + m[1]!.length,
      text: body.slice(m.index, m.index + m[1]!.length),
      kind: "state",
      name: a.name,
      known: a,
      metonym: true,
      adjective: true,
    });
    mentions.addIfFree({
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
}
