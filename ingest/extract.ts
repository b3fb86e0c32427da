// Article → facts: actors, meetings and incidents, each with the article and sentence that states
// it. The same meeting or incident reported by several articles becomes one fact with a source per
// article; ids come from the fact itself (day + participants, day + place) so that they are stable
// across runs and article sets and the loader's MERGE unifies them.
import type { Logger } from "pino";
import type { MeetingKind } from "../cypher/vocabulary.ts";
import { findMentions } from "./extract-actors.ts";
import { buildContexts } from "./extract-context.ts";
import {
  extractIncidents,
  incidentKey,
  incidentVocabulary,
  placeAliases,
  placeName,
  type IncidentFinding,
  type IncidentVocabulary,
} from "./extract-incidents.ts";
import { corroborate } from "./extract-confidence.ts";
import { cameoFor, extractMeetings, type MeetingFinding } from "./extract-meetings.ts";
import { fold, slug } from "./name-keys.ts";
import { MAX_SENTENCE, splitSentences } from "./extract-sentences.ts";
import type { Article, ArticleRef, Extraction, Incident, InputProblem, Meeting, SourceRef } from "./facts.ts";
import { builtInLexicon, type Lexicon } from "./lexicon.ts";
import { ActorRegistry } from "./resolve.ts";

export interface ExtractOptions {
  /** Known actors; build it from the same lexicon: `new ActorRegistry(knownActors(lexicon))`. */
  registry?: ActorRegistry;
  /** Incident vocabulary, place kinds and named places; the built-in lexicon when absent. */
  lexicon?: Lexicon;
  log?: Logger;
}

const MEETING_PRIORITY: MeetingKind[] = ["phone_call", "visit", "summit", "talks", "other"];

function incidentPriority(vocabulary: IncidentVocabulary): string[] {
  return vocabulary.kinds
    .map((k) => k.kind)
    .flatMap((k) => (k === "crossing_attempt" ? ["mass_crossing_attempt", k] : [k]));
}

/**
 * Bodies above this many MB are refused. Extraction reads about 1 MB a second on one core, so this
 * is ten seconds and half a GB of memory; the longest news article is some 100 KB (ours are under
 * 3 KB). A larger "article" is a dump or many stories run together, whose dates and names would be
 * carried from one story into the next: split it into articles (files, or JSON Lines).
 */
export const MAX_ARTICLE_MB = 10;

/** The articles within MAX_ARTICLE_MB, and a problem naming each one above it. */
export function withinSizeLimit(articles: Article[]): { articles: Article[]; problems: InputProblem[] } {
  const kept: Article[] = [];
  const problems: InputProblem[] = [];
  for (const a of articles) {
    // A UTF-16 unit is at most 3 bytes of UTF-8: most bodies are kept without counting their bytes.
    const mb = a.body.length * 3 > MAX_ARTICLE_MB * 1e6 ? Buffer.byteLength(a.body) / 1e6 : 0;
    if (mb <= MAX_ARTICLE_MB) {
      kept.push(a);
      continue;
    }
    const where = /^(.*):(\d+)$/.exec(a.file ?? "");
    const field = where ? "text" : "body";
    problems.push({
      file: where ? where[1]! : (a.file ?? a.slug),
      ...(where ? { line: Number(where[2]) } : {}),
      field,
      message: `${field}: ${mb.toFixed(1)} MB, above the ${MAX_ARTICLE_MB} MB limit: not extracted; split it into articles (files, or JSON Lines)`,
    });
  }
  return { articles: kept, problems };
}

export function meetingId(date: string, participants: string[]): string {
  return `meeting-${date}-${[...participants].sort().join("--")}`;
}

function sourceOf(
  article: Article,
  f: { sentence: { sentence: { text: string; start: number; end: number } } },
): SourceRef {
  const s = f.sentence.sentence;
  return { article: article.id, quote: s.text, start: s.start, end: s.end };
}

