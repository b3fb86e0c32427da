// Rule: a state's security forces. "Polish police", "Polish soldiers" and "Polish servicemen" are one
// group per state ("Polish security forces"); "Lithuania's border guards" is the state's border
// agency when the gazetteer knows one.
import { borderAgency, perIndex, stateOf, stateOfDemonym } from "./gazetteer-index.ts";
import { eachMatch, type FindContext } from "./mention.ts";
import { actorWords } from "./words.ts";

const forcePattern = perIndex((index) => {
  const words = actorWords();
  return new RegExp(
    `(?<![\\p{L}])(?:(${index.demonymAlternation})|(${index.stateNameAlternation})['’]s?)(?:\\s+${words.forceModifiers})*\\s+${words.forceNouns}(?![\\p{L}])`,
    "giu",
  );
});

export function findForces({ body, folded, index, mentions, meter }: FindContext): void {
  for (const m of eachMatch(forcePattern(index), folded, meter)) {
    const word = m[1] ?? m[2]!;
    if (!/^\p{Lu}/u.test(word)) continue;
    const state = m[1] ? stateOfDemonym(index, m[1])! : stateOf(index, m[2]!);
    if (!state) continue;
    const text = body.slice(m.index, m.index + m[0].length);
    const demonym = state.demonyms?.[0] ?? word;
    const isBorderGuard = /border (?:guard|service|police)/i.test(text);
    const agency = isBorderGuard ? borderAgency(index, state) : undefined;
    if (agency)
      mentions.addIfFree({
        start: m.index,
        end: m.index + m[0].length,
        text,
        kind: agency.kind,
        name: agency.name,
        known: agency,
        state: state.name,
      });
    else
      mentions.addIfFree({
        start: m.index,
        end: m.index + m[0].length,
        text,
        kind: "group",
        name: `${demonym} security forces`,
        state: state.name,
      });
  }
}
