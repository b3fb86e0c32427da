// Requests generated from the OpenAPI document (server/openapi.ts) with fast-check, for the fuzz test and
// `npm run bench -- reliability`: every documented route and method, with parameters and bodies that are
// sometimes valid, sometimes out of range, and sometimes nonsense (issue #16, "every fault is survived").
import fc from "fast-check";

export interface FuzzRequest {
  /** The documented route, e.g. "/api/nodes/{id}". */
  route: string;
  method: string;
  /** Path and query, percent-encoded. */
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

export interface FuzzAnswer {
  request: FuzzRequest;
  status: number;
  /** Why the answer breaks the contract; undefined when it keeps it. */
  problem?: string;
}

interface Schema {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  example?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
}
interface Parameter {
  in: "path" | "query" | "header";
  name: string;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  responses?: Record<string, { content?: Record<string, unknown> }>;
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, { properties?: Record<string, Schema> }> };
}

/** The error codes the document allows (components.schemas.Error). */
export function documentedErrorCodes(doc: OpenApiDocument): string[] {
  const error = doc.components?.schemas?.Error?.properties?.error as Schema | undefined;
  return (error?.properties?.code?.enum ?? []) as string[];
}

// Strings that have broken servers before: encodings, injections, sizes, odd Unicode.
const NASTY = [
  "",
  " ",
  "%",
  "%ZZ",
  "%00",
  "../../etc/passwd",
  "actor:merkel",
  "actor:lukashenko",
  "' OR 1=1 --",
  "}) RETURN 1 //",
  "MATCH (n) DETACH DELETE n",
  "CALL dbms.components()",
  "__proto__",
  "constructor",
  "\u0000",
  "\ud800",
  "😀",
  "a".repeat(5_000),
  "NaN",
  "-1",
  "1e309",
  "true",
  "[]",
  "{}",
];

const text = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

/** A value for a schema: often valid, sometimes at or past its bounds, sometimes of another type. */
function valueFor(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
  if (!schema || depth > 3) return wrong;
  if (schema.enum) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...schema.enum) }, wrong);
  if (schema.oneOf) return fc.oneof(...schema.oneOf.map((s) => valueFor(s, depth + 1)), wrong);
  switch (schema.type) {
    case "integer":
    case "number": {
      const min = schema.minimum ?? -1_000;
      const max = schema.maximum ?? 1_000;
      return fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min, max }) },
        fc.constantFrom(min - 1, max + 1, 0, -1, 2 ** 53, 1.5),
        wrong,
      );
    }
    case "string":
      return fc.oneof(
        { weight: 2, arbitrary: schema.example !== undefined ? fc.constant(schema.example) : text },
        fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 50, 50) }),
        text,
      );
    case "boolean":
      return fc.oneof(fc.boolean(), wrong);
    case "array":
      return fc.oneof(fc.array(valueFor(schema.items, depth + 1), { maxLength: 4 }), wrong);
    case "object": {
      const props = Object.entries(schema.properties ?? {});
      return fc.oneof(
        {
          weight: 3,
          arbitrary: fc.record(Object.fromEntries(props.map(([k, s]) => [k, valueFor(s, depth + 1)])), {
            requiredKeys: [],
          }),
        },
        fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
        wrong,
      );
    }
    default:
      return wrong;
  }
}

/** A query string value as a client may send it: one value, a repeated key, or a nested object (qs). */
function queryPairs(name: string, value: unknown): [string, string][] {
  if (Array.isArray(value)) return value.map((v) => [name, String(v)]);
  if (value !== null && typeof value === "object")
    return Object.entries(value).map(([k, v]) => [`${name}[${k}]`, JSON.stringify(v)]);
  return [[name, String(value)]];
}

function encode(s: string): string {
  // A lone surrogate cannot be encoded; send it as a broken escape instead, which a server must survive too.
  try {
    return encodeURIComponent(s);
  } catch {
    return "%ED%A0%80";
  }
}

