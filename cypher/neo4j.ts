// Neo4j access shared by ingest/ and server/: the NEO4J_* environment schema, the driver,
// the schema file, and the conversion of Neo4j values into plain JSON.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);

export const Neo4jEnv = z.object({
  // When unset, the app and the tests use the local server that scripts/neo4j.ts provisions.
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI (optionally +s or +ssc)")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters").default("whomet-local-pw"),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, "must look like 512m or 1g")
    .default("512m"),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/, "must look like 128m or 1g")
    .default("128m"),
});
export type Neo4jConfig = z.infer<typeof Neo4jEnv>;

/** Parses an environment with `schema`; a bad value throws one line naming the variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  // An empty variable (FOO= in a compose file or shell) means "not set", so defaults apply.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const value = env[name];
    return `${name}=${JSON.stringify(value ?? "")}: ${issue.message}`;
  });
  throw new Error(`Invalid environment: ${lines.join("; ")}`);
}

export function loadNeo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  return parseEnv(Neo4jEnv, env);
}

/** The URI to connect to: NEO4J_URI, or the local launcher's Bolt port. */
export function neo4jUri(config: Neo4jConfig): string {
  return config.NEO4J_URI ?? `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`;
}

export function createDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(neo4jUri(config), neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    // Integers beyond 2^53 do not occur in our data; plain numbers keep every route simple.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Retrying a failed transaction for the default 30 s would hold a request that long while Neo4j
    // is down; the API answers 503 with Retry-After instead.
    maxTransactionRetryTime: 3_000,
  });
}

const schemaFile = fileURLToPath(new URL("./schema.cypher", import.meta.url));

/** The statements of cypher/schema.cypher, comments removed. */
export function schemaStatements(text = readFileSync(schemaFile, "utf8")): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Applies the constraints and indexes; every statement is IF NOT EXISTS, so this is idempotent. */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of schemaStatements()) await session.run(statement);
    await session.run("CALL db.awaitIndexes(60)");
  } finally {
    await session.close();
  }
}

export async function readTx<T>(
  driver: Driver,
  database: string,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work, { timeout: 30_000 });
  } finally {
    await session.close();
  }
}

export async function writeTx<T>(
  driver: Driver,
  database: string,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work, { timeout: 60_000 });
  } finally {
    await session.close();
  }
}

/** Converts Neo4j values (temporal types, nodes, relationships, paths) into plain JSON values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isDuration(value as never)
  )
    return String(value);
  if (neo4j.isNode(value as never)) {
    const node = value as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return { elementId: node.elementId, labels: node.labels, properties: toPlain(node.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as {
      elementId: string;
      type: string;
      startNodeElementId: string;
      endNodeElementId: string;
      properties: Record<string, unknown>;
    };
    return {
      elementId: rel.elementId,
      type: rel.type,
      start: rel.startNodeElementId,
      end: rel.endNodeElementId,
      properties: toPlain(rel.properties),
    };
  }
  if (neo4j.isPath(value as never)) {
    const path = value as { segments: { start: unknown; relationship: unknown; end: unknown }[] };
    return {
      segments: path.segments.map((s) => ({
        start: toPlain(s.start),
        relationship: toPlain(s.relationship),
        end: toPlain(s.end),
      })),
    };
  }
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]),
    );
  }
  return value;
}
