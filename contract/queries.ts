// Saved queries and ad-hoc Cypher: GET /api/queries, POST /api/queries/:id/run, POST /api/cypher, and
// the writes of users' own queries (POST /api/queries, PUT and DELETE /api/queries/:id).
import { z } from "zod";
import { Element } from "./elements.ts";

export const QueryIdParams = z.object({ id: z.string().meta({ example: "who-met-whom" }) });

export const RunBody = z.object({ params: z.record(z.string(), z.unknown()).default({}) }).strict();
export const CypherBody = z
  .object({
    query: z.string().min(1, "must not be empty").max(10_000, "must be at most 10,000 characters"),
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

/** A user's query as stored: parameter lines as in a query file's header. */
export const UserQueryInput = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "must be lower-case words joined by '-'"),
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().min(1).max(2000),
    /** Parameter lines as in a query file's header: "limit: int = 10   1..100". */
    params: z.array(z.string().max(300)).max(30).default([]),
    query: z.string().min(1).max(10_000),
  })
  .strict();
export type UserQueryInput = z.infer<typeof UserQueryInput>;

/** A query's parameters as JSON Schema, for a client to build a form. */
export const ParamsSchema = z.object({
  type: z.literal("object"),
  properties: z.record(
    z.string(),
    z.object({
      type: z.string(),
      format: z.string().optional(),
      default: z.unknown().optional(),
      description: z.string().optional(),
      minimum: z.number().optional(),
      maximum: z.number().optional(),
    }),
  ),
  required: z.array(z.string()),
  additionalProperties: z.literal(false),
});
export type ParamsSchema = z.infer<typeof ParamsSchema>;

export const QueryListing = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  params: ParamsSchema,
  source: z.enum(["builtin", "user"]),
  query: z.string(),
});
export type QueryListing = z.infer<typeof QueryListing>;

export const QueryList = z.object({ queries: z.array(QueryListing) });
export type QueryList = z.infer<typeof QueryList>;

/** The answer to a saved user query (201 created, 200 replaced). */
export const SavedQueryAnswer = z.object({ id: z.string(), title: z.string(), params: ParamsSchema });
export type SavedQueryAnswer = z.infer<typeof SavedQueryAnswer>;

export const QueryResult = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  elements: z.array(Element),
  truncated: z.boolean(),
  /** Why the answer was cut: the row cap, or the byte cap (one huge row counts too). */
  truncatedReason: z.enum(["rows", "bytes"]).optional(),
  /** Columns holding an integer beyond ±2^53, sent as its exact decimal text (JSON numbers cannot
   * carry it); absent when there is none. */
  integersAsText: z.array(z.string()).optional(),
});
export type QueryResult = z.infer<typeof QueryResult>;
