// How names are compared and keyed everywhere in ingest/ (extraction, resolution, curated facts,
// event data, article ids): diacritic folding that keeps string length, so offsets found in folded
// text are offsets in the original ("Nausėda" and "Nauseda" match the same alias at the same place),
// lower-case keys, URL-safe ids and transliteration skeletons of surnames.

const SPECIAL: Record<string, string> = {
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ß: "s",
  ı: "i",
  æ: "a",
  Æ: "A",
  œ: "o",
  Œ: "O",
  þ: "t",
  ð: "d",
  "’": "'",
  "‘": "'",
  "–": "-",
  "—": "-",
};

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  out = SPECIAL[ch] ?? ch.normalize("NFD")[0] ?? ch;
  // Keep one UTF-16 unit per input unit; astral characters pass through unchanged.
  if (out.length !== ch.length) out = ch;
  cache.set(ch, out);
  return out;
}

/** Same length as `text`; letters with diacritics become their base letter. */
export function fold(text: string): string {
  // Pure ASCII is by far the common case.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  let out = "";
  for (const ch of text) out += ch.length === 1 ? foldChar(ch) : ch;
  return out;
}

/**
 * Remembers a string function's answers: resolution compares every mention with every gazetteer
 * entry, so the same few thousand names are keyed over and over. Cleared when it grows large.
 */
function memo(fn: (text: string) => string, max = 50_000): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let out = seen.get(text);
    if (out === undefined) {
      if (seen.size >= max) seen.clear();
      out = fn(text);
      seen.set(text, out);
    }
    return out;
  };
}

/** Lower-case ASCII key of a name: "Nausėda" → "nauseda", "Halla-aho" → "halla-aho". */
export const nameKey = memo((text) =>
  fold(text)
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, " ")
    .replace(/\s+/g, " ")
    .trim(),
);

/** A URL-safe id: "Alexander Lukashenko" → "alexander-lukashenko". */
export const slug = memo((text) =>
  nameKey(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, ""),
);

// Transliteration skeleton of a surname, so Lukashenko/Lukashenka, Makei/Makey, Szimonyte/Simonyte
// and Czmilyte/Cmilyte compare equal.
export const skeleton = memo((name) =>
  nameKey(name)
    .replace(/[^a-z]/g, "")
    .replace(/kh/g, "h")
    .replace(/sz|sh|sch/g, "s")
    .replace(/cz|ch|tch|tsch|ts|tz/g, "c")
    .replace(/zh/g, "z")
    .replace(/w/g, "v")
    .replace(/[yj]/g, "i")
    .replace(/ou/g, "u")
    .replace(/ck/g, "k")
    .replace(/ph/g, "f")
    .replace(/(.)\1+/g, "$1")
    .replace(/[aeiou]+$/, ""),
);
