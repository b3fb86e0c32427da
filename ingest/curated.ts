// The curated facts file (JSON or YAML): actors, meetings and incidents added or corrected by hand.
// Curated actors join the gazetteer (so their aliases are recognized in text) and override extracted
// fields; curated meetings and incidents replace extracted facts with the same id.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ACTOR_KINDS, MEETING_CAMEO, MEETING_KINDS } from "../cypher/vocabulary.ts";
import type { Article, Extraction, InputProblem, SourceRef } from "./facts.ts";
import { nameKey, slug } from "./name-keys.ts";
import { meetingId } from "./extract.ts";
import { incidentKey } from "./extract-incidents.ts";
import type { KnownActor } from "./gazetteer.ts";
import { isIsoDate } from "./read.ts";
import { CorrectionRecord } from "../cypher/corrections/correction.ts";

// YAML reads an unquoted 2021-11-15 as a string here (the yaml package's core schema has no dates).
const IsoDate = z
  .string()
  .refine(isIsoDate, { error: (issue) => `"${String(issue.input)}" is not a real date written YYYY-MM-DD` });
/** `article` names an article by its id, its slug (file name), its file path or its URL. */
const Source = z.object({ article: z.string().min(1), quote: z.string().min(1) }).strict();
// A fact without evidence is worse than no fact: every curated fact quotes the article that states it.
const NEEDS_SOURCE = "needs at least one source: { article, quote }";
const Sources = z
  .array(Source, { error: (issue) => (issue.input === undefined ? NEEDS_SOURCE : undefined) })
  .min(1, NEEDS_SOURCE);

