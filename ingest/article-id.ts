// An article's identity comes from what it is, never from where it was read: its URL when it has
// one, else its text and publication date. Two folders holding different "001.txt" files give two
// articles; the same text read from two places is one article.
import { createHash } from "node:crypto";
import { slug } from "./name-keys.ts";

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The URL as an identity: scheme and host lower-cased (URL does that), the fragment dropped. */
export function canonicalUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  parsed.hash = "";
  return parsed.href;
}

/** Text compared for identity: Unicode NFC, white space folded, so a re-saved copy is the same text. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** 16 hex digits (64 bits) of SHA-256 over the URL, or over the date and the normalized text. */
export function articleId(article: { url?: string; date: string; text: string }): string {
  const url = article.url ? canonicalUrl(article.url) : undefined;
  const basis = url ? `url\n${url}` : `text\n${article.date}\n${normalizeText(article.text)}`;
  return sha256(basis).slice(0, 16);
}

/** Fingerprint of the exact text the quote offsets point into; a change means the quotes must be re-linked. */
export function textHash(text: string): string {
  return sha256(text);
}

/** A readable name for display ("2021-11-17-tass-lukashenko-merkel-call"); not unique, never an id. */
export function articleSlug(name: string): string {
  return slug(name) || "article";
}
