// The OpenAPI document, generated from the same zod schemas that validate the requests.
import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { ERROR_CODES } from "./errors.ts";
import { GraphQuery } from "./routes/graph.ts";
import { PathsQuery } from "./routes/paths.ts";
import { CypherBody, RunBody } from "./routes/queries.ts";
import { OembedQuery } from "./routes/oembed.ts";
import { SearchQuery } from "./routes/search.ts";
import { SavedViewInput } from "./saved-views.ts";
import { UserQueryInput } from "./user-queries.ts";
import { TimelineQuery } from "./routes/timeline.ts";

extendZodWithOpenApi(z);

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi("Error");

const NodeData = z
  .object({
    id: z.string(),
    kind: z.string(),
    label: z.string(),
    subtype: z.string().nullable(),
    key: z.string(),
  })
  .catchall(z.unknown());
const EdgeData = z
  .object({ id: z.string(), source: z.string(), target: z.string(), type: z.string() })
  .catchall(z.unknown());
const Element = z
  .union([
    z.object({ group: z.literal("nodes"), data: NodeData }),
    z.object({ group: z.literal("edges"), data: EdgeData }),
  ])
  .openapi("Element");
const Elements = z
  .object({
    elements: z.array(Element),
    truncated: z.boolean().openapi({
      description: "More events matched than `limit`; the newest `limit` are in `elements`.",
    }),
    capped: z
      .array(
        z.object({
          id: z.string().openapi({ example: "actor:a0" }),
          shown: z.number().int().openapi({
            description:
              "This node's events in `elements`: the perNode taken from it plus any reached through other nodes.",
          }),
          total: z.number().int().openapi({
            description:
              "All this node's events (meetings and incidents of an actor, incidents at a place), whatever the filters.",
          }),
        }),
      )
      .openapi({
        description:
          "Nodes of the walk that had more events (matching the filters) than `perNode`, in walk order. " +
          "For more of one node's events ask again with a larger `perNode`, or page it with " +
          "`center=<id>&depth=1&perNode=<p>&offset=<events already seen>`.",
      }),
  })
  .openapi("Elements");
const Source = z
  .object({
    article: z.string().openapi({ description: "The article's id: from its URL, else its date and text" }),
    slug: z
      .string()
      .nullable()
      .openapi({ description: "A readable name (file name or feed id); not unique" }),
    date: z.string().nullable(),
    source: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    quote: z.string(),
    start: z.number(),
    end: z.number(),
  })
  .openapi("Source");
const Ref = z.object({ id: z.string(), label: z.string() });
const EventBase = {
  id: z.string(),
  date: z.string(),
  kind: z.string(),
  cameo: z.string().nullable(),
  label: z.string().nullable(),
  sourceCount: z.number().nullable(),
  sources: z.array(Source),
};

const responses = {
  Search: z.object({
    results: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        subtype: z.string().nullable(),
        label: z.string(),
        score: z.number(),
      }),
    ),
  }),
  NodeDetails: z.object({
    node: z.object({
      id: z.string(),
      kind: z.string(),
      subtype: z.string().nullable(),
      label: z.string(),
      properties: z.record(z.string(), z.unknown()),
    }),
    meetings: z.array(z.object({ ...EventBase, participants: z.array(Ref) })),
    incidents: z.array(
      z.object({
        ...EventBase,
        description: z.string().nullable(),
        place: z.string().nullable(),
        actors: z.array(Ref),
      }),
    ),
    sources: z.array(Source),
  }),
  Paths: z.object({ elements: z.array(Element), paths: z.array(z.array(z.string())) }),
  Timeline: z.object({
    days: z.array(z.object({ date: z.string(), meetings: z.number(), incidents: z.number() })),
  }),
  Stats: z.object({
    labels: z.record(z.string(), z.number()),
    relationships: z.record(z.string(), z.number()),
    dateRange: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  }),
  Health: z.object({
    status: z.enum(["ok", "degraded"]),
    neo4j: z.object({ reachable: z.boolean() }).catchall(z.unknown()),
  }),
};

function json(description: string, schema: z.ZodType) {
  return { description, content: { "application/json": { schema } } };
}

