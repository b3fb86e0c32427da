// The API's error answer: one closed list of codes and one JSON shape, for the server that throws them,
// the OpenAPI document and the client that reads them.
import { z } from "zod";

/** The closed list of error codes; the OpenAPI document's enum is this list. `unauthorized`: no or a wrong
 * token (401); `disabled`: a route the server's configuration turns off, e.g. writes without API_TOKEN (403);
 * `overloaded`: more work than the server or Neo4j can take now, though Neo4j is up (503 with Retry-After);
 * `neo4j_unavailable` is only for a database that cannot be reached. */
export const ERROR_CODES = [
  "bad_request",
  "not_found",
  "conflict",
  "forbidden_query",
  "query_timeout",
  "neo4j_unavailable",
  "overloaded",
  "unauthorized",
  "disabled",
  "rate_limited",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every failure: `{ "error": { "code": "bad_request", "message": "depth: …", "details": […] } }`. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
