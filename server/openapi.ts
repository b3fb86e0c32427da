// The OpenAPI document, generated from the contract (contract/): the same zod schemas validate the
// requests, type the answers and give the client its types, so the document cannot drift from them.
import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import {
  CorrectionAnswer,
  CorrectionCreated,
  CorrectionIdParams,
  CorrectionRequest,
  NodeHistory,
  NodeHistoryParams,
} from "../contract/corrections.ts";
import {
  Countries,
  CountriesQuery,
  CountryActors,
  CountryActorsQuery,
  CountryParams,
} from "../contract/countries.ts";
import { ErrorBody } from "../contract/errors.ts";
import { GraphQuery, GraphResponse } from "../contract/graph.ts";
import { NodeDetails, NodeParams } from "../contract/nodes.ts";
import { ArticleParams, ArticleText } from "../contract/articles.ts";
import { OembedQuery, OembedResponse } from "../contract/oembed.ts";
import { PathsQuery, PathsResponse } from "../contract/paths.ts";
import {
  CypherBody,
  QueryIdParams,
  QueryList,
  QueryResult,
  RunBody,
  SavedQueryAnswer,
  UserQueryInput,
} from "../contract/queries.ts";
import { ReviewQuery, ReviewResponse } from "../contract/review.ts";
import { SearchQuery, SearchResponse } from "../contract/search.ts";
import { HealthResponse, StatsResponse } from "../contract/stats.ts";
import { TimelineQuery, TimelineResponse } from "../contract/timeline.ts";
import { MapQuery, MapResponse } from "../contract/map.ts";
import { SavedViewInput, ViewIdParams, ViewResponse } from "../contract/views.ts";

extendZodWithOpenApi(z);

const registry = new OpenAPIRegistry();
// Named components: clients (and the fuzz test) find the error shape and the graph answer by name.
// Cloned: the contract's schemas were made before extendZodWithOpenApi, so they lack .openapi().
const Failure = registry.register("Error", ErrorBody.clone());
const Elements = registry.register("Elements", GraphResponse.clone());
const Result = registry.register("QueryResult", QueryResult.clone());
const View = registry.register("SavedView", ViewResponse.clone());

function json(description: string, schema: z.ZodType) {
  return { description, content: { "application/json": { schema } } };
}
const body = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
const noContent = (description: string) => ({ description });
const html = (description: string) => ({ description, content: { "text/html": { schema: z.string() } } });

const errors = {
  400: json("The request is invalid; the message names the field", Failure),
  503: json(
    "Neo4j cannot be reached (neo4j_unavailable), or the server or Neo4j is too busy now (overloaded); retry after the Retry-After header",
    Failure,
  ),
};
const refused = {
  403: json("Refused by the read-only guard; the message names the rule", Failure),
  408: json("The query ran past its time limit", Failure),
  429: json("Rate limited: too many requests a minute from this address", Failure),
};
// Writes: bearer API_TOKEN. 401 `unauthorized` for no or a wrong token, 403 `disabled` without API_TOKEN.
registry.registerComponent("securitySchemes", "apiToken", { type: "http", scheme: "bearer" });
const writeErrors = {
  401: json("No or a wrong bearer token (unauthorized)", Failure),
  403: json("Writes are disabled: the server has no API_TOKEN (disabled)", Failure),
  429: json("Rate limited", Failure),
};

