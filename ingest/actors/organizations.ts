// Rule: a run of capitalized words with an organization head noun is an organization ("Polish Border
// Guard Service", "OSCE Ministerial Council", "Ministry of Foreign Affairs of Belarus"), with the
// demonym before it and "of <State>" after it; media names are left out. Also the canonical name of
// a state's ministry, which connected-organizations.ts uses too.
import { fold } from "../name-keys.ts";
import {
  borderAgency,
  demonymBefore,
  gazetteerIndex,
  stateOfDemonym,
  type Index,
} from "./gazetteer-index.ts";
import { matchAt, type FindContext } from "./mention.ts";
import type { Token } from "./names.ts";
import { actorWords } from "./words.ts";

const OF_STATE_AFTER = / of (?:the )?(?:Republic of )?([\p{Lu}][\p{L}]+)/uy;

/** "Ministry of Foreign Affairs of the Republic of Latvia" → "Latvian Ministry of Foreign Affairs". */
export function canonicalOrganization(name: string, index: Index = gazetteerIndex()): string {
  const m =
    /^(?:the\s+)?(Ministry of [\p{L} ]+?|Foreign Ministry|Defen[cs]e Ministry|Interior Ministry) of (?:the )?(?:Republic of )?([\p{Lu}][\p{L} ]+)$/u.exec(
      name,
    );
  const state = m ? index.states.get(m[2]!) : undefined;
  if (!m || !state) return name;
  const office = m[1]!.replace(/^(Foreign|Defen[cs]e|Interior) Ministry$/, (_all, field: string) =>
    field === "Foreign" ? "Ministry of Foreign Affairs" : `Ministry of ${field}`,
  );
  return `${state.demonyms?.[0] ?? state.name} ${office}`;
}

/**
 * Reads `run` as an organization when one of its words is a head noun ("Council", "Guard"); false
 * when none is (the run may then name a person).
 */
export function findOrganizationRun({ body, index, mentions }: FindContext, run: Token[]): boolean {
  const { organizationHeads, notNames, media } = actorWords();
  const words = run.map((t) => t.text);
  const headAt = words.findIndex((w) => organizationHeads.has(w));
  if (headAt < 0 || words.length < 2) return false;
  let first = 0;
  while (first < words.length && notNames.has(words[first]!)) first++;
  if (first >= words.length - 1 && !organizationHeads.has(words[first] ?? "")) return true;
  let start = run[first]!.start;
  let end = run[run.length - 1]!.start + run[run.length - 1]!.text.length;
  // Keep the demonym before it: "Polish Border Guard Service".
  const before = fold(body.slice(Math.max(0, start - 20), start));
  const dm = demonymBefore(index).exec(before);
  if (dm) {
    const from = start - dm[0].length;
    const demonymMention = mentions.find(from, start, (x) => x.end <= start && x.start >= from);
    if (!demonymMention) start -= dm[0].length;
  }
  // "... of Belarus" / "... of the Republic of Belarus" belongs to the name.
  const after = matchAt(OF_STATE_AFTER, body, end);
  if (after && index.states.has(after[1]!)) {
    const at = end + after[0].length - after[1]!.length;
    const stateMention = mentions.find(at, at, (x) => x.start === at);
    if (stateMention) mentions.remove(stateMention);
    end += after[0].length;
  }
  // A sub-body of an organization named before it: "OSCE Ministerial Council", "United Nations
  // General Assembly".
  const acronym = mentions.find(
    start - 1,
    start - 1,
    (x) => x.kind === "organization" && !!x.known && !x.metonym && x.end === start - 1,
  );
  if (acronym && body[acronym.end] === " ") {
    mentions.remove(acronym);
    start = acronym.start;
  }
  const text = body.slice(start, end);
  if (media.test(text)) return true;
  if (text.split(/\s+/).length < 2) return true;
  // "South-East Finland Border Guard District": a unit of the state's border agency.
  if (/\bBorder (?:Guard|Service|Police|Committee)\b/.test(text)) {
    const state =
      mentions.find(
        start - 1,
        start - 1,
        (x) => x.known?.kind === "state" && x.end === start - 1 && body[x.end] === " ",
      )?.known ?? (dm ? stateOfDemonym(index, dm[1]!) : undefined);
    const agency = state ? borderAgency(index, state) : undefined;
    if (agency && !mentions.overlaps(start, end)) {
      mentions.add({
        start,
        end,
        text,
        kind: agency.kind,
        name: agency.name,
        known: agency,
        state: state!.name,
      });
      return true;
    }
  }
  if (!mentions.overlaps(start, end))
    mentions.add({
      start,
      end,
      text,
      kind: "organization",
      name: canonicalOrganization(text.replace(/^the\s+/i, ""), index),
    });
  return true;
}
