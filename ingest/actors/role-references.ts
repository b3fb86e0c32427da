// Rule: a role without a name refers to a person: "the Belarusian president", "Poland's prime
// minister", "the Turkish President", "his Lithuanian counterpart", "the prime minister of Latvia".
// resolve.ts finds who held the role (the article's persons first, then the lexicon's offices).
import { perIndex, stateOf, stateOfDemonym } from "./gazetteer-index.ts";
import { eachMatch, matchAt, type FindContext } from "./mention.ts";
import { normalizeRole } from "./roles.ts";
import { actorWords } from "./words.ts";

const referencePattern = perIndex(
  (index) =>
    new RegExp(
      `(?<![\\p{L}])(?:(?:the|The|his|her|their|His|Her|Their)\\s+(?:(${index.demonymAlternation})\\s+)?|(${index.stateNameAlternation})['’]s?\\s+)(?:acting\\s+|self-proclaimed\\s+|new\\s+)?(${actorWords().roleReferences})(?![\\p{L}])`,
      "giu",
    ),
);

/** " of [the] [Republic of] <State>" right after the role word. */
const ofStatePattern = perIndex(
  (index) =>
    new RegExp(
      `\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?(${index.stateNameAlternation})(?![\\p{L}])`,
      "uy",
    ),
);

const FULLER_TITLE = /\s+(?:of|for)\b/y;
/** "the President Duda", "Poland's president, Andrzej Duda": a name follows the role. */
export const NAME_FOLLOWS = /,?\s+(?:of\s+)?\p{Lu}/uy;

export function findRoleReferences({ body, folded, index, mentions, meter }: FindContext): void {
  for (const m of eachMatch(referencePattern(index), folded, meter)) {
    const role = normalizeRole(m[3]!);
    if (!role) continue;
    const lead = m[0].slice(0, m[0].length - m[3]!.length);
    // "his counterpart" points to a person; "his president" or "their leader" does not.
    if (/^(?:his|her|their)\b/i.test(lead) !== (role === "counterpart")) continue;
    if (/\bformer\b/i.test(folded.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "the Prime Minister of Poland": the state after "of" qualifies the role.
    let rest = m.index + m[0].length;
    const ofState = matchAt(ofStatePattern(index), folded, rest);
    if (ofState) rest += ofState[0].length;
    // "the Minister of the Interior", "the head of state for": a fuller title, not a reference.
    else if (matchAt(FULLER_TITLE, folded, rest)) continue;
    // "the President Duda", "Poland's president, Andrzej Duda": a name follows, not a reference.
    if (matchAt(NAME_FOLLOWS, folded, rest)) continue;
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
      mentions.addIfFree({
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
    mentions.addIfFree({
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
}
