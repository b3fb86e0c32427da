// Rule: roles in an international organization refer to its office holder: "the EU's foreign policy
// chief", "the European Commission president", "the head of the European Council", "NATO's secretary
// general". They resolve only to a person the article names.
import { eachMatch, matchAt, type FindContext } from "./mention.ts";
import { NAME_FOLLOWS } from "./role-references.ts";

const ORG_ROLE =
  /(?<![\p{L}])(?:(?:the\s+)?(EU|European Union|bloc|NATO|alliance|UN|U\.N\.|United Nations)(?:['’]s)?\s+(?:(foreign policy chief|top diplomat|chief diplomat|home affairs commissioner|migration commissioner|secretary[- ]general|chief))|(?:the\s+)?(?:(European Commission|European Council|European Parliament|Commission)\s+)(president|chief|head)|(?:the\s+)?(head|president|chief) of the (European Commission|European Council|European Parliament))(?![\p{L}])/gu;

function orgRole(m: RegExpExecArray): { role: string; state: string; at: number; word: string } | undefined {
  const org = m[1] ?? m[3] ?? m[6];
  const word = m[2] ?? m[4] ?? m[5];
  if (!org || !word) return undefined;
  const at = m.index + m[0].indexOf(word, m[1] ? m[0].indexOf(org) + org.length : 0);
  if (/^(?:NATO|alliance)$/i.test(org))
    return word.match(/secretary|chief/i)
      ? { role: "secretary general", state: "NATO", at, word }
      : undefined;
  if (/^(?:UN|U\.N\.|United Nations)$/i.test(org))
    return word.match(/secretary|chief/i)
      ? { role: "secretary general", state: "United Nations", at, word }
      : undefined;
  if (/^(?:EU|European Union|bloc)$/i.test(org)) {
    if (/commissioner/i.test(word))
      return { role: "home affairs commissioner", state: "European Union", at, word };
    if (/diplomat|foreign/i.test(word))
      return { role: "foreign minister", state: "European Union", at, word };
    return undefined;
  }
  const body = /Council/.test(org) ? "council" : /Parliament/.test(org) ? "parliament" : "commission";
  return { role: `european ${body} president`, state: "European Union", at, word };
}

export function findOrganizationRoles({ body, folded, mentions, meter }: FindContext): void {
  for (const m of eachMatch(ORG_ROLE, folded, meter)) {
    const r = orgRole(m);
    if (!r) continue;
    if (matchAt(NAME_FOLLOWS, folded, m.index + m[0].length)) continue;
    const text = body.slice(r.at, r.at + r.word.length);
    mentions.addIfFree({
      start: r.at,
      end: r.at + r.word.length,
      text,
      kind: "person",
      name: text,
      role: { role: r.role, state: r.state },
      reference: true,
      localOnly: true,
    });
  }
}
