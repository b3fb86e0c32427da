// Rule: names, aliases and capitals of the gazetteer ("Lukashenko", "IOM", "Minsk said"). A capital
// after "in" or "to" is the city, not the government; a known surname beside another given name is
// someone else ("Jari Rantanen" is not Mari Rantanen).
import { fold } from "../name-keys.ts";
import { isFirstNameLike } from "./first-names.ts";
import { eachMatch, type FindContext } from "./mention.ts";
import { actorWords } from "./words.ts";

export function findKnownNames({ body, folded, index, mentions, meter }: FindContext): void {
  const { notNames, titleWords } = actorWords();
  for (const m of eachMatch(index.re, folded, meter)) {
    const entry = index.byAlias.get(m[0]);
    if (!entry) continue;
    const start = m.index;
    const end = start + m[0].length;
    const text = body.slice(start, end);
    if (entry.metonym) {
      // "in Minsk", "to Moscow" name the city; "Minsk said", "Moscow's position" name the government.
      const before = body.slice(Math.max(0, start - 12), start);
      if (
        /\b(?:in|to|from|at|near|via|through|outside|around|into|of|between|visit|visited|visiting)\s+$/i.test(
          before,
        )
      )
        continue;
      if (/^[\p{Lu}\s,'’.-]+$/u.test(text) && text.length > 3) continue;
      // "the Bucharest Nine", "the Minsk agreements", "Warsaw Pact": the capital starts a name.
      if (
        /^\s(?:\p{Lu}[\p{Ll}]|[Aa]greements?\b|[Pp]rotocols?\b|[Ff]ormat\b|[Pp]rocess\b)/u.test(
          body.slice(end, end + 12),
        )
      )
        continue;
    }
    const known = entry.actor;
    const surnameOnly = known.kind === "person" && !text.includes(" ") && known.name.includes(" ");
    // "Michel Khoury" is not Charles Michel: a known surname before another name is a first name.
    if (surnameOnly && /^[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+(?![\p{L}])/u.test(body.slice(end, end + 30))) {
      const next = /^[ \t](\p{Lu}[\p{Ll}\p{M}'’-]+)/u.exec(body.slice(end, end + 30))![1]!;
      if (!notNames.has(next) && !titleWords.has(next) && !index.byAlias.has(fold(next))) continue;
    }
    // "Jari Rantanen" is not Mari Rantanen: a known surname after another first name is someone else.
    if (surnameOnly) {
      const prev = /([\p{Lu}][\p{L}'’-]*)\s$/u.exec(body.slice(Math.max(0, start - 30), start))?.[1];
      if (
        prev &&
        !titleWords.has(prev) &&
        !notNames.has(prev) &&
        !index.demonyms.has(fold(prev)) &&
        !index.byAlias.has(fold(prev)) &&
        isFirstNameLike(prev)
      )
        continue;
    }
    // A longer gazetteer name wins over a demonym phrase that only covers its head:
    // "Estonia's Police and Border Guard Board" is the Board, not "Estonia's Police".
    if (known.kind !== "state" && text.includes(" ")) {
      const covered = mentions.near(start, end).filter((x) => x.start < end && x.end > start);
      if (
        covered.length &&
        covered.every((x) => x.end > start && x.end < end && !x.known?.kind.startsWith("person"))
      )
        for (const x of covered) mentions.remove(x);
    }
    mentions.addIfFree({
      start,
      end,
      text,
      kind: known.kind,
      name: known.name,
      known,
      metonym: entry.metonym,
      surnameOnly,
    });
  }
}
