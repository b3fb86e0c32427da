// The actor dictionaries of event coders (TABARI, PETRARCH; the CAMEO/Phoenix format) read as a
// lexicon. One entry is a name line, upper case with underscores ("HUN_SEN_"), then synonyms ("+ALIAS")
// and codes with optional date ranges, on the name line or on their own lines:
//
//   CAMBODIA_  [KHM]              a state: a three-letter code, no dates; its synonyms follow
//   +CAMBODIAN
//   SAMDECH_HUN_SEN_  # CountryInfo.txt
//   	[KHMGOV 930921-981130]      KHM government from 1993-09-21 until 1998-11-30
//   	[KHMGOV >981130]            … from 1998-11-30 on ("<" would mean until)
//
// Dates are YYMMDD (00–30 are 20YY, as TABARI reads them) or YYYYMMDD. A state's government code
// (`KHMGOV`) becomes the office "government" of that state; a role word in one of the person's own
// names ("PRESIDENT_MUBARAK_") or in the section comment above it ("# Prime Ministers") names the
// office exactly. Other codes (elites, opposition, ministries by sector, international bodies) are
// no office a title can name, and entries without a dated code (institutions, groups) are left out:
// the dictionaries give no way to tell a person from a body but the term of an office.
import type { InputProblem } from "./facts.ts";
import { normalizeRole } from "./actors/roles.ts";
import { emptyLexicon, type Lexicon, type LexiconPersonEntry, type LexiconStateEntry } from "./lexicon.ts";

/** Whether a file is in the Phoenix/CAMEO actor format: by its name, else by its first entry. */
export function isPhoenixDictionary(file: string, text: string): boolean {
  if (/\.actors?\.txt$/i.test(file)) return true;
  if (/\.(?:ya?ml|json)$/i.test(file)) return false;
  const first = text.split("\n").find((l) => l.trim() && !l.trimStart().startsWith("#"));
  return (
    !!first && /^[A-Z0-9][A-Z0-9_'.&-]*_?(?:\s+\[[A-Z0-9]+(?:\s[^\]]*)?\])*\s*(?:#.*)?$/.test(first.trim())
  );
}

interface Code {
  code: string;
  from?: string;
  to?: string;
}

interface Entry {
  line: number;
  name: string;
  aliases: string[];
  codes: Code[];
  /** The last "# …" comment line above the entry: "# Prime Ministers". */
  section?: string;
}

/** Parses a Phoenix/CAMEO actor dictionary into a lexicon of states and persons with offices; each bad line is a problem. */
export function parsePhoenixDictionary(
  text: string,
  file: string,
): { lexicon?: Lexicon; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const entries: Entry[] = [];
  let section: string | undefined;
  let current: Entry | undefined;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i]!;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    if (trimmed.startsWith("#")) {
      section = trimmed.slice(1).trim();
      continue;
    }
    // A comment after the codes ("# CountryInfo.txt") is no part of the entry.
    const body = trimmed.replace(/\s#.*$|#\s.*$/, "").trim();
    if (body.startsWith("[")) {
      if (!current) {
        problems.push({ file, line, field: "code", message: `code: "${body}" comes before any name` });
        continue;
      }
      current.codes.push(...codesOf(body, file, line, problems));
      continue;
    }
    if (body.startsWith("+")) {
      if (!current) {
        problems.push({ file, line, field: "alias", message: `alias: "${body}" comes before any name` });
        continue;
      }
      const alias = nameOf(body.slice(1));
      if (alias) current.aliases.push(alias);
      continue;
    }
    const at = body.indexOf("[");
    const name = nameOf(at < 0 ? body : body.slice(0, at));
    if (!name) {
      problems.push({ file, line, field: "name", message: `name: "${body}" is not a name` });
      current = undefined;
      continue;
    }
    const codes = at < 0 ? [] : codesOf(body.slice(at), file, line, problems);
    // A state's heading ends the section ("# Prime Ministers") of the state before it.
    if (isStateHeading(codes)) section = undefined;
    current = { line, name, aliases: [], codes, section };
    entries.push(current);
  }
  // Real dictionaries have a few malformed dates: those codes are reported and left out, the rest
  // of the dictionary is used (good rows are kept, bad ones named, as for articles).
  return { lexicon: toLexicon(entries), problems };
}