const errors = {
  400: json("The request is invalid; the message names the field", ErrorBody),
  503: json(
    "Neo4j cannot be reached (neo4j_unavailable), or the server or Neo4j is too busy now (overloaded); retry after the Retry-After header",
    ErrorBody,
  ),
};

/** Other route modules add their paths through this hook (saved queries, Cypher, views). */
export const registry = new OpenAPIRegistry();

registry.registerPath({
  method: "get",
  path: "/api/health",
  summary: "Whether the server and Neo4j answer",
  responses: { 200: json("Healthy", responses.Health), 503: json("Neo4j unreachable", responses.Health) },
});
registry.registerPath({
  method: "get",
  path: "/api/search",
  summary: "Actors, places and events by name or alias, ranked",
  request: { query: SearchQuery },
  responses: { 200: json("Ranked matches", responses.Search), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/graph",
  summary: "A subgraph as Cytoscape elements",
  request: { query: z.object(asDocumented(GraphQuery)) },
  responses: { 200: json("Elements", Elements), 404: json("Unknown centre", ErrorBody), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/nodes/{id}",
  summary: "One node with its meetings, incidents and provenance",
  request: { params: z.object({ id: z.string().openapi({ example: "actor:lukashenko" }) }) },
  responses: {
    200: json("The node", responses.NodeDetails),
    404: json("Unknown node", ErrorBody),
    ...errors,
  },
});
registry.registerPath({
  method: "get",
  path: "/api/paths",
  summary: "Shortest paths between two actors",
  request: { query: PathsQuery },
  responses: { 200: json("Paths", responses.Paths), 404: json("Unknown actor", ErrorBody), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/timeline",
  summary: "Meetings and incidents per day",
  request: { query: TimelineQuery },
  responses: { 200: json("Days", responses.Timeline), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/stats",
  summary: "Counts by label and relationship type, and the date span",
  responses: { 200: json("Counts", responses.Stats), 503: errors[503] },
});

const QueryResult = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), z.unknown())),
    elements: z.array(Element),
    truncated: z.boolean(),
    truncatedReason: z.enum(["rows", "bytes"]).optional(),
    integersAsText: z.array(z.string()).optional().openapi({
      description:
        "Columns holding an integer beyond ±2^53, sent as its exact decimal text (JSON numbers cannot carry it); absent when there is none",
    }),
  })
  .openapi("QueryResult");
const refused = {
  403: json("Refused by the read-only guard; the message names the rule", ErrorBody),
  408: json("The query ran past its time limit", ErrorBody),
  429: json("Rate limited: too many queries a minute from this address", ErrorBody),
};
registry.registerPath({
  method: "get",
  path: "/api/queries",
  summary: "Saved queries with a JSON Schema of their parameters",
  responses: {
    200: json(
      "The library",
      z.object({
        queries: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            description: z.string(),
            params: z.record(z.string(), z.unknown()),
            source: z.enum(["builtin", "user"]),
            query: z.string(),
          }),
        ),
      }),
    ),
  },
});
registry.registerPath({
  method: "post",
  path: "/api/queries/{id}/run",
  summary: "Run a saved query read-only with validated parameters",
  request: {
    params: z.object({ id: z.string().openapi({ example: "who-met-whom" }) }),
    body: { content: { "application/json": { schema: RunBody } } },
  },
  responses: {
    200: json("Table and graph", QueryResult),
    404: json("Unknown query", ErrorBody),
    ...errors,
    ...refused,
  },
});
registry.registerPath({
  method: "post",
  path: "/api/cypher",
  summary: "Run read-only ad-hoc Cypher (guarded, with a timeout and a row cap)",
  request: { body: { content: { "application/json": { schema: CypherBody } } } },
  responses: { 200: json("Table and graph", QueryResult), ...errors, ...refused },
});

// Writes: bearer API_TOKEN. 401 `unauthorized` for no or a wrong token, 403 `disabled` without API_TOKEN.
registry.registerComponent("securitySchemes", "apiToken", { type: "http", scheme: "bearer" });
const writeErrors = {
  401: json("No or a wrong bearer token (unauthorized)", ErrorBody),
  403: json("Writes are disabled: the server has no API_TOKEN (disabled)", ErrorBody),
  429: json("Rate limited", ErrorBody),
};
const noContent = (description: string) => ({ description });

