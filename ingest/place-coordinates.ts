// Coordinates for the places articles name (#20 map): a named site of the lexicon (places.yaml) where it
// has lat/lon, else the border it lies on, else the gazetteer (gazetteer.yaml: capitals, cities and the
// borders the corpora name). Coded event data brings its own coordinates (ingest/events/rows.ts).
import { incidentVocabulary } from "./extract-incidents.ts";
import { builtInLexicon, type Lexicon } from "./lexicon.ts";
import { fold } from "./name-keys.ts";

export interface Coordinates {
  lat: number;
  lon: number;
}

export type PlaceLocator = (name: string) => Coordinates | undefined;

// Gazetteer names compared without case or diacritics ("Kyiv", "KYIV"; "Bogotá", "Bogota").
const key = (name: string) => fold(name).toLowerCase().replace(/\s+/g, " ").trim();

const locators = new WeakMap<Lexicon, PlaceLocator>();

/** The name a border place gets when no site is named ("Belarus–Poland border", states sorted). */
export function borderName(states: readonly string[]): string {
  return `${[...states].sort().join("–")} border`;
}

/** A function from a place's name to its coordinates, for one lexicon (the built-in one by default). */
export function placeLocator(lexicon: Lexicon = builtInLexicon()): PlaceLocator {
  const cached = locators.get(lexicon);
  if (cached) return cached;
  const vocabulary = incidentVocabulary(lexicon);
  const gazetteer = new Map<string, Coordinates>();
  for (const g of lexicon.gazetteer)
    for (const n of [g.name, ...g.aliases]) gazetteer.set(key(n), { lat: g.lat, lon: g.lon });
  const site = (name: string): Coordinates | undefined => {
    const bare = name.replace(vocabulary.kindTail, "");
    const known = vocabulary.places.get(fold(name)) ?? vocabulary.places.get(fold(bare));
    if (!known) return undefined;
    if (known.lat !== undefined && known.lon !== undefined) return { lat: known.lat, lon: known.lon };
    return known.border ? gazetteer.get(key(borderName(known.border))) : undefined;
  };
  const locate: PlaceLocator = (name) => {
    const whole = site(name) ?? gazetteer.get(key(name));
    if (whole) return whole;
    // "Hanoi, Vietnam": the most precise part; the country alone is no place to put a point.
    const first = name.split(",")[0]!.trim();
    return first !== name ? (site(first) ?? gazetteer.get(key(first))) : undefined;
  };
  locators.set(lexicon, locate);
  return locate;
}
