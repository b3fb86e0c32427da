// Rule: an organization named in quotation marks after its type: the aid organization “Ocalenie”,
// the foundation "Ocalenie" (→ "Ocalenie Foundation").
import { eachMatch, type FindContext } from "./mention.ts";

const QUOTED =
  /\b(?:organi[sz]ation|foundation|charity|NGO|group|party|movement|association|initiative)\s+[“"«]([\p{Lu}][\p{L}\p{M}' -]{1,40})[”"»]/gu;

export function findQuotedOrganizations({ body, mentions, meter }: FindContext): void {
  for (const m of eachMatch(QUOTED, body, meter)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const type = /foundation/i.test(m[0]) ? " Foundation" : "";
    mentions.addIfFree({
      start,
      end: start + m[1]!.length,
      text: m[1]!,
      kind: "organization",
      name: `${m[1]}${type}`,
    });
  }
}
