// GET /api/search: actors, places and events by name or alias, ranked.
import { z } from "zod";

export const SearchQuery = z.object({
  q: z.string().trim().min(1, "must not be empty").max(200),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchResult = z.object({
  id: z.string(),
  kind: z.string(),
  subtype: z.string().nullable(),
  label: z.string(),
  score: z.number(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const SearchResponse = z.object({ results: z.array(SearchResult) });
export type SearchResponse = z.infer<typeof SearchResponse>;
