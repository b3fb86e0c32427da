// The shapes that flow through the ingest job: an article as read, and the facts extracted from it.
// `Extraction` is also the JSON printed by `ingest extract --json` (scored by score-extraction.mjs).
import type { ActorKind, MeetingKind } from "../cypher/vocabulary.ts";

export interface Article {
  /** Identity from what the article is (article-id.ts): its URL, else its date and text. */
  id: string;
  /** Readable name for display (file name, JSONL id or title); not unique. */
  slug: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  source?: string;
  title?: string;
  url?: string;
  /** Path relative to the working directory, when the article came from a file. */
  file?: string;
  /** The dateline ("MINSK, November 17. /TASS/."), when the article has one. */
  dateline?: string;
  /** The article text (dateline removed); quote offsets point into this string. */
  body: string;
}

export interface SourceRef {
  article: string;
  quote: string;
  /** Character offsets of `quote` in the article body. */
  start: number;
  end: number;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases?: string[];
  title?: string;
}

export interface Meeting {
  id: string;
  date: string;
  kind: MeetingKind;
  cameo: string;
  participants: string[];
  sources: SourceRef[];
  /** 0–1: how sure the extraction is (rule, evidence, corroboration by several articles). */
  confidence?: number;
  /** The extraction rule that produced it ("one-to-many", "meeting-verb", …); absent when curated. */
  rule?: string;
}

export interface Incident {
  id: string;
  date: string;
  kind: string;
  cameo?: string;
  /** The place's canonical name: the named site, else "A–B border" (states sorted). */
  place: string;
  /** Other names the reports gave the place ("Greece's border with Turkey", "Kuznica crossing"). */
  placeAliases?: string[];
  description?: string;
  actors: string[];
  sources: SourceRef[];
  /** 0–1: how sure the extraction is (rule, evidence, corroboration by several articles). */
  confidence?: number;
  /** The extraction rule that produced it ("shots-fired", …); absent when curated. */
  rule?: string;
}

export interface ArticleRef {
  id: string;
  slug: string;
  date: string;
  /** The text the quotes' offsets point into, stored so every quote can be verified and shown. */
  text: string;
  source?: string;
  title?: string;
  url?: string;
  file?: string;
}

export interface Extraction {
  articles: ArticleRef[];
  actors: Actor[];
  meetings: Meeting[];
  incidents: Incident[];
}

/** A problem with one input (file, line, field); the rest of the input is still processed. */
export interface InputProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}
