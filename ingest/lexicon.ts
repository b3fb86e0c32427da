// The lexicon: what the extractor knows before it reads an article (states with demonyms and
// capitals, organizations, office holders with their terms, incident vocabulary, place kinds and
// named places). It is data: YAML files under data/lexicon/, validated here, loaded once; a user
// lexicon file (`--lexicon FILE`, same shape, any of the sections) is merged over it. The words the
// actor rules read names by (roles, titles, force nouns, head nouns) are data too, in
// data/lexicon/actor-words.yaml; they are not part of a user lexicon.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from "yaml";
import { z } from "zod";
import type { InputProblem } from "./facts.ts";

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: "is not a real date",
    },
  );
const Name = z.string().trim().min(1, "must not be empty");
const Names = z.array(Name);

const Office = z
  .object({ role: Name, state: Name, from: IsoDate.optional(), to: IsoDate.optional() })
  .strict()
  .refine((o) => !o.from || !o.to || o.from < o.to, { message: "from must be before to", path: ["to"] });

export const LexiconState = z
  .object({
    name: Name,
    demonyms: Names.default([]),
    capital: Name.optional(),
    /** false when the capital names something else as often (Brussels is the EU as much as Belgium). */
    capitalMetonym: z.boolean().default(true),
    aliases: Names.default([]),
    /** Other names of the government: "the Kremlin", "the White House". */
    metonyms: Names.default([]),
  })
  .strict();

export const LexiconOrganization = z
  .object({
    name: Name,
    aliases: Names.default([]),
    kind: z.enum(["organization", "group"]).default("organization"),
    /** Media and news agencies: they report facts, they are not in them. */
    media: z.boolean().default(false),
    metonyms: Names.default([]),
  })
  .strict();

export const LexiconPerson = z
  .object({
    name: Name,
    aliases: Names.default([]),
    /** The family name when it is not the last word ("Wang" of "Wang Yi"). */
    surname: Name.optional(),
    offices: z.array(Office).default([]),
  })
  .strict();

const Pattern = z
  .string()
  .min(1)
  .refine(
    (s) => {
      try {
        new RegExp(s, "iu");
        return true;
      } catch {
        return false;
      }
    },
    { message: "is not a valid regular expression", abort: true },
  );

export const LexiconIncidentKind = z
  .object({
    kind: z.string().regex(/^[a-z_]+$/, "must be lower_snake_case"),
    cameo: z
      .string()
      .regex(/^\d{2,4}$/, "must be a CAMEO code such as 175")
      .optional(),
    /** Regular expressions (case-insensitive) whose match in a sentence states such an incident. */
    patterns: z.array(Pattern).min(1),
  })
  .strict();

// WGS 84 degrees, for the map (#20).
const Latitude = z.number().min(-90, "must be -90..90").max(90, "must be -90..90");
const Longitude = z.number().min(-180, "must be -180..180").max(180, "must be -180..180");
const bothOrNeither = {
  message: "lat and lon go together: give both or neither",
  path: ["lon"],
};

export const LexiconPlace = z
  .object({
    name: Name,
    kind: z.string().min(1),
    aliases: Names.default([]),
    /** The two states whose border the place lies on. */
    border: z.tuple([Name, Name]).optional(),
    state: Name.optional(),
    lat: Latitude.optional(),
    lon: Longitude.optional(),
  })
  .strict()
  .refine((p) => (p.lat === undefined) === (p.lon === undefined), bothOrNeither);

/**
 * A place with its coordinates, only to put places on the map (#20): capitals, cities and the borders
 * the corpora name. Unlike `places`, the extractor does not look for these names in the text.
 */
export const LexiconGazetteerEntry = z
  .object({
    name: Name,
    aliases: Names.default([]),
    lat: Latitude,
    lon: Longitude,
  })
  .strict();

export const LexiconFile = z
  .object({
    states: z.array(LexiconState).default([]),
    organizations: z.array(LexiconOrganization).default([]),
    persons: z.array(LexiconPerson).default([]),
    incidentKinds: z.array(LexiconIncidentKind).default([]),
    /** Head nouns of named places: "crossing", "valley", "village". */
    placeKinds: Names.default([]),
    places: z.array(LexiconPlace).default([]),
    gazetteer: z.array(LexiconGazetteerEntry).default([]),
  })
  .strict();