registry.registerPath({
  method: "post",
  path: "/api/queries",
  summary: "Save a user query (checked by the read-only guard first)",
  security: [{ apiToken: [] }],
  request: { body: { content: { "application/json": { schema: UserQueryInput } } } },
  responses: {
    201: json("Saved", z.object({ id: z.string() }).catchall(z.unknown())),
    409: json("A saved query with this id exists already (conflict)", ErrorBody),
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
  request: {
    params: z.object({ id: z.string() }),
    body: { content: { "application/json": { schema: UserQueryInput.partial({ id: true }) } } },
  },
  responses: {
    200: json("Replaced", z.object({ id: z.string() }).catchall(z.unknown())),
    404: json("No user query with this id", ErrorBody),
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
    404: json("No user query with this id", ErrorBody),
    ...errors,
    ...writeErrors,
  },
});

const ViewResponse = z
  .object({
    id: z.string(),
    title: z.string(),
    createdAt: z.string(),
    source: z.object({ kind: z.enum(["graph", "query"]) }).catchall(z.unknown()),
    snapshot: z.object({ width: z.number(), height: z.number() }).nullable(),
    links: z.object({
      embed: z.string(),
      explorer: z.string(),
      snapshot: z.string().nullable(),
      oembed: z.string(),
    }),
    snippets: z.object({ iframe: z.string(), script: z.string(), image: z.string().nullable() }),
  })
  .catchall(z.unknown())
  .openapi("SavedView");
const viewId = z.object({ id: z.string().openapi({ example: "k3J9x_2aQpE" }) });
registry.registerPath({
  method: "post",
  path: "/api/views",
  summary: "Save a view to embed: what it shows, time range, layout, visible extent, options",
  security: [{ apiToken: [] }],
  request: { body: { content: { "application/json": { schema: SavedViewInput } } } },
  responses: {
    201: json("Saved, with its embed links and snippets", ViewResponse),
    ...errors,
    ...writeErrors,
  },
});
registry.registerPath({
  method: "get",
  path: "/api/views/{id}",
  summary: "A saved view with its embed links and snippets",
  request: { params: viewId },
  responses: { 200: json("The view", ViewResponse), 404: json("No such view", ErrorBody), ...errors },
});
registry.registerPath({
  method: "put",
  path: "/api/views/{id}/snapshot",
  summary: "Store the view's PNG snapshot (≤ 512 KB)",
  security: [{ apiToken: [] }],
  request: {
    params: viewId,
    body: { content: { "image/png": { schema: z.string().openapi({ format: "binary" }) } } },
  },
  responses: {
    204: noContent("Stored"),
    404: json("No such view", ErrorBody),
    413: json("Larger than 512 KB", ErrorBody),
    ...errors,
    ...writeErrors,
  },
});

const html = (description: string) => ({ description, content: { "text/html": { schema: z.string() } } });
registry.registerPath({
  method: "get",
  path: "/oembed",
  summary: "oEmbed 1.0 for an embed or explorer URL of this server",
  request: { query: OembedQuery },
  responses: {
    200: json(
      "oEmbed rich response",
      z
        .object({
          type: z.literal("rich"),
          version: z.literal("1.0"),
          title: z.string(),
          provider_name: z.literal("whomet"),
          html: z.string(),
          width: z.number(),
          height: z.number(),
        })
        .catchall(z.unknown()),
    ),
    404: json("Unknown view, or not this server's URL", ErrorBody),
    501: json("Only format=json is served", ErrorBody),
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
    404: json("Not built", ErrorBody),
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
  "/api/search": responses.Search,
  "/api/graph": Elements,
  "/api/nodes/{id}": responses.NodeDetails,
  "/api/paths": responses.Paths,
  "/api/timeline": responses.Timeline,
  "/api/stats": responses.Stats,
  "/api/health": responses.Health,
  "/api/views/{id}": ViewResponse,
} as const;

/** The list parameters accept "a,b" or repeated keys; documented as comma-separated strings. */
function asDocumented(schema: typeof GraphQuery): Record<string, z.ZodType> {
  const shape = { ...(schema as unknown as { shape: Record<string, z.ZodType> }).shape };
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
