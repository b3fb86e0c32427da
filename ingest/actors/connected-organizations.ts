// Rule: organization names joined by "of", "for" and "and": "Operational Command of the Armed
// Forces", "Ministry of Foreign Affairs of the Republic of Latvia" (→ "Latvian Ministry of Foreign
// Affairs"), "Ministry of Interior and Administration". A state at the tail and an acronym at the
// head belong to the name; a person's title after it ends it.
import { fold } from "../name-keys.ts";
import { demonymBefore } from "./gazetteer-index.ts";
import { eachMatch, type FindContext, type Mention } from "./mention.ts";
import { NAME_TOKEN, type Token } from "./names.ts";
import { canonicalOrganization } from "./organizations.ts";
import { actorWords } from "./words.ts";

const ORG_TOKEN = `(?:${NAME_TOKEN}|\\p{Lu}{2,}(?![\\p{Ll}]))`;
const ORG_SEQUENCE = new RegExp(
  `(?<![\\p{L}\\p{N}])${ORG_TOKEN}(?: (?:(?:of|for)(?: the)? |and )?${ORG_TOKEN})*`,
  "gu",
);

const isConnector = (t: string) => /^(?:of|for|and|the)$/.test(t);

export function findConnectedOrganizations({ body, index, mentions, meter }: FindContext): void {
  const { notNames, personTitles, organizationHeads, media } = actorWords();
  for (const m of eachMatch(ORG_SEQUENCE, body, meter)) {
    if (!/ (?:of|for|and) /.test(m[0])) continue;
    let tokens: Token[] = [];
    const tokenRe = /\S+/g;
    for (let t = tokenRe.exec(m[0]); t; t = tokenRe.exec(m[0]))
      tokens.push({ text: t[0], start: m.index + t.index });
    let first = 0;
    while (first < tokens.length && notNames.has(tokens[first]!.text)) first++;
    tokens = tokens.slice(first);
    if (!tokens.length || personTitles.has(tokens[0]!.text)) continue;
    // A person's title after the organization ends it: "Ministry of Foreign Affairs Spokesperson X".
    const headAt = tokens.findIndex((t) => organizationHeads.has(t.text));
    if (headAt < 0) continue;
    const titleAt = tokens.findIndex((t, k) => k > headAt && personTitles.has(t.text));
    if (titleAt > 0) tokens = tokens.slice(0, titleAt);
    // "and" joins words inside an "of"/"for" phrase ("Ministry of Interior and Administration"), not
    // two bodies ("the Police and the Armed Forces"); a day or month ends the name ("Council on Thursday").
    let ofBefore = tokens[0]?.text === "of" || tokens[0]?.text === "for";
    for (let k = 1; k < tokens.length; k++) {
      const word = tokens[k]!.text;
      if ((word === "and" && !ofBefore) || (isConnector(tokens[k - 1]!.text) && notNames.has(word))) {
        tokens = tokens.slice(0, word === "and" ? k : k - 1);
        break;
      }
      ofBefore ||= word === "of" || word === "for";
    }
    // Cut before an organization or person named at the tail ("... of the Union State").
    for (let k = 1; k < tokens.length; k++) {
      const at = tokens[k]!.start;
      const inside = mentions.find(at, at, (x) => x.start === at);
      if (inside && !(inside.known?.kind === "state") && isConnector(tokens[k - 1]!.text)) {
        tokens = tokens.slice(0, k);
        break;
      }
    }
    while (tokens.length && isConnector(tokens[tokens.length - 1]!.text)) tokens.pop();
    if (tokens.length < 3 || !tokens.some((t) => organizationHeads.has(t.text))) continue;
    if (!tokens.some((t) => isConnector(t.text))) continue;
    let start = tokens[0]!.start;
    const last = tokens[tokens.length - 1]!;
    const end = last.start + last.text.length;
    const overlapping = mentions.near(start, end).filter((x) => x.start < end && x.end > start);
    // States at the tail ("of Belarus") and an acronym at the head ("OSCE Ministerial Council")
    // belong to the name; anything else inside means this is not one name.
    const absorbable = (x: Mention) =>
      (x.known?.kind === "state" && x.start > start) ||
      (x.start === start && x.kind === "organization" && /^\p{Lu}{2,}$/u.test(x.text));
    if (overlapping.some((x) => !absorbable(x) || x.start < start || x.end > end)) continue;
    for (const x of overlapping) mentions.remove(x);
    const text = body.slice(start, end);
    if (media.test(text)) continue;
    // Keep the demonym before it: "the Lithuanian Ministry of the Interior".
    const before = fold(body.slice(Math.max(0, start - 20), start));
    const dm = demonymBefore(index).exec(before);
    if (dm && !mentions.find(start - 1, start - 1, (x) => x.end === start - 1)) start -= dm[0].length;
    const surface = body.slice(start, end);
    mentions.add({
      start,
      end,
      text: surface,
      kind: "organization",
      name: canonicalOrganization(surface, index),
    });
  }
}