// A pattern joined into a larger one: a capturing group would shift the rule's own groups.
const Fragment = Pattern.refine((s) => !/(?<!\\)\((?!\?(?:[:=!]|<[=!]))/.test(s), {
  message: "must not contain a capturing group (write (?:…))",
});
const Fragments = z.array(Fragment).min(1);
const Words = z.array(Name).min(1);

/** The words the actor rules read (data/lexicon/actor-words.yaml): roles, titles, head nouns. */
export const ActorWordsFile = z
  .object({
    /** In order; the first whose `match` is the whole title names the role. */
    roles: z.array(z.object({ role: Name, match: Pattern }).strict()).min(1),
    roleReferences: Fragments,
    pluralRoles: Fragments,
    titleWords: Words,
    personTitles: Words,
    oneNameTitles: Words,
    organizationHeads: Words,
    mediaWords: Words,
    placeHeads: Words,
    forceNouns: Fragments,
    forceModifiers: Fragments,
    governmentNouns: Fragments,
    notNames: Words,
    weakFirstNames: Words,
    nameParticles: Words,
  })
  .strict();

export type Lexicon = z.infer<typeof LexiconFile>;
export type ActorWordsData = z.infer<typeof ActorWordsFile>;
export type LexiconStateEntry = z.infer<typeof LexiconState>;
export type LexiconPersonEntry = z.infer<typeof LexiconPerson>;
export type LexiconPlaceEntry = z.infer<typeof LexiconPlace>;
export type LexiconGazetteerPlace = z.infer<typeof LexiconGazetteerEntry>;
export type LexiconIncidentKindEntry = z.infer<typeof LexiconIncidentKind>;

export interface LexiconResult {
  lexicon?: Lexicon;
  problems: InputProblem[];
}

function lineOfPath(
  doc: ReturnType<typeof parseDocument>,
  counter: LineCounter,
  path: PropertyKey[],
): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (const key of path) {
    if (isMap(node)) node = node.get(key as string, true);
    else if (isSeq(node)) node = node.get(Number(key), true);
    else break;
    const range = (node as YamlNode | undefined)?.range;
    if (range) line = counter.linePos(range[0]).line;
  }
  return line;
}

/** Parses and validates a lexicon file's text (YAML or JSON); problems name FILE:LINE and the field. */
export function parseLexicon(text: string, file: string): LexiconResult {
  const { data, problems } = parseData(text, file, LexiconFile);
  return data ? { lexicon: data, problems } : { problems };
}

/** Parses and validates actor words (the form of data/lexicon/actor-words.yaml). */
export function parseActorWords(
  text: string,
  file: string,
): { words?: ActorWordsData; problems: InputProblem[] } {
  const { data, problems } = parseData(text, file, ActorWordsFile);
  return data ? { words: data, problems } : { problems };
}

function parseData<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
): { data?: T; problems: InputProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    return {
      problems: [
        { file, line: err.linePos?.[0]?.line, message: `cannot parse: ${err.message.split("\n")[0]}` },
      ],
    };
  }
  const raw: unknown = extname(file) === ".json" ? JSON.parse(text) : doc.toJS();
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return { data: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.map((issue) => {
      const field = issue.path.join(".");
      return {
        file,
        line: lineOfPath(doc, counter, issue.path),
        field,
        message: `${field || "file"}: ${issue.message}`,
      };
    }),
  };
}