function articleRef(a: Article): ArticleRef {
  const ref: ArticleRef = { id: a.id, slug: a.slug, date: a.date, text: a.body };
  if (a.source) ref.source = a.source;
  if (a.title) ref.title = a.title;
  if (a.url) ref.url = a.url;
  if (a.file) ref.file = a.file;
  return ref;
}

/** Extracts and merges the facts of all `articles`. */
export function extractArticles(articles: Article[], options: ExtractOptions = {}): Extraction {
  const registry = options.registry ?? new ActorRegistry();
  const vocabulary = incidentVocabulary(options.lexicon ?? builtInLexicon());
  const priority = incidentPriority(vocabulary);
  const meetings = new Map<string, Meeting>();
  const incidents = new Map<string, StoredIncident>();
  const used = new Set<string>();
  for (const article of articles) {
    const facts = extractArticle(article, registry, vocabulary);
    if (facts.cutSentences)
      options.log?.warn(
        { file: article.file ?? article.slug, pieces: facts.cutSentences, limit: MAX_SENTENCE },
        `${article.file ?? article.slug}: text without sentence ends cut at spaces into ${facts.cutSentences} pieces of at most ${MAX_SENTENCE} characters; facts stated across a cut are missed`,
      );
    for (const id of facts.actorIds) used.add(id);
    for (const f of facts.meetings) addMeeting(meetings, article, f);
    for (const f of facts.incidents) addIncident(incidents, article, f, priority, vocabulary);
    options.log?.debug(
      { article: article.id, meetings: facts.meetings.length, incidents: facts.incidents.length },
      "article extracted",
    );
  }
  for (const m of meetings.values()) m.participants.forEach((id) => used.add(id));
  for (const i of incidents.values()) i.actors.forEach((id) => used.add(id));
  return {
    articles: articles.map(articleRef),
    actors: registry.list().filter((a) => used.has(a.id)),
    meetings: [...meetings.values()].sort((a, b) => a.id.localeCompare(b.id)),
    incidents: [...incidents.values()]
      .map(({ site: _site, border: _border, ...rest }) => rest)
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export interface ArticleFacts {
  actorIds: string[];
  meetings: MeetingFinding[];
  incidents: IncidentFinding[];
  /** Pieces of runs longer than MAX_SENTENCE characters, cut at spaces (none in real news). */
  cutSentences: number;
}

/** The facts one article states, before merging with other articles. */
export function extractArticle(
  article: Article,
  registry: ActorRegistry,
  vocabulary: IncidentVocabulary = incidentVocabulary(),
): ArticleFacts {
  const sentences = splitSentences(article.body);
  const mentions = registry.resolveArticle(
    findMentions(article.body, { index: registry.index }),
    article.date,
  );
  const contexts = buildContexts(sentences, mentions, article.date);
  return {
    // An actor named only as an adjective ("Russian-Ukrainian talks") is context, not an actor.
    actorIds: [...new Set(mentions.filter((m) => !m.adjective).map((m) => m.actorId))],
    meetings: extractMeetings(contexts, article.date),
    incidents: extractIncidents(contexts, article.date, vocabulary),
    cutSentences: sentences.filter((s) => s.cut).length,
  };
}

function addMeeting(meetings: Map<string, Meeting>, article: Article, f: MeetingFinding): void {
  const id = meetingId(f.date, f.participants);
  const existing = meetings.get(id);
  const source = sourceOf(article, f);
  if (!existing) {
    meetings.set(id, {
      id,
      date: f.date,
      kind: f.kind,
      cameo: f.cameo,
      participants: f.participants,
      sources: [source],
      confidence: f.confidence,
      rule: f.rule,
    });
    return;
  }
  if (!existing.sources.some((s) => s.article === article.id))
    existing.confidence = corroborate(existing.confidence ?? 0, f.confidence);
  else if (f.confidence > (existing.confidence ?? 0)) {
    existing.confidence = f.confidence;
    existing.rule = f.rule;
  }
  if (MEETING_PRIORITY.indexOf(f.kind) < MEETING_PRIORITY.indexOf(existing.kind)) {
    existing.kind = f.kind;
    existing.cameo = f.cameo ?? cameoFor(f.kind);
  }
  if (!existing.sources.some((s) => s.article === article.id)) existing.sources.push(source);
}

type StoredIncident = Incident & { site?: string; border?: string };

/** "Kuźnica border crossing", "Kuźnica crossing", "Kuznica" → "kuznica": the name a site is known by. */
export function siteCore(site: string, vocabulary: IncidentVocabulary = incidentVocabulary()): string {
  const bare = site.replace(vocabulary.kindTail, "");
  const known = vocabulary.places.get(fold(site)) ?? vocabulary.places.get(fold(bare));
  return slug(known ? known.name.replace(vocabulary.kindTail, "") : bare);
}

// The incidents of each day, so that a site is matched against that day's incidents only.
const incidentsOn = new WeakMap<Map<string, StoredIncident>, Map<string, StoredIncident[]>>();
// siteCore of each site name already seen, per vocabulary.
const coresOf = new WeakMap<IncidentVocabulary, Map<string, string>>();

function cachedSiteCore(site: string, vocabulary: IncidentVocabulary): string {
  let cores = coresOf.get(vocabulary);
  if (!cores) coresOf.set(vocabulary, (cores = new Map()));
  let core = cores.get(site);
  if (core === undefined) cores.set(site, (core = siteCore(site, vocabulary)));
  return core;
}

function addIncident(
  incidents: Map<string, StoredIncident>,
  article: Article,
  f: IncidentFinding,
  priority: string[],
  vocabulary: IncidentVocabulary,
): void {
  let id = `incident-${incidentKey(f)}`;
  // The same day at the same site is one incident, whether or not each report names the border.
  if (!incidents.has(id) && f.site) {
    const core = cachedSiteCore(f.site, vocabulary);
    const border = f.border?.join("-");
    const same = (incidentsOn.get(incidents)?.get(f.date) ?? []).find(
      (x) =>
        x.date === f.date &&
        x.site &&
        cachedSiteCore(x.site, vocabulary) === core &&
        (!border || !x.border || x.border === border),
    );
    if (same) id = same.id;
  }
  const existing = incidents.get(id);
  const source = sourceOf(article, f);
  if (!existing) {
    const incident: StoredIncident = {
      id,
      date: f.date,
      kind: f.kind,
      place: placeName(f),
      placeAliases: placeAliases(f),
      description: f.description,
      actors: f.actors,
      sources: [source],
      confidence: f.confidence,
      rule: f.rule,
    };
    if (f.cameo) incident.cameo = f.cameo;
    if (f.site) incident.site = f.site;
    if (f.border) incident.border = f.border.join("-");
    incidents.set(id, incident);
    let byDate = incidentsOn.get(incidents);
    if (!byDate) incidentsOn.set(incidents, (byDate = new Map()));
    const day = byDate.get(f.date);
    if (day) day.push(incident);
    else byDate.set(f.date, [incident]);
    return;
  }
  if (!existing.sources.some((s) => s.article === article.id))
    existing.confidence = corroborate(existing.confidence ?? 0, f.confidence);
  // The most specific place wins: a named crossing over "the Belarus–Poland border"; every name a
  // report gave it stays as an alias.
  const names = new Set([...(existing.placeAliases ?? []), existing.place, placeName(f), ...placeAliases(f)]);
  if (f.site && !existing.site) {
    existing.site = f.site;
    existing.place = f.site;
  }
  names.delete(existing.place);
  existing.placeAliases = [...names];
  if (f.border && !existing.border) existing.border = f.border.join("-");
  if (priority.indexOf(f.kind) < priority.indexOf(existing.kind)) {
    existing.kind = f.kind;
    if (f.cameo) existing.cameo = f.cameo;
    else delete existing.cameo;
  }
  existing.actors = [...new Set([...existing.actors, ...f.actors])].sort();
  if (!existing.sources.some((s) => s.article === article.id)) existing.sources.push(source);
}
