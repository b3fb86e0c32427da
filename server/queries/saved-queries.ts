// Saved queries: cypher/queries/*.cypher, each a typed header and a query. The header gives the
// parameters' types, defaults and bounds; from it come the zod validator and the JSON Schema a
// client builds its form from. A bad header refuses the start, naming the file and line.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { z } from "zod";
import type { ParamsSchema } from "../../contract/queries.ts";
import { AppError } from "../errors.ts";

export const QUERIES_DIR = fileURLToPath(new URL("../../cypher/queries", import.meta.url));

// `actor` is a string holding an actor id, which forms pick by name (#20); the run checks it exists.
const TYPES = ["string", "actor", "int", "float", "boolean", "date"] as const;
type ParamType = (typeof TYPES)[number];

export interface ParamSpec {
  name: string;
  type: ParamType;
  optional: boolean;
  default?: string | number | boolean;
  min?: number;
  max?: number;
  description: string;
}

export interface SavedQuery {
  id: string;
  title: string;
  description: string;
  params: ParamSpec[];
  query: string;
  source: "builtin" | "user";
  file?: string;
}

export class QueryHeaderError extends Error {}

// "  limit: int = 100       1..1000" / "  actor: string?   actor id…"
const PARAM_LINE = /^\/\/\s+([A-Za-z][A-Za-z0-9_]*):\s*(\w+)(\?)?(?:\s*=\s*(\S+))?\s*(.*)$/;
const BOUNDS = /(?:^|\s)(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?)\s*$/;

export function parseSavedQuery(text: string, file: string): SavedQuery {
  const lines = text.split("\n");
  const fail = (line: number, message: string): never => {
    throw new QueryHeaderError(`${file}:${line}: ${message}`);
  };
  const header: Record<string, string> = {};
  const params: ParamSpec[] = [];
  let i = 0;
  let inParams = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith("//")) break;
    const field = /^\/\/\s*(id|title|description|params):\s*(.*)$/.exec(line);
    if (field) {
      inParams = field[1] === "params";
      if (!inParams) header[field[1]!] = field[2]!.trim();
      continue;
    }
    if (!inParams) {
      if (line.replace(/^\/\/\s*/, ""))
        fail(i + 1, `unknown header line "${line}" (expected id, title, description or params)`);
      continue;
    }
    const m = PARAM_LINE.exec(line);
    if (!m)
      fail(i + 1, `parameter line must look like "//   name: type[?] [= default] description [min..max]"`);
    const [, name, type, optional, def, rest] = m!;
    if (!(TYPES as readonly string[]).includes(type!))
      fail(i + 1, `${name}: unknown type "${type}" (${TYPES.join(", ")})`);
    const spec: ParamSpec = {
      name: name!,
      type: type as ParamType,
      optional: Boolean(optional),
      description: rest!.trim(),
    };
    const bounds = BOUNDS.exec(rest!);
    if (bounds) {
      if (type !== "int" && type !== "float")
        fail(i + 1, `${name}: bounds only fit int and float parameters`);
      spec.min = Number(bounds[1]);
      spec.max = Number(bounds[2]);
      spec.description = rest!.slice(0, bounds.index).trim();
    }
    if (def !== undefined) {
      const parsed = paramSchema({ ...spec, default: undefined, optional: false }).safeParse(def);
      if (!parsed.success) fail(i + 1, `${name}: default "${def}" is not a valid ${type}`);
      spec.default = parsed.data as string | number | boolean;
    }
    if (params.some((p) => p.name === name)) fail(i + 1, `${name}: declared twice`);
    params.push(spec);
  }
  for (const key of ["id", "title", "description"]) if (!header[key]) fail(1, `missing "// ${key}:" line`);
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(header.id!))
    fail(1, `id "${header.id}" must be lower-case words joined by "-"`);
  const query = lines.slice(i).join("\n").trim();
  if (!query) fail(i + 1, "no query after the header");
  for (const used of query.matchAll(/\$([A-Za-z][A-Za-z0-9_]*)/g)) {
    if (!params.some((p) => p.name === used[1]))
      fail(i + 1, `the query uses $${used[1]} but the header declares no such parameter`);
  }
  return {
    id: header.id!,
    title: header.title!,
    description: header.description!,
    params,
    query,
    source: "builtin",
    file,
  };
}

