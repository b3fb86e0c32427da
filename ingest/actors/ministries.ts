// Rule: a state's ministry named by its field: "the Lithuanian Foreign Ministry", "Belarus's foreign
// ministry", "the defence ministry in Warsaw" → "Lithuanian Ministry of Foreign Affairs".
import { perIndex, stateOf, stateOfDemonym } from "./gazetteer-index.ts";
import { eachMatch, type FindContext } from "./mention.ts";

const FIELD = "(foreign|defen[cs]e|interior|justice|health|finance|economy|emergency situations)";

const ministryPattern = perIndex(
  (index) =>
    new RegExp(
      `(?<![\\p{L}])(?:(${index.demonymAlternation})|(${index.stateNameAlternation})['’]s?)\\s+${FIELD}\\s+ministry(?![\\p{L}])|(?<![\\p{L}])${FIELD}\\s+ministry\\s+in\\s+(${index.capitalAlternation})(?![\\p{L}])`,
      "giu",
    ),
);

export function findMinistries({ body, folded, index, mentions, meter }: FindContext): void {
  for (const m of eachMatch(ministryPattern(index), folded, meter)) {
    const word = m[1] ?? m[2];
    if (word && !/^\p{Lu}/u.test(word)) continue;
    const state = m[1]
      ? stateOfDemonym(index, m[1])
      : m[2]
        ? stateOf(index, m[2])
        : index.capitals.get(m[5]!);
    if (!state) continue;
    const raw = (m[3] ?? m[4]!).toLowerCase();
    const field =
      raw === "foreign"
        ? "Foreign Affairs"
        : /^defen/.test(raw)
          ? "Defence"
          : raw.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    const text = body.slice(m.index, m.index + m[0].length);
    const end = m.index + m[0].length;
    // The ministry wins over what an earlier rule found inside it ("Lithuanian" of a force).
    for (const o of mentions.near(m.index, end)) if (o.start < end && o.end > m.index) mentions.remove(o);
    mentions.addIfFree({
      start: m.index,
      end,
      text,
      kind: "organization",
      name: `${state.demonyms?.[0] ?? state.name} Ministry of ${field}`,
      state: state.name,
    });
  }
}
