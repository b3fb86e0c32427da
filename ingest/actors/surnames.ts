// Rule: a person named in full is named again by the surname alone ("Lappo" after "Anatoly Lappo",
// "von der Leyen" after "Ursula von der Leyen"); a known person by the name that is not last ("Wang"
// of "Wang Yi"). Every place a surname stands alone becomes a mention of that person.
import { escape } from "./gazetteer-index.ts";
import { eachMatch, type FindContext, type Mention } from "./mention.ts";
import { actorWords } from "./words.ts";

export function findSurnames({ body, mentions, meter }: FindContext): void {
  const { nameParticles } = actorWords();
  const particles = new Set(nameParticles);
  const found = mentions.list();
  const persons = found.filter(
    (m) => m.kind === "person" && !m.known && !m.reference && m.name.includes(" "),
  );
  const surnames = new Map<string, Mention>();
  // A known person's name used alone when it is not the last word: "Wang" of "Wang Yi".
  for (const p of found) {
    if (p.kind !== "person" || !p.known || p.surnameOnly) continue;
    const surname = p.known.surname ?? p.known.name.split(/\s+/).at(-1)!;
    if (surname !== p.known.name && /^\p{Lu}/u.test(surname) && !surnames.has(surname))
      surnames.set(surname, p);
  }
  for (const p of persons) {
    const parts = p.name.split(/\s+/);
    // "von der Leyen", "Li Rosi": the family name may have several words.
    const particleAt = parts.findIndex((w, i) => i > 0 && particles.has(w.toLowerCase()));
    surnames.set(parts.slice(particleAt > 0 ? particleAt : -1).join(" "), p);
    if (parts.length >= 3 && particleAt < 0) surnames.set(parts.slice(-2).join(" "), p);
  }
  // Every place each surname stands alone, found in one pass over the body (a pass per surname made
  // this quadratic): the surname's first letters key the candidates at the start of each word.
  const byFirstWord = new Map<string, string[]>();
  for (const surname of surnames.keys()) {
    const first = /^\p{L}+/u.exec(surname)?.[0];
    if (!first) continue;
    const list = byFirstWord.get(first);
    if (list) list.push(surname);
    else byFirstWord.set(first, [surname]);
  }
  const places = new Map<string, number[]>();
  const nextFree = new Map<string, number>();
  for (const w of eachMatch(/\p{L}+/gu, body, meter)) {
    for (const surname of byFirstWord.get(w[0]) ?? []) {
      // Matches of one surname do not overlap, as a regex pass over the body would find them.
      if (w.index < (nextFree.get(surname) ?? 0)) continue;
      if (!body.startsWith(surname, w.index) || letterAt(body, w.index + surname.length)) continue;
      nextFree.set(surname, w.index + surname.length);
      const list = places.get(surname);
      if (list) list.push(w.index);
      else places.set(surname, [w.index]);
    }
  }
  // In the order the surnames were collected: an earlier surname takes a place first.
  for (const [surname, person] of surnames) {
    const starts = /^\p{L}/u.test(surname)
      ? (places.get(surname) ?? [])
      : [...eachMatch(new RegExp(`(?<![\\p{L}])${escape(surname)}(?![\\p{L}])`, "gu"), body, meter)].map(
          (m) => m.index,
        );
    for (const at of starts) {
      const end = at + surname.length;
      if (mentions.overlaps(at, end)) continue;
      mentions.add({
        start: at,
        end,
        text: body.slice(at, end),
        kind: "person",
        name: person.name,
        surnameOnly: true,
        ...(person.known ? { known: person.known } : {}),
      });
    }
  }
}

/** Whether a letter starts at `at` (a whole code point, as the regex `\p{L}` sees it). */
function letterAt(text: string, at: number): boolean {
  const cp = text.codePointAt(at);
  return cp !== undefined && /\p{L}/u.test(String.fromCodePoint(cp));
}