export function loadSavedQueries(dir = QUERIES_DIR): SavedQuery[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort();
  const queries = files.map((f) =>
    parseSavedQuery(readFileSync(join(dir, f), "utf8"), join(basename(dir), f)),
  );
  const seen = new Set<string>();
  for (const q of queries) {
    if (seen.has(q.id)) throw new QueryHeaderError(`${q.file}:1: id "${q.id}" is used by another query file`);
    seen.add(q.id);
  }
  return queries;
}

function paramSchema(p: ParamSpec): z.ZodType {
  let base: z.ZodType;
  switch (p.type) {
    case "int":
    case "float": {
      let n = p.type === "int" ? z.coerce.number().int() : z.coerce.number();
      if (p.min !== undefined) n = n.min(p.min);
      if (p.max !== undefined) n = n.max(p.max);
      base = n;
      break;
    }
    case "boolean":
      base = z.union([z.boolean(), z.enum(["true", "false"]).transform((s) => s === "true")]);
      break;
    case "date":
      base = z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2021-11-15")
        .refine((s) => !Number.isNaN(Date.parse(s)), "must be a real calendar date");
      break;
    case "actor":
      // The id as search answers it ("actor:merkel") is taken too: the query wants the bare id.
      base = z
        .string()
        .trim()
        .min(1, "must name an actor")
        .max(1000)
        .transform((s) => s.replace(/^actor:/, ""));
      break;
    default:
      base = z.string().max(1000);
  }
  if (p.default !== undefined) return base.optional().transform((v) => v ?? p.default);
  return p.optional ? base.nullish().transform((v) => v ?? null) : base;
}

/** Validates run parameters against the header; unknown names are refused. */
export function validateParams(q: SavedQuery, input: unknown): Record<string, unknown> {
  const shape = Object.fromEntries(q.params.map((p) => [p.name, paramSchema(p)]));
  const values = z.strictObject(shape).parse(input ?? {}) as Record<string, unknown>;
  // Integers go to Neo4j as integers (a JS number would arrive as a float, which LIMIT refuses).
  for (const p of q.params)
    if (p.type === "int" && typeof values[p.name] === "number")
      values[p.name] = neo4j.int(values[p.name] as number);
  return values;
}

/** The parameters as JSON Schema, for a client to build a form. */
export function paramsJsonSchema(q: SavedQuery): ParamsSchema {
  const properties: ParamsSchema["properties"] = {};
  for (const p of q.params) {
    properties[p.name] = {
      type:
        p.type === "int"
          ? "integer"
          : p.type === "float"
            ? "number"
            : p.type === "date" || p.type === "actor"
              ? "string"
              : p.type,
      ...(p.type === "date" ? { format: "date" } : {}),
      // A form offers the same type-ahead as the search box for it (#20).
      ...(p.type === "actor" ? { format: "actor" } : {}),
      ...(p.description ? { description: p.description } : {}),
      ...(p.default !== undefined ? { default: p.default } : {}),
      ...(p.min !== undefined ? { minimum: p.min } : {}),
      ...(p.max !== undefined ? { maximum: p.max } : {}),
    };
  }
  const required = q.params.filter((p) => !p.optional && p.default === undefined).map((p) => p.name);
  return { type: "object", properties, required, additionalProperties: false };
}

export function findQuery(queries: SavedQuery[], id: string): SavedQuery {
  const q = queries.find((x) => x.id === id);
  if (!q) throw new AppError(404, "not_found", `No saved query with id "${id}"`);
  return q;
}
