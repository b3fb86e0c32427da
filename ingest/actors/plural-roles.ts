// Rule: a plural role with its states is one reference per state: "the presidents of Azerbaijan and
// France", "the foreign ministers of India, China and Russia".
import { perIndex, stateOf } from "./gazetteer-index.ts";
import { eachMatch, type FindContext } from "./mention.ts";
import { normalizeRole } from "./roles.ts";
import { actorWords } from "./words.ts";

const patterns = perIndex((index) => {
  const S = index.stateNameAlternation;
  const plurals = actorWords().pluralRoles;
  return {
    list: new RegExp(
      `(?<![\\p{L}])the\\s+(${plurals})\\s+of\\s+((?:the\\s+)?(?:${S})(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?(?:${S})(?![\\p{L}]))+)`,
      "giu",
    ),
    // A cheap look for a plural role before "of" first: most articles have none.
    any: new RegExp(`\\b(?:${plurals})\\s+of\\b`, "i"),
    state: new RegExp(`(?<![\\p{L}])(?:${S})(?![\\p{L}])`, "gu"),
  };
});

export function findPluralRoles({ body, folded, index, mentions, meter }: FindContext): void {
  const re = patterns(index);
  if (!re.any.test(folded)) return;
  for (const m of eachMatch(re.list, folded, meter)) {
    const plural = m[1]!.toLowerCase();
    const role =
      plural === "heads of government"
        ? "prime minister"
        : (normalizeRole(plural.replace(/^heads of state$/, "head of state").replace(/s$/, "")) ??
          normalizeRole(plural.replace(/s(\s|$)/, "$1")));
    if (!role) continue;
    const listAt = m.index + m[0].length - m[2]!.length;
    let first = true;
    for (const x of eachMatch(re.state, m[2]!)) {
      const state = stateOf(index, x[0]);
      if (!state) continue;
      const start = first ? m.index : listAt + x.index;
      const end = listAt + x.index + x[0].length;
      first = false;
      mentions.addIfFree({
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
}
