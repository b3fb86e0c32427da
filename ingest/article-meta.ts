// What a source is called in the provenance panel: outlet · title · date · link (#20). A plain-text
// article may say so in optional header lines after its " date YYYY-MM-DD" line:
//    date 2021-11-17
//    title Lukashenko and Merkel hold second phone call
//    outlet TASS
//    url https://tass.com/world/1362225
// Older files without them still read as before; what they lack is derived instead: the outlet from
// a dateline ("/TASS/", "(AP)", "(dpa)") or a file name like "2021-11-17-tass-….txt", the title from
// the first sentence.

export interface ArticleMeta {
  title?: string;
  outlet?: string;
  url?: string;
}

const META_LINE = /^[ \t]*(title|outlet|url)[ \t]+([^\r\n]*?)[ \t]*\r?\n/;

/**
 * Reads the optional header lines at the start of `text` (after the date line). Returns them and the
 * text after them; a line without a value is a problem naming its field.
 */
export function readMetaLines(text: string): { meta: ArticleMeta; rest: string; problem?: string } {
  const meta: ArticleMeta = {};
  let rest = text;
  for (let m = META_LINE.exec(rest); m; m = META_LINE.exec(rest)) {
    const field = m[1] as keyof ArticleMeta;
    const value = m[2] ?? "";
    if (!value) return { meta, rest, problem: `${field}: the header line has no value` };
    if (meta[field] !== undefined) return { meta, rest, problem: `${field}: given twice in the header` };
    meta[field] = value;
    rest = rest.slice(m[0].length);
  }
  return { meta, rest };
}

// "DONNA, Texas (AP) -- …", "Usnarz Gorny (dpa) – …": the agency in brackets before a dash.
const BRACKET_DATELINE = /^[A-Z][A-Za-z .,'’-]{1,40}\s\(([A-Za-z][A-Za-z .]{0,19})\)\s*(?:--|[-–—])/;
// "2021-11-17-tass-lukashenko-merkel-call": the word after the date names the outlet.
const DATED_FILE_NAME = /^\d{4}-\d{2}-\d{2}-([a-z]{2,12})-/;

/** The outlet an article names at its start, else in its file name; undefined when neither does. */
export function fallbackOutlet(body: string, fileStem: string): string | undefined {
  const bracket = BRACKET_DATELINE.exec(body)?.[1]?.trim();
  if (bracket) return bracket;
  const word = DATED_FILE_NAME.exec(fileStem)?.[1];
  if (!word) return undefined;
  // Short words are agencies' initials (TASS, AP, AFP); longer ones are names (Reuters).
  return word.length <= 4 ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
}

const TITLE_MAX = 90;

/** The article's first sentence as its title, cut at a word to at most TITLE_MAX characters. */
export function fallbackTitle(body: string): string | undefined {
  const firstLine = body.split(/\r?\n/).find((line) => line.trim()) ?? "";
  // A sentence ends at . ! ? followed by a space and a capital or a quote, not at "U.S." or "Mr.".
  const end = /[.!?](?=\s+["“A-Z])/.exec(firstLine);
  const sentence = (end ? firstLine.slice(0, end.index + 1) : firstLine).replace(/\s+/g, " ").trim();
  if (!sentence) return undefined;
  if (sentence.length <= TITLE_MAX) return sentence;
  const cut = sentence.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[,;:–—-]$/, "")}…`;
}
