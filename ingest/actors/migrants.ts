// Rule: migrants, refugees and asylum seekers are one actor, the people on the move ("Migrants"),
// whatever the article calls them.
import { eachMatch, type FindContext } from "./mention.ts";

const MIGRANTS =
  /(?<![\p{L}])(?:(?:illegal|irregular|undocumented|stranded|would-be|desperate)\s+)?(?:migrants|refugees|asylum[- ]seekers|immigrants|foreigners)(?![\p{L}])/giu;

export function findMigrants({ body, folded, mentions, meter }: FindContext): void {
  for (const m of eachMatch(MIGRANTS, folded, meter)) {
    mentions.addIfFree({
      start: m.index,
      end: m.index + m[0].length,
      text: body.slice(m.index, m.index + m[0].length),
      kind: "group",
      name: "Migrants",
    });
  }
}
