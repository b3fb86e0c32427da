// Rule, after all others: a border agency belongs to a state the article names. "The State Border
// Guard Service" is Lithuania's in a Lithuanian story and Ukraine's in a Ukrainian one; "the Kainuu
// Border Guard" in an article about the Finnish Border Guard is a regional unit of it.
import { agencyState, borderAgency, perIndex } from "./gazetteer-index.ts";
import type { FindContext } from "./mention.ts";

const demonymPattern = perIndex(
  (index) => new RegExp(`(?<![\\p{L}])(${index.demonymAlternation})(?![\\p{L}])`, "gu"),
);

export function placeBorderAgencies({ folded, index, mentions }: FindContext): void {
  const found = mentions.list();
  const states = new Set(
    found.map((m) => m.state ?? (m.known?.kind === "state" ? m.known.name : undefined)).filter(Boolean),
  );
  for (const d of folded.matchAll(demonymPattern(index))) states.add(index.demonyms.get(d[1]!)!.name);
  for (const m of found) {
    const agency = m.known;
    if (!agency || agency.kind !== "organization" || !/Border/.test(agency.name) || m.state) continue;
    const own = agencyState(index, agency);
    if (!own || states.has(own.name) || /\bof\b/.test(m.text)) continue;
    const other = [...states]
      .map((name) => index.states.get(name!))
      .map((st) => (st ? borderAgency(index, st) : undefined))
      .find(Boolean);
    if (other) {
      m.known = other;
      m.name = other.name;
    }
  }
}

/** Border units named without a state ("Kainuu Border Guard") are the article's one border agency. */
export function unifyBorderUnits({ mentions }: FindContext): void {
  const found = mentions.list();
  const agencies = [
    ...new Set(
      found
        .filter((m) => m.known?.kind === "organization" && /Border/.test(m.known.name))
        .map((m) => m.known!),
    ),
  ];
  if (agencies.length !== 1) return;
  const agency = agencies[0]!;
  for (const m of found)
    if (!m.known && m.kind === "organization" && /\bBorder (?:Guard|Service)\b/.test(m.name)) {
      m.known = agency;
      m.name = agency.name;
    }
}
