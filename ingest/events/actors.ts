// Turns a coded event's actor into a whomet actor whose id is the one article extraction gives the
// same name (slug of the canonical name), so "Angela Merkel" from ICEWS and from an article are one
// node: the lexicon's states, organizations and office holders first, then the dataset's own
// signs: "Foreign Affairs (Bangladesh)" is an organization of Bangladesh, a country with no sectors
// is a state, a name with an organization word or a single word is an organization, the rest persons.
import type { ActorKind } from "../../cypher/vocabulary.ts";
import { nameKey, slug } from "../name-keys.ts";
import { GAZETTEER, type KnownActor } from "../gazetteer.ts";
import type { RawActor } from "./rows.ts";

export interface EventActor {
  id: string;
  name: string;
  kind: ActorKind;
  /** The actor's country, by its lexicon name when the lexicon knows it ("Russian Federation" → "Russia"). */
  country?: string;
  sectors: string[];
}

// Sectors of unnamed crowds: "Citizen (Japan)", "Protester (Kenya)" are groups, not organizations.
const GROUP_SECTORS =
  /General Population|Protestors|Popular Opposition|Criminals|Insurgents|Rebels|Organized Violent|Refugees|Migrants/i;
const ORGANIZATION_WORDS =
  /\b(Union|Nations|Council|Commission|Committee|Forces?|Army|Navy|Air Force|Police|Service|Party|Congress|Assembly|Parliament|Senate|Ministry|Agency|Bank|Fund|Organi[sz]ation|Association|Front|Movement|State|Court|Government|Office|Department|Corporation|Company|Group|League|Alliance|Press|News|Times|Post|Institute|University|Church|Guards?|Brigades?|Jihad|Hezbollah|Hamas|Taliban|Houthis|Coalition|Cabinet|Secretariat|Federation|Republic|Kingdom)\b/;

export type KnownIndex = Map<string, KnownActor>;

/** Known actors by the key of their name and of each alias. */
export function knownIndex(known: readonly KnownActor[] = GAZETTEER): KnownIndex {
  const index: KnownIndex = new Map();
  for (const a of known)
    for (const n of [a.name, ...(a.aliases ?? [])]) if (!index.has(nameKey(n))) index.set(nameKey(n), a);
  return index;
}

let builtIn: KnownIndex | undefined;
function builtInIndex(): KnownIndex {
  return (builtIn ??= knownIndex());
}

/** A person in the lexicon under a shorter form: "Dmitry Anatolyevich Medvedev" → "Dmitry Medvedev". */
function knownPerson(name: string, index: KnownIndex): KnownActor | undefined {
  const words = nameKey(name).split(" ");
  if (words.length < 3) return undefined;
  for (const key of [`${words[0]} ${words[words.length - 1]}`, `${words[0]} ${words[1]}`]) {
    const a = index.get(key);
    if (a?.kind === "person") return a;
  }
  return undefined;
}

/** The country's lexicon name when it has one, else the dataset's. */
export function countryName(
  country: string | undefined,
  index: KnownIndex = builtInIndex(),
): string | undefined {
  if (!country) return undefined;
  const a = index.get(nameKey(country));
  return a?.kind === "state" ? a.name : country;
}

function kindOf(raw: RawActor, index: KnownIndex): ActorKind {
  const sectorsText = raw.sectors.join(",");
  if (raw.isState) return "state";
  const own = /^(.+?)\s*\(([^()]+)\)$/.exec(raw.name);
  if (own) return GROUP_SECTORS.test(sectorsText) ? "group" : "organization";
  if (!raw.sectors.length) {
    // ICEWS writes a country with no sectors; a region ("Southeast Asia") also has none.
    const country = raw.country ? nameKey(countryName(raw.country, index)!) : undefined;
    if (country === nameKey(raw.name) || nameKey(raw.country ?? "") === nameKey(raw.name)) return "state";
    return "group";
  }
  const words = raw.name.split(/\s+/);
  const organization =
    ORGANIZATION_WORDS.test(raw.name) || words.length === 1 || words.some((w) => /^[A-Z0-9]{2,}$/.test(w));
  if (organization) return GROUP_SECTORS.test(sectorsText) ? "group" : "organization";
  return "person";
}

/** The whomet actor a coded event's actor is. */
export function resolveEventActor(raw: RawActor, index: KnownIndex = builtInIndex()): EventActor {
  const country = countryName(raw.country, index);
  const known = index.get(nameKey(raw.name)) ?? knownPerson(raw.name, index);
  if (known?.kind === "state" && raw.sectorName && !raw.isState) {
    const name = `${raw.sectorName} (${known.name})`;
    const kind = GROUP_SECTORS.test(raw.sectors.join(",")) ? "group" : "organization";
    return { id: slug(name), name, kind, country: known.name, sectors: raw.sectors };
  }
  if (known)
    return { id: slug(known.name), name: known.name, kind: known.kind, country, sectors: raw.sectors };
  const kind = kindOf(raw, index);
  return {
    id: slug(raw.name),
    name: raw.name,
    kind,
    country: kind === "state" ? (countryName(raw.name, index) ?? raw.name) : country,
    sectors: raw.sectors,
  };
}
