// Rule: a state's possessive before an institution the gazetteer knows by its demonym: "Lithuania's
// parliament" is the "Lithuanian parliament" (Seimas), "Poland's Border Guard" the Polish Border Guard.
import { fold } from "../name-keys.ts";
import { perIndex, stateOf } from "./gazetteer-index.ts";
import { eachMatch, type FindContext } from "./mention.ts";

const possessivePattern = perIndex(
  (index) =>
    new RegExp(
      `(?<![\\p{L}])(${index.stateNameAlternation})['’]s?\\s+((?:[\\p{L}-]+)(?:\\s+[\\p{L}-]+){0,3})`,
      "gu",
    ),
);

export function findPossessiveInstitutions({ body, folded, index, mentions, meter }: FindContext): void {
  for (const m of eachMatch(possessivePattern(index), folded, meter)) {
    const state = stateOf(index, m[1]!);
    if (!state?.demonyms?.length) continue;
    const words = m[2]!.split(/\s+/);
    // The longest phrase of up to four words that the gazetteer knows with the demonym before it.
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join(" ");
      const entry = state.demonyms
        .map(
          (d) =>
            index.byAlias.get(`${fold(d)} ${phrase}`) ??
            index.byAlias.get(`${fold(d)} ${phrase.toLowerCase()}`),
        )
        .find(Boolean);
      if (!entry || entry.metonym) continue;
      const end = m.index + m[0].length - m[2]!.length + phrase.length;
      const overlapping = mentions.near(m.index, end).filter((x) => x.start < end && x.end > m.index);
      if (overlapping.some((x) => x.start < m.index || x.end > end)) break;
      for (const o of overlapping) mentions.remove(o);
      mentions.addIfFree({
        start: m.index,
        end,
        text: body.slice(m.index, end),
        kind: entry.actor.kind,
        name: entry.actor.name,
        known: entry.actor,
        state: state.name,
      });
      break;
    }
  }
}
