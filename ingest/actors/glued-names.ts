// Rule: two names glued by a lost space after a person cue: "his Moldovan counterpart MaiaSandu" is
// Maia Sandu.
import { eachMatch, type FindContext } from "./mention.ts";
import { PERSON_CUES } from "./names.ts";

const GLUED = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})(?![\p{L}])/gu;

export function findGluedNames({ body, mentions, meter }: FindContext): void {
  for (const m of eachMatch(GLUED, body, meter)) {
    if (/^(?:Mac|Van|Von|Del|Des|Della|Fitz|Ben|Abu|Bin)$/.test(m[1]!)) continue;
    if (mentions.overlaps(m.index, m.index + m[0].length)) continue;
    const before = body.slice(Math.max(0, m.index - 40), m.index);
    const titled = /\b(?:President|Minister|Premier|PM|Chancellor|Speaker|Leader)\s+$/.test(before);
    if (!titled && !PERSON_CUES.test(before)) continue;
    mentions.add({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: "person",
      name: `${m[1]} ${m[2]}`,
    });
  }
}