// "PRINCE_NORODOM_RANARIDDH_" → "Prince Norodom Ranariddh"; "MIGUEL_D'ESCOTO_" → "Miguel D'Escoto".
// Real dictionaries hold stray control characters and quotes ("DOS_SANTOS__\"NANDO\"_"): dropped, as
// the coders' own readers take any word.
function nameOf(token: string): string | undefined {
  const words = token
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x1f\x7f"]+/g, "")
    .replace(/_/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length || !words.some((w) => /\p{L}/u.test(w))) return undefined;
  return words
    .map((w) =>
      w.toLowerCase().replace(/(^|[-'.])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()),
    )
    .join(" ");
}

// "[KHMGOV 930921-981130] [KHMELI]" → codes; a bad date is a problem naming the line.
function codesOf(text: string, file: string, line: number, problems: InputProblem[]): Code[] {
  const out: Code[] = [];
  for (const m of text.matchAll(/\[([^\]]*)\]/g)) {
    const [code, ...rest] = m[1]!.trim().split(/\s+/);
    // "[---]" marks an entry as not to be coded: no office.
    if (!code || !/^[A-Z0-9]+$/.test(code)) continue;
    const range = rest.join("");
    if (!range) {
      out.push({ code });
      continue;
    }
    const parsed = /^(?:<(\d+)|>(\d+)|(\d+)-(\d+))$/.exec(range);
    const dates = parsed
      ? [parsed[1], parsed[2], parsed[3], parsed[4]].map((d) => (d ? isoDate(d) : undefined))
      : [];
    const [until, since, from, to] = dates;
    if (!parsed || dates.some((d) => d === null)) {
      problems.push({
        file,
        line,
        field: "date",
        message: `date: "${range}" in [${m[1]}] is not a range (YYMMDD-YYMMDD, >YYMMDD or <YYMMDD)`,
      });
      continue;
    }
    out.push({ code, from: (since ?? from) || undefined, to: (until ?? to) || undefined });
  }
  return out;
}

// YYMMDD (00–30 are 20YY, else 19YY, as TABARI reads them) or YYYYMMDD; null when no real date.
function isoDate(d: string): string | null {
  let year: number;
  let rest: string;
  if (d.length === 6) {
    const yy = Number(d.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = d.slice(2);
  } else if (d.length === 8) {
    year = Number(d.slice(0, 4));
    rest = d.slice(4);
  } else return null;
  const iso = `${year}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || !t.toISOString().startsWith(iso) ? null : iso;
}

// CAMEO's three-letter codes of kinds of actor, not of states ("REUTERS_ [MNC]" is a company).
const NOT_STATES = new Set(
  (
    "AGR AMN BUS COP CRM CVL DEV EDU ELI ENV GOV GRP HLH HRI IGO IMG INS INT IRC JUD LAB LEG MED MIL " +
    "MNC MOD NGM NGO OPP PKO RAD REB REF SEP SET SPY UAF UIS UNO"
  ).split(" "),
);

// "CAMBODIA_  [KHM]": one three-letter state code without dates.
function isStateHeading(codes: Code[]): boolean {
  const c = codes[0];
  return codes.length === 1 && /^[A-Z]{3}$/.test(c!.code) && !NOT_STATES.has(c!.code) && !c!.from && !c!.to;
}

// States are the entries with one three-letter code and no dates; persons those with a dated code.
function toLexicon(entries: Entry[]): Lexicon {
  const lexicon = emptyLexicon();
  const stateOf = new Map<string, string>();
  for (const e of entries) {
    if (isStateHeading(e.codes)) {
      stateOf.set(e.codes[0]!.code, e.name);
      lexicon.states.push(stateEntry(e));
    }
  }
  for (const e of entries) {
    if (!e.codes.some((c) => c.from || c.to)) continue;
    const person = personEntry(e, stateOf);
    if (person) lexicon.persons.push(person);
  }
  return lexicon;
}

// A state's synonyms mix demonyms ("CAMBODIAN"), other names ("KAMPUCHEA") and its cities and
// provinces ("BATTAMBANG"): only the single words that end as demonyms do are kept, as demonyms;
// cities are no name of the government.
function stateEntry(e: Entry): LexiconStateEntry {
  const stem = e.name.slice(0, 3).toLowerCase();
  const demonyms = [
    ...new Set(
      e.aliases.filter(
        (a) =>
          /^\p{L}+(?:an|ese|ish|i|ic)$/iu.test(a) &&
          !/stan$/i.test(a) &&
          a.slice(0, 3).toLowerCase() === stem,
      ),
    ),
  ];
  const aliases = [...new Set(e.aliases.filter((a) => /^(?:Republic|Kingdom|State|Union) Of /.test(a)))];
  return { name: e.name, demonyms, aliases, capitalMetonym: true, metonyms: [] };
}

// "President Mubarak" → { role: "president", rest: "Mubarak" }.
function titled(name: string): { role: string; rest: string } | undefined {
  const words = name.split(" ");
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const role = normalizeRole(words.slice(0, k).join(" ").toLowerCase());
    if (role && role !== "counterpart") return { role, rest: words.slice(k).join(" ") };
  }
  return undefined;
}

function sectionRole(section: string | undefined): string | undefined {
  const m =
    section && /^(?:\w+ )?(prime ministers?|presidents?|chancellors?|monarchs?|kings?)\b/i.exec(section);
  return m ? normalizeRole(m[1]!.toLowerCase().replace(/s$/, "")) : undefined;
}

function personEntry(e: Entry, stateOf: Map<string, string>): LexiconPersonEntry | undefined {
  const names: string[] = [];
  let role = sectionRole(e.section);
  for (const n of [e.name, ...e.aliases]) {
    const t = titled(n);
    if (t) {
      role ??= t.role;
      names.push(t.rest);
    } else names.push(n);
  }
  const [name, ...aliases] = [...new Set(names)];
  const offices: LexiconPersonEntry["offices"] = [];
  for (const c of e.codes) {
    const state = stateOf.get(c.code.slice(0, 3));
    // The government itself, not a ministry by sector (KHMGOVHLH) nor the elite (KHMELI).
    if (!state || c.code.slice(3) !== "GOV" || (!c.from && !c.to)) continue;
    offices.push({
      role: role ?? "government",
      state,
      ...(c.from ? { from: c.from } : {}),
      ...(c.to ? { to: c.to } : {}),
    });
  }
  if (!name) return undefined;
  return { name, aliases, offices };
}
