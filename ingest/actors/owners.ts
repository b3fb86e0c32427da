// Rule, after all others: a person named only as the owner of a state apparatus ("Lukashenko's
// regime", "the regime of Alyaksandr Lukashenka", "the Alexander Lukashenko regime") did not act;
// the mention is marked, so meetings and incidents leave it out.
import type { FindContext } from "./mention.ts";

const OWNED_AFTER =
  /^(?:['’]s?)?\s+(?:regime|government|administration|press (?:office|service)|spokes\w+|office|allies|ally|entourage)\b/i;
const OWNER_BEFORE = /\b(?:regime|government|administration) of\s+(?:the\s+)?$/i;

export function markOwners({ body, mentions }: FindContext): void {
  for (const m of mentions.list()) {
    const after = body.slice(m.end, m.end + 30);
    const before = body.slice(Math.max(0, m.start - 25), m.start);
    if (OWNED_AFTER.test(after)) m.owner = true;
    else if (OWNER_BEFORE.test(before)) m.owner = true;
  }
}