registry.registerPath({
  method: "get",
  path: "/api/health",
  summary: "Whether the server and Neo4j answer",
  responses: { 200: json("Healthy", HealthResponse), 503: json("Neo4j unreachable", HealthResponse) },
});
registry.registerPath({
  method: "get",
  path: "/api/search",
  summary: "Actors, places and events by name or alias, ranked",
  request: { query: SearchQuery },
  responses: { 200: json("Ranked matches", SearchResponse), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/graph",
  summary: "A subgraph as Cytoscape elements",
  request: { query: z.object(asDocumented(GraphQuery)) },
  responses: { 200: json("Elements", Elements), 404: json("Unknown centre", Failure), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/nodes/{id}",
  summary: "One node with its meetings, incidents and provenance",
  request: { params: NodeParams },
  responses: { 200: json("The node", NodeDetails), 404: json("Unknown node", Failure), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/paths",
  summary: "Shortest paths between two actors",
  request: { query: PathsQuery },
  responses: { 200: json("Paths", PathsResponse), 404: json("Unknown actor", Failure), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/timeline",
  summary: "Meetings and incidents per day, ISO week, month or year",
  request: { query: TimelineQuery },
  responses: { 200: json("Days", TimelineResponse), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/map",
  summary: "Meetings and incidents whose place has coordinates, as points for the map",
  request: { query: mapQueryDocumented() },
  responses: { 200: json("Points, newest first", MapResponse), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/countries",
  summary: "Who met whom by country: countries with their meetings, edges weighted by meetings between them",
  request: { query: CountriesQuery },
  responses: { 200: json("Countries and links", Countries), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/countries/{country}/actors",
  summary: "One country's most active actors, their links to each other and to other countries",
  request: {
    params: z.object({ country: CountryParams.shape.country.clone().openapi({ example: "Russia" }) }),
    query: CountryActorsQuery,
  },
  responses: { 200: json("Actors and links", CountryActors), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/articles/{id}",
  summary: "An article's text and the quotes the graph takes from it, each checked against the text",
  request: { params: ArticleParams },
  responses: { 200: json("The article", ArticleText), 404: json("Unknown article", Failure), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/stats",
  summary: "Counts by label and relationship type, and the date span",
  responses: { 200: json("Counts", StatsResponse), 503: errors[503] },
});

registry.registerPath({
  method: "get",
  path: "/api/queries",
  summary: "Saved queries with a JSON Schema of their parameters",
  responses: { 200: json("The library", QueryList) },
});
registry.registerPath({
  method: "post",
  path: "/api/queries/{id}/run",
  summary: "Run a saved query read-only with validated parameters",
  request: { params: QueryIdParams, body: body(RunBody) },
  responses: {
    200: json("Table and graph", Result),
    404: json("Unknown query", Failure),
    ...errors,
    ...refused,
  },
});
registry.registerPath({
  method: "post",
  path: "/api/cypher",
  summary: "Run read-only ad-hoc Cypher (guarded, with a timeout and a row cap)",
  request: { body: body(CypherBody) },
  responses: { 200: json("Table and graph", Result), ...errors, ...refused },
});
registry.registerPath({
  method: "post",
  path: "/api/queries",
  summary: "Save a user query (checked by the read-only guard first)",
  security: [{ apiToken: [] }],
  request: { body: body(UserQueryInput) },
  responses: {
    201: json("Saved", SavedQueryAnswer),
    409: json("A saved query with this id exists already (conflict)", Failure),
    ...errors,
    ...refused,
    ...writeErrors,
  },
});
registry.registerPath({
  method: "put",
  path: "/api/queries/{id}",
  summary: "Replace a user query",
  security: [{ apiToken: [] }],
  request: { params: z.object({ id: z.string() }), body: body(UserQueryInput.partial({ id: true })) },
  responses: {
    200: json("Replaced", SavedQueryAnswer),
    404: json("No user query with this id", Failure),
    ...errors,
    ...refused,
    ...writeErrors,
  },
});
registry.registerPath({
  method: "delete",
  path: "/api/queries/{id}",
  summary: "Delete a user query",
  security: [{ apiToken: [] }],
  request: { params: z.object({ id: z.string() }) },
  responses: {
    204: noContent("Deleted"),
    404: json("No user query with this id", Failure),
    ...errors,
    ...writeErrors,
  },
});

registry.registerPath({
  method: "post",
  path: "/api/views",
  summary: "Save a view to embed: what it shows, time range, layout, visible extent, options",
  security: [{ apiToken: [] }],
  request: { body: body(SavedViewInput) },
  responses: {
    201: json("Saved, with its embed links and snippets", View),
    ...errors,
    ...writeErrors,
  },
});
registry.registerPath({
  method: "get",
  path: "/api/views/{id}",
  summary: "A saved view with its embed links and snippets",
  request: { params: ViewIdParams },
  responses: { 200: json("The view", View), 404: json("No such view", Failure), ...errors },
});
registry.registerPath({
  method: "put",
  path: "/api/views/{id}/snapshot",
  summary: "Store the view's PNG snapshot (≤ 512 KB)",
  security: [{ apiToken: [] }],
  request: {
    params: ViewIdParams,
    body: { content: { "image/png": { schema: z.string().openapi({ format: "binary" }) } } },
  },
  responses: {
    204: noContent("Stored"),
    404: json("No such view", Failure),
    413: json("Larger than 512 KB", Failure),
    ...errors,
    ...writeErrors,
  },
});

// Corrections (#19): bearer API_TOKEN or a REVIEWER_TOKENS token; reading the history and queue is public.
const reviewErrors = {
  ...writeErrors,
  403: json("Corrections are disabled: the server has no API_TOKEN or REVIEWER_TOKENS (disabled)", Failure),
};
registry.registerPath({
  method: "post",
  path: "/api/corrections",
  summary:
    "Correct the graph: merge-actors {keep, drop}, reject {target}, edit-date {target, date}, confirm {target}, each with an optional reason",
  security: [{ apiToken: [] }],
  request: { body: body(CorrectionRequest) },
  responses: {
    201: json("Applied and stored", CorrectionCreated),
    404: json("A target is not in the graph", Failure),
    409: json("A target changed since it was shown (details.changed says how)", Failure),
    ...errors,
    ...reviewErrors,
  },
});
registry.registerPath({
  method: "post",
  path: "/api/corrections/{id}/undo",
  summary: "Undo a correction (it stays in the history, marked undone)",
  security: [{ apiToken: [] }],
  request: { params: CorrectionIdParams },
  responses: {
    200: json("Undone", CorrectionAnswer),
    404: json("No such correction", Failure),
    409: json("Undone already", Failure),
    ...errors,
    ...reviewErrors,
  },
});
registry.registerPath({
  method: "get",
  path: "/api/nodes/{id}/history",
  summary: "Who corrected a node, when and why (newest first), and its fingerprint now",
  request: { params: NodeHistoryParams },
  responses: {
    200: json("History", NodeHistory),
    404: json("No such node and no correction of it", Failure),
    ...errors,
  },
});
registry.registerPath({
  method: "get",
  path: "/api/review",
  summary: "The review queue: low-confidence and single-source facts, likely duplicate actors, with evidence",
  request: { query: ReviewQuery },
  responses: { 200: json("Ranked items, best first", ReviewResponse), ...errors },
});

registry.registerPath({
  method: "get",
  path: "/oembed",
  summary: "oEmbed 1.0 for an embed or explorer URL of this server",
  request: { query: OembedQuery },
  responses: {
    200: json("oEmbed rich response", OembedResponse),
    404: json("Unknown view, or not this server's URL", Failure),
    501: json("Only format=json is served", Failure),
    ...errors,
  },
});
registry.registerPath({
  method: "get",
  path: "/embed",
  summary:
    "An embeddable page: center=… (and any /api/graph parameter) or query=…&params={json}, with theme, legend, title, slider, link, from, to",
  responses: {
    200: html("The embed page"),
    400: html("A refused parameter or option, said inside the page"),
    404: html("An unknown node or saved query, said inside the page"),
  },
});
registry.registerPath({
  method: "get",
  path: "/embed/{file}",
  summary: "A saved view's embed page (`/embed/<viewId>`) or its PNG snapshot (`/embed/<viewId>.png`)",
  request: { params: z.object({ file: z.string().openapi({ example: "k3J9x_2aQpE" }) }) },
  responses: {
    200: {
      description: "The page, or the PNG",
      content: { "text/html": { schema: z.string() }, "image/png": { schema: z.string() } },
    },
    404: html("No such view or snapshot"),
  },
});
registry.registerPath({
  method: "get",
  path: "/embed/whomet-graph.js",
  summary: "The <whomet-graph> custom element (2 KB, no dependencies)",
  responses: {
    200: { description: "JavaScript", content: { "text/javascript": { schema: z.string() } } },
    404: json("Not built", Failure),
  },
});
registry.registerPath({
  method: "get",
  path: "/api/openapi.json",
  summary: "This document",
  responses: { 200: json("OpenAPI 3.1", z.record(z.string(), z.unknown())) },
});

/** Response schemas of the read routes, for tests that check real answers against the contract. */
export const responseSchemas = {
  "/api/search": SearchResponse,
  "/api/graph": GraphResponse,
  "/api/nodes/{id}": NodeDetails,
  "/api/articles/{id}": ArticleText,
  "/api/paths": PathsResponse,
  "/api/timeline": TimelineResponse,
  "/api/map": MapResponse,
  "/api/stats": StatsResponse,
  "/api/countries": Countries,
  "/api/countries/{country}/actors": CountryActors,
  "/api/health": HealthResponse,
  "/api/views/{id}": ViewResponse,
  "/api/nodes/{id}/history": NodeHistory,
  "/api/review": ReviewResponse,
} as const;

/** The list parameters accept "a,b" or repeated keys; documented as comma-separated strings. */
function asDocumented(schema: typeof GraphQuery): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = { ...schema.shape };
  for (const key of ["center", "kinds", "rels", "codes"]) {
    shape[key] = z
      .string()
      .optional()
      .openapi({ description: `comma-separated list (${key})` });
  }
  // z.coerce turns null into 0, so a coerced minimum of 0 reads as nullable; the query string has no null.
  shape.offset = z
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(0)
    .openapi({ description: shape.offset?.description });
  return shape;
}

/** /api/map's query as the query string carries it: lists and the box as comma-separated strings. */
function mapQueryDocumented() {
  return z.object({
    ...MapQuery.shape,
    kinds: z.string().optional().openapi({ description: "comma-separated list (kinds): meeting, incident" }),
    codes: z.string().optional().openapi({ description: "comma-separated list (codes)" }),
    bbox: z
      .string()
      .optional()
      .openapi({ description: MapQuery.shape.bbox.description, example: "14,49,33,57" }),
  });
}

export function openApiDocument(): object {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "whomet API",
      version: "0.1.0",
      description: "Who met whom: actors, meetings and incidents from the news.",
    },
    servers: [{ url: "/" }],
  });
}