function operationRequests(
  path: string,
  method: string,
  op: Operation,
  token: string,
): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === "path");
  const queryParams = params.filter((p) => p.in === "query");
  const content = op.requestBody?.content ?? {};
  const json = content["application/json"];
  const binary = content["image/png"];
  const body: fc.Arbitrary<{ type?: string; body?: string | Uint8Array<ArrayBuffer> }> = json
    ? fc.oneof(
        {
          weight: 4,
          arbitrary: valueFor(json.schema).map((v) => ({
            type: "application/json",
            body: JSON.stringify(v) ?? "null",
          })),
        },
        fc.jsonValue({ maxDepth: 3 }).map((v) => ({ type: "application/json", body: JSON.stringify(v) })),
        fc
          .constantFrom("{", "[1,", '{"query":', "\u0000", "x".repeat(200_000))
          .map((b) => ({ type: "application/json", body: b })),
        text.map((b) => ({ type: "text/plain", body: b })),
        fc.constant({}),
      )
    : binary
      ? fc.oneof(
          fc.uint8Array({ maxLength: 200 }).map((b) => ({ type: "image/png", body: new Uint8Array(b) })),
          fc.constant({
            type: "image/png",
            body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          }),
          fc.constant({}),
        )
      : method === "get" // fetch sends no body with GET
        ? fc.constant({})
        : fc.oneof(
            { weight: 5, arbitrary: fc.constant({}) },
            fc.jsonValue({ maxDepth: 1 }).map((v) => ({ type: "application/json", body: JSON.stringify(v) })),
          );
  return fc
    .record({
      path: fc.tuple(...pathParams.map((p) => fc.oneof(valueFor(p.schema), text))),
      query: fc.tuple(...queryParams.map((p) => fc.option(valueFor(p.schema), { nil: undefined, freq: 3 }))),
      extra: fc.option(fc.tuple(text, text), { freq: 4 }),
      body,
      auth: fc.constantFrom("none", "right", "wrong"),
    })
    .map(({ path: values, query, extra, body, auth }) => {
      let url = path;
      pathParams.forEach((p, i) => {
        const raw = String(values[i]);
        // Now and then a raw, possibly malformed escape, as an attacker would send it.
        url = url.replace(`{${p.name}}`, raw.startsWith("%") ? raw : encode(raw) || "x");
      });
      const pairs: [string, string][] = [];
      queryParams.forEach((p, i) => {
        if (query[i] !== undefined) pairs.push(...queryPairs(p.name, query[i]));
      });
      if (extra) pairs.push(extra);
      if (pairs.length) url += "?" + pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&");
      const headers: Record<string, string> = {};
      if (body.type) headers["content-type"] = body.type;
      if (auth === "right") headers.authorization = `Bearer ${token}`;
      if (auth === "wrong") headers.authorization = "Bearer not-the-token-at-all";
      return {
        route: path,
        method: method.toUpperCase(),
        url,
        headers,
        ...(body.body === undefined ? {} : { body: body.body }),
      };
    });
}

/** Requests over every route and method of `doc`; `token` is the server's API_TOKEN. */
export function fuzzRequests(doc: OpenApiDocument, token: string): fc.Arbitrary<FuzzRequest> {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => operationRequests(path, method, op, token)),
  );
  return fc.oneof(...ops);
}

/** `count` requests from `seed`, the same ones on every run. */
export function sampleRequests(
  doc: OpenApiDocument,
  token: string,
  seed: number,
  count: number,
): FuzzRequest[] {
  return fc.sample(fuzzRequests(doc, token), { seed, numRuns: count });
}

/**
 * Sends one request and checks the answer against the document: no 5xx but one the operation documents
 * on purpose (501 from /oembed for a format it does not offer); every error the one JSON shape with a
 * documented code, except where the document declares an HTML page for that status (embed pages).
 */
export async function sendFuzz(
  baseUrl: string,
  request: FuzzRequest,
  doc: OpenApiDocument,
  codes: readonly string[],
): Promise<FuzzAnswer> {
  let res: Response;
  try {
    res = await fetch(`${baseUrl}${request.url}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    return { request, status: 0, problem: `no answer: ${(error as Error).message}` };
  }
  const raw = await res.text();
  const declared = doc.paths[request.route]?.[request.method.toLowerCase()]?.responses?.[String(res.status)];
  const declaredTypes = Object.keys(declared?.content ?? {});
  if (res.status >= 500 && !(res.status === 501 && declared))
    return { request, status: res.status, problem: `${res.status}: ${raw.slice(0, 300)}` };
  if (res.status < 400) return { request, status: res.status };
  const type = res.headers.get("content-type") ?? "";
  if (
    type.startsWith("text/html") &&
    declaredTypes.includes("text/html") &&
    !declaredTypes.includes("application/json")
  )
    return { request, status: res.status };
  let body: { error?: { code?: unknown; message?: unknown } } | undefined;
  try {
    body = JSON.parse(raw) as typeof body;
  } catch {
    return { request, status: res.status, problem: `error not JSON: ${raw.slice(0, 200)}` };
  }
  const error = body?.error;
  const keys = Object.keys(body ?? {});
  const errorKeys = Object.keys(error ?? {});
  if (
    keys.length !== 1 ||
    typeof error?.message !== "string" ||
    typeof error.code !== "string" ||
    !codes.includes(error.code) ||
    errorKeys.some((k) => !["code", "message", "details"].includes(k))
  )
    return { request, status: res.status, problem: `error shape: ${raw.slice(0, 200)}` };
  return { request, status: res.status };
}
