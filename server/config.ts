// The server's configuration: the Neo4j environment plus HTTP settings, validated by one zod schema.
import { z } from "zod";
import { Neo4jEnv, parseEnv } from "../cypher/neo4j.ts";

export const Env = Neo4jEnv.extend({
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  /** Token for routes that write (saved queries, saved views); without it they are disabled. */
  API_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** Named reviewers who may correct the graph (#19): "name:token,…"; each correction records its reviewer. */
  REVIEWER_TOKENS: z
    .string()
    .default("")
    .transform((s, ctx) =>
      s
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean)
        .flatMap((entry) => {
          const match = /^([A-Za-z0-9._-]{1,64}):(.{16,})$/.exec(entry);
          if (match) return [{ name: match[1]!, token: match[2]! }];
          ctx.addIssue({
            code: "custom",
            message: `"${entry.split(":")[0]}:…" must be name:token (name of letters, digits, . _ -; token of 16+ characters)`,
          });
          return [];
        }),
    ),
  /** Origins allowed to call the API from a browser (comma-separated; empty: same origin only). */
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** Origins allowed to frame embed pages (comma-separated; `*` for any). */
  EMBED_ORIGINS: z
    .string()
    .default("*")
    .transform((s) =>
      s
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** Public base URL of this server (e.g. https://whomet.example.org) for embed snippets and oEmbed; unset: from the request. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ""))
    .optional(),
  /** Tell browsers to use https only (Strict-Transport-Security, CSP upgrade-insecure-requests): set it when
   * the app is reached over TLS (directly or behind a proxy). Unset: true when PUBLIC_URL is https. Over plain
   * http these headers leave the explorer blank when opened by any name but localhost (the browser then
   * fetches its scripts over https). */
  FORCE_HTTPS: z.stringbool().optional(),
  /** Per-IP limit on embed pages, oEmbed and saved views (embeds are read by many readers). */
  EMBED_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  QUERY_ROW_CAP: z.coerce.number().int().min(1).max(100_000).default(1_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  // Admission per route class (server/request-queue.ts): so many run at once, so many more wait, the rest
  // get 503 `overloaded`. The two concurrencies together stay within the driver's pool of 50 connections.
  /** Saved-query runs and ad-hoc Cypher running at once. Each holds its share of Neo4j's memory pool for
   * all transactions (dbms.memory.transaction.total.max, 256 MiB from the launcher): co-participants around
   * the API bench's hub holds 8 MiB, so 32 at once filled it (#22). */
  QUERY_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(4),
  /** Saved-query runs and ad-hoc Cypher waiting for a slot; one more is refused. */
  QUERY_QUEUE: z.coerce.number().int().min(0).max(10_000).default(64),
  /** Exploration reads (graph, search, nodes, paths, timeline, stats) running at once; cached answers skip the line. */
  EXPLORE_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(16),
  /** Exploration reads waiting for a slot; one more is refused. */
  EXPLORE_QUEUE: z.coerce.number().int().min(0).max(10_000).default(256),
  /** Memory for cached answers of the exploration routes (graph, search, nodes, paths, timeline, stats), MiB; 0: no cache. */
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /** Longest life of a cached answer, seconds. */
  RESPONSE_CACHE_TTL_S: z.coerce.number().int().min(1).max(86_400).default(60),
  /** How long, ms, a write to Neo4j may go unseen by cached routes (one check of the graph serves all
   * requests in that window); 0: every request checks. */
  RESPONSE_CACHE_FRESH_MS: z.coerce.number().int().min(0).max(60_000).default(100),
  /** Longest, ms, the server spends running the explore routes' queries once at start and whenever
   * Neo4j comes back, so the first requests find their plans cached (server/warm-up.ts); 0: no warm-up. */
  NEO4J_WARM_UP_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
});
export type Config = z.infer<typeof Env>;

/** Whether browsers are told to use https only (see FORCE_HTTPS). */
export function forceHttps(config: Pick<Config, "FORCE_HTTPS" | "PUBLIC_URL">): boolean {
  return config.FORCE_HTTPS ?? config.PUBLIC_URL?.startsWith("https://") ?? false;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return parseEnv(Env, env);
}