export const CuratedFile = z
  .object({
    actors: z
      .array(
        z
          .object({
            name: z.string().min(1),
            kind: z.enum(ACTOR_KINDS),
            id: z
              .string()
              .regex(/^[a-z0-9-]+$/, "must be lower-case letters, digits and dashes")
              .optional(),
            aliases: z.array(z.string().min(1)).optional(),
            title: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    meetings: z
      .array(
        z
          .object({
            date: IsoDate,
            kind: z.enum(MEETING_KINDS),
            cameo: z
              .string()
              .regex(/^\d{2,4}$/, "must be a CAMEO code such as 041")
              .optional(),
            participants: z.array(z.string().min(1)).min(2, "a meeting needs at least two participants"),
            sources: Sources,
          })
          .strict(),
      )
      .default([]),
    incidents: z
      .array(
        z
          .object({
            date: IsoDate,
            kind: z.string().min(1),
            cameo: z
              .string()
              .regex(/^\d{2,4}$/, "must be a CAMEO code such as 175")
              .optional(),
            place: z.string().min(1),
            description: z.string().optional(),
            actors: z.array(z.string().min(1)).default([]),
            sources: Sources,
          })
          .strict(),
      )
      .default([]),
    // Analysts' corrections (#19) as `ingest export-corrections` writes them; stored and applied at load.
    corrections: z.array(CorrectionRecord).default([]),
  })
  .strict();
export type Curated = z.infer<typeof CuratedFile>;

export type CuratedResult =
  { curated: Curated; problems: [] } | { curated?: undefined; problems: InputProblem[] };

// The line of a YAML/JSON path, found by scanning for the keys and, in block lists, counting "- "
// items; good enough to point a person there.
function lineOf(text: string, path: PropertyKey[]): number | undefined {
  const lines = text.split(/\r?\n/);
  let from = 0;
  for (const key of path) {
    if (typeof key === "number") {
      const first = lines.findIndex((l, n) => n > from && /^\s*-\s/.test(l));
      if (first < 0) continue;
      const indent = /^\s*/.exec(lines[first]!)![0].length;
      const items = lines
        .map((l, n) => ({ l, n }))
        .filter(({ l, n }) => n >= first && /^\s*-\s/.test(l) && /^\s*/.exec(l)![0].length === indent);
      if (items[key]) from = items[key].n;
      continue;
    }
    if (typeof key !== "string") continue;
    const i = lines.findIndex((l, n) => n >= from && new RegExp(`(^|[\\s{,"-])"?${key}"?\\s*:`).test(l));
    if (i < 0) return from ? from + 1 : undefined;
    from = i;
  }
  return from + 1;
}

/** Parses and validates a curated file's text. */
export function parseCurated(text: string, file: string): CuratedResult {
  let raw: unknown;
  try {
    raw = extname(file) === ".json" ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    const line = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return { problems: [{ file, line, message: `cannot parse: ${(err as Error).message.split("\n")[0]}` }] };
  }
  const parsed = CuratedFile.safeParse(raw ?? {});
  if (parsed.success) return { curated: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.map((issue) => {
      const field = issue.path.join(".");
      return { file, line: lineOf(text, issue.path), field, message: `${field || "file"}: ${issue.message}` };
    }),
  };
}

export async function readCurated(file: string): Promise<CuratedResult> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    return { problems: [{ file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? err}` }] };
  }
  return parseCurated(text, file);
}

/** Curated actors as gazetteer entries, so extraction recognizes their names and aliases. */
export function curatedKnownActors(curated: Curated): KnownActor[] {
  return curated.actors.map((a) => ({ name: a.name, kind: a.kind, aliases: a.aliases ?? [] }));
}

/** Applies curated facts on top of an extraction; curated values win. Returns problems for bad references. */
export function applyCurated(
  extraction: Extraction,
  curated: Curated,
  articles: Article[],
  file: string,
): InputProblem[] {
  const problems: InputProblem[] = [];
  const byKey = new Map<string, string>();
  const index = (id: string, names: string[]) => names.forEach((n) => byKey.set(nameKey(n), id));
  for (const a of extraction.actors) index(a.id, [a.id, a.name, ...(a.aliases ?? [])]);
  curated.actors.forEach((c, i) => {
    const id = c.id ?? byKey.get(nameKey(c.name)) ?? slug(c.name);
    const existing = extraction.actors.find((a) => a.id === id);
    const actor = { id, name: c.name, kind: c.kind, ...(c.title ? { title: c.title } : {}) };
    const aliases = [...new Set([...(existing?.aliases ?? []), ...(c.aliases ?? [])])];
    const merged = { ...existing, ...actor, ...(aliases.length ? { aliases } : {}) };
    if (existing) Object.assign(existing, merged);
    else extraction.actors.push(merged);
    index(id, [id, c.name, ...(c.aliases ?? [])]);
    void i;
  });
  const actorRef = (name: string, path: string): string | undefined => {
    const id = byKey.get(nameKey(name));
    if (!id)
      problems.push({
        file,
        field: path,
        message: `${path}: no actor named "${name}" (add it under actors)`,
      });
    return id;
  };
  const findArticle = articleFinder(articles);
  const sourcesOf = (sources: { article: string; quote: string }[], path: string): SourceRef[] =>
    sources.flatMap((s, i) => {
      const field = `${path}.sources.${i}`;
      const found = findArticle(s.article);
      if (typeof found === "string") {
        problems.push({ file, field, message: `${field}: ${found}` });
        return [];
      }
      const start = found.body.indexOf(s.quote);
      if (start < 0) {
        problems.push({ file, field, message: `${field}: quote not found in article "${s.article}"` });
        return [];
      }
      return [{ article: found.id, quote: s.quote, start, end: start + s.quote.length }];
    });
  curated.meetings.forEach((m, i) => {
    const path = `meetings.${i}`;
    const ids = m.participants.map((p, j) => actorRef(p, `${path}.participants.${j}`));
    if (ids.some((id) => !id)) return;
    const participants = [...new Set(ids as string[])].sort();
    const id = meetingId(m.date, participants);
    const sources = sourcesOf(m.sources, path);
    if (!sources.length) return;
    const existing = extraction.meetings.find((x) => x.id === id);
    const meeting = { id, date: m.date, kind: m.kind, cameo: m.cameo ?? MEETING_CAMEO[m.kind], participants };
    if (existing) Object.assign(existing, meeting, { sources: mergeSources(existing.sources, sources) });
    else extraction.meetings.push({ ...meeting, sources });
  });
  curated.incidents.forEach((c, i) => {
    const path = `incidents.${i}`;
    const ids = c.actors.map((p, j) => actorRef(p, `${path}.actors.${j}`));
    if (ids.some((id) => !id)) return;
    const id = `incident-${incidentKey({ date: c.date, site: c.place })}`;
    const sources = sourcesOf(c.sources, path);
    if (!sources.length) return;
    const existing = extraction.incidents.find((x) => x.id === id);
    const incident = {
      id,
      date: c.date,
      kind: c.kind,
      place: c.place,
      actors: [...new Set(ids as string[])].sort(),
      ...(c.cameo ? { cameo: c.cameo } : {}),
      ...(c.description ? { description: c.description } : {}),
    };
    if (existing) Object.assign(existing, incident, { sources: mergeSources(existing.sources, sources) });
    else extraction.incidents.push({ ...incident, sources });
  });
  return problems;
}

/** Finds an article by id, slug, file path or URL; a string says why none (or several) fit. */
function articleFinder(articles: Article[]): (ref: string) => Article | string {
  const byName = new Map<string, Article[]>();
  const add = (key: string | undefined, a: Article) => {
    if (!key) return;
    const list = byName.get(key) ?? [];
    if (!list.includes(a)) list.push(a);
    byName.set(key, list);
  };
  for (const a of articles) {
    add(a.id, a);
    add(a.slug, a);
    add(a.file, a);
    add(a.url, a);
  }
  return (ref) => {
    const found = byName.get(ref) ?? [];
    if (found.length === 1) return found[0]!;
    if (!found.length) return `no article "${ref}" among those read (name it by file name, path, URL or id)`;
    return `"${ref}" names ${found.length} articles (${found.map((a) => a.file ?? a.id).join(", ")}): name it by path, URL or id`;
  };
}

function mergeSources(a: SourceRef[], b: SourceRef[]): SourceRef[] {
  const out = [...a];
  for (const s of b) if (!out.some((x) => x.article === s.article && x.start === s.start)) out.push(s);
  return out;
}
