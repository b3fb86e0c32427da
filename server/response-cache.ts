// Answers of the read-only exploration routes, kept in memory until the graph changes. The graph only
// changes when an ingest (or another writer) commits, while the same views are asked for again and again
// (an embedded view in an article is fetched by every reader), so recomputing them is wasted work.
//
// Freshness: every cached answer is tagged with the graph's fingerprint, the bookmark Neo4j returns for
// an empty read transaction. A bookmark names the last transaction committed to the database, so it
// changes with every write, property edits included (checked on 5.26). A request uses a fingerprint
// read started at most `freshMs` before it arrived (0: after it arrived), so a write committed that
// long before is always seen. The window spares Neo4j a transaction per request under load (at 1,000
// requests a second, some 600 with no window, at most 10 with 100 ms) and costs readers nothing they
// could notice. Where no bookmark comes back nothing is cached; the TTL bounds an entry's life whatever
// happens.
import { createHash } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { LRUCache } from "lru-cache";
import { readBookmarks, type Neo4jTarget } from "../cypher/run.ts";
import { DEFAULT_TIMEOUTS } from "../cypher/timeouts.ts";

export interface ResponseCacheOptions {
  /** Most memory for cached bodies, in MiB; 0 turns the cache off. */
  maxMiB: number;
  /** Longest life of an answer, in seconds. */
  ttlSeconds: number;
  /** How old a fingerprint read may be (ms, from its start) and still serve a request; 0: none. */
  freshMs: number;
}

interface Entry {
  fingerprint: string;
  /** The JSON answer as sent, with its ETag computed once (Express would hash the body per response). */
  body: Buffer;
  etag: string;
}

/** A weak ETag of the body, in the form Express gives its own answers. */
function etagOf(body: Buffer): string {
  const hash = createHash("sha1").update(body).digest("base64").slice(0, 27);
  return `W/"${body.length.toString(16)}-${hash}"`;
}

/**
 * Reads the graph's fingerprint so that a caller sees every write committed `freshMs` before it asked
 * (with 0, before it asked): a read started that recently serves it; otherwise callers that arrive while
 * a read is in flight share the next one, started when it ends. Under load this keeps one cheap query in
 * flight however many requests wait.
 */
export class GraphFingerprint {
  private running: Promise<string | undefined> | undefined;
  private next: Promise<string | undefined> | undefined;
  private latest: { startedAt: number; value: Promise<string | undefined> } | undefined;

  constructor(
    private readonly db: Neo4jTarget,
    private readonly freshMs = 0,
  ) {}

  /** The fingerprint, or undefined when Neo4j gives no bookmark (then nothing can be cached). */
  current(): Promise<string | undefined> {
    if (this.latest && performance.now() - this.latest.startedAt < this.freshMs) return this.latest.value;
    if (!this.running) return this.start();
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.start();
      });
    return this.next;
  }

  private start(): Promise<string | undefined> {
    const startedAt = performance.now();
    const read = this.read();
    this.running = read;
    this.latest = { startedAt, value: read };
    const clear = () => {
      if (this.running === read) this.running = undefined;
    };
    // A failed read serves nobody else: the next request tries again.
    const forget = () => {
      clear();
      if (this.latest?.value === read) this.latest = undefined;
    };
    read.then(clear, forget);
    return read;
  }

  private async read(): Promise<string | undefined> {
    const timeoutMs = (this.db.timeouts ?? DEFAULT_TIMEOUTS).NEO4J_CACHE_CHECK_TIMEOUT_MS;
    const bookmarks = await readBookmarks(this.db, timeoutMs);
    return bookmarks.length ? bookmarks.join(" ") : undefined;
  }
}

/**
 * Middleware for GET routes whose answer depends only on the URL and the graph: a fresh cached body is
 * sent as is (`X-Cache: hit`); otherwise the route runs and its 200 JSON answer is kept (`X-Cache: miss`).
 * Errors are never kept. When Neo4j cannot be reached the fingerprint read fails and the request gets the
 * same 503 as any other.
 */
export function responseCache(db: Neo4jTarget, options: ResponseCacheOptions): RequestHandler {
  if (options.maxMiB <= 0) return (_req, _res, next) => next();
  const cache = new LRUCache<string, Entry>({
    maxSize: options.maxMiB * 1024 * 1024,
    sizeCalculation: (entry) => Math.max(1, entry.body.length),
    ttl: options.ttlSeconds * 1000,
  });
  const fingerprint = new GraphFingerprint(db, options.freshMs);

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET") return next();
    const key = req.originalUrl;
    fingerprint.current().then((current) => {
      if (current === undefined) return next();
      const entry = cache.get(key);
      if (entry?.fingerprint === current) {
        // With the ETag set, Express answers If-None-Match with 304 and skips hashing the body.
        res.set({ "X-Cache": "hit", ETag: entry.etag }).type("json").send(entry.body);
        return;
      }
      res.set("X-Cache", "miss");
      const json = res.json.bind(res);
      res.json = (body: unknown) => {
        if (res.statusCode === 200) {
          const text = Buffer.from(JSON.stringify(body));
          const etag = etagOf(text);
          // A body larger than the whole cache would only evict everything else.
          if (text.length <= options.maxMiB * 1024 * 1024)
            cache.set(key, { fingerprint: current, body: text, etag });
          return res.set("ETag", etag).type("json").send(text);
        }
        return json(body);
      };
      next();
    }, next);
  };
}