/** Reads a user lexicon file; merge it over the built-in one with `mergeLexicons`. */
export async function readLexicon(file: string): Promise<LexiconResult> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    return { problems: [{ file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? err}` }] };
  }
  return parseLexicon(text, file);
}

/** An empty lexicon: every section present and empty. */
export function emptyLexicon(): Lexicon {
  return LexiconFile.parse({});
}

// Entries are keyed by name; a later file's entry replaces the earlier one of the same name, and
// lists of strings (place kinds) are unioned.
function byName<T extends { name: string }>(base: T[], extra: T[]): T[] {
  const out = new Map(base.map((e) => [e.name, e]));
  for (const e of extra) out.set(e.name, e);
  return [...out.values()];
}

/** `extra` over `base`: same-name entries are replaced, new ones added. */
export function mergeLexicons(base: Lexicon, extra: Lexicon): Lexicon {
  const kinds = new Map(base.incidentKinds.map((k) => [k.kind, k]));
  for (const k of extra.incidentKinds) kinds.set(k.kind, k);
  return {
    states: byName(base.states, extra.states),
    organizations: byName(base.organizations, extra.organizations),
    persons: byName(base.persons, extra.persons),
    incidentKinds: [...kinds.values()],
    placeKinds: [...new Set([...base.placeKinds, ...extra.placeKinds])],
    places: byName(base.places, extra.places),
    gazetteer: byName(base.gazetteer, extra.gazetteer),
  };
}

// Names compared as a reader would: case and spacing aside.
const same = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * `extra` added to `base` without replacing anything: what an event coder's dictionary brings. A
 * person or state `base` already knows by one of its names keeps its entry; a person gains the new
 * names and offices (the project's own terms stay, so holders after the dictionary's end date still
 * resolve), and offices naming a state by another of its names are rewritten to `base`'s name.
 */
export function extendLexicon(base: Lexicon, extra: Lexicon): Lexicon {
  const stateName = new Map<string, string>();
  for (const s of base.states) for (const n of [s.name, ...s.aliases]) stateName.set(same(n), s.name);
  const renamed = new Map<string, string>();
  const states = [...base.states];
  for (const s of extra.states) {
    const known = [s.name, ...s.aliases].map((n) => stateName.get(same(n))).find(Boolean);
    if (known) renamed.set(s.name, known);
    else {
      states.push(s);
      stateName.set(same(s.name), s.name);
    }
  }
  const persons = base.persons.map((p) => ({ ...p, aliases: [...p.aliases], offices: [...p.offices] }));
  const personAt = new Map<string, number>();
  persons.forEach((p, i) => {
    for (const n of [p.name, ...p.aliases]) if (!personAt.has(same(n))) personAt.set(same(n), i);
  });
  for (const p of extra.persons) {
    const offices = p.offices.map((o) => ({ ...o, state: renamed.get(o.state) ?? o.state }));
    const at = [p.name, ...p.aliases].map((n) => personAt.get(same(n))).find((i) => i !== undefined);
    if (at === undefined) {
      persons.push({ ...p, offices });
      for (const n of [p.name, ...p.aliases])
        if (!personAt.has(same(n))) personAt.set(same(n), persons.length - 1);
      continue;
    }
    const known = persons[at]!;
    for (const n of [p.name, ...p.aliases])
      if (same(n) !== same(known.name) && !known.aliases.some((a) => same(a) === same(n)))
        known.aliases.push(n);
    known.offices.push(...offices);
  }
  return { ...base, states, persons, organizations: [...base.organizations, ...extra.organizations] };
}

const LEXICON_DIR = new URL("../data/lexicon/", import.meta.url);
export const BUILT_IN_FILES = [
  "states.yaml",
  "organizations.yaml",
  "persons.yaml",
  "incidents.yaml",
  "places.yaml",
  "gazetteer.yaml",
];

let builtIn: Lexicon | undefined;

/** The lexicon shipped in data/lexicon/, read and validated once; a broken file stops the program. */
export function builtInLexicon(): Lexicon {
  if (builtIn) return builtIn;
  let lexicon = emptyLexicon();
  for (const name of BUILT_IN_FILES) {
    const url = new URL(name, LEXICON_DIR);
    const result = parseLexicon(readFileSync(url, "utf8"), `data/lexicon/${name}`);
    if (!result.lexicon) {
      const p = result.problems[0]!;
      throw new Error(`${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`);
    }
    lexicon = mergeLexicons(lexicon, result.lexicon);
  }
  return (builtIn = lexicon);
}

let builtInWords: ActorWordsData | undefined;

/** data/lexicon/actor-words.yaml, read and validated once; a broken file stops the program. */
export function builtInActorWords(): ActorWordsData {
  if (builtInWords) return builtInWords;
  const name = "actor-words.yaml";
  const result = parseActorWords(readFileSync(new URL(name, LEXICON_DIR), "utf8"), `data/lexicon/${name}`);
  if (!result.words) {
    const p = result.problems[0]!;
    throw new Error(`${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`);
  }
  return (builtInWords = result.words);
}
