// The review queue (#19): GET /api/review, the facts most worth an analyst's look, ranked, with evidence.
import { z } from "zod";

export const ReviewQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(25),
    /** Facts below this confidence are queued. */
    minConfidence: z.coerce.number().min(0).max(1).default(0.7),
    /** false (default): what still needs a look; true: the facts reviewers confirmed, to look again. */
    reviewed: z
      .enum(["true", "false"], { error: 'must be "true" or "false"' })
      .default("false")
      .transform((v) => v === "true"),
  })
  .strict();
export type ReviewQuery = z.infer<typeof ReviewQuery>;

export const Evidence = z.object({
  target: z.string(),
  article: z.string(),
  slug: z.string().nullable(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  quote: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const ReviewItem = z.object({
  /** Stable within a graph: the kind and the targets. */
  id: z.string(),
  type: z.enum(["fact", "duplicate-actors", "duplicate-meetings", "duplicate-incidents", "actor-kind"]),
  score: z.number(),
  /** Why it is in the queue, in words. */
  reasons: z.array(z.string()),
  label: z.string(),
  /** Node ids a correction of this item touches (for duplicates: the likelier keeper first). */
  targets: z.array(z.string()),
  /** Each target's fingerprint now: send them back as `expected` with a correction. */
  fingerprints: z.record(z.string(), z.string()),
  evidence: z.array(Evidence),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const ReviewResponse = z.object({ items: z.array(ReviewItem) });
export type ReviewResponse = z.infer<typeof ReviewResponse>;
