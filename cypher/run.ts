// The one way to Neo4j: read() and write() open a session, run a transaction with the timeout from the
// validated config (cypher/timeouts.ts), close the session, and map each record through a typed mapper,
// so no caller opens a session or casts what record.get() returns.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Node,
  type Path,
  type QueryStatistics,
  type Record as Neo4jRecord,
  type Relationship,
  type Transaction,
} from "neo4j-driver";
import type { z } from "zod";
import { schemaStatements, toPlain } from "./neo4j.ts";
import { DEFAULT_TIMEOUTS, type Neo4jTimeouts } from "./timeouts.ts";

/** Where to run: a driver, the database, and the timeouts of the configuration. */
export interface Neo4jTarget {
  driver: Driver;
  database: string;
  timeouts?: Neo4jTimeouts;
}

export type Params = Record<string, unknown>;

/** A record's fields, each read as the type the caller expects; a field of another type throws,
 * naming the field, instead of travelling on under a false type. */
export class Row {
  constructor(readonly record: Neo4jRecord) {}

  private value(key: string): unknown {
    return this.record.get(key);
  }

  private wrong(key: string, expected: string): Error {
    const value = this.value(key);
    const got = value === null ? "null" : Array.isArray(value) ? "a list" : typeof value;
    return new Error(`Neo4j record field "${key}": expected ${expected}, got ${got}`);
  }

  has(key: string): boolean {
    return this.record.has(key);
  }

  node(key: string): Node {
    const value = this.value(key);
    if (!isNode(value)) throw this.wrong(key, "a node");
    return value;
  }

  nodeOrNull(key: string): Node | null {
    return this.value(key) === null ? null : this.node(key);
  }

  path(key: string): Path {
    const value = this.value(key);
    if (!neo4j.isPath(value as never)) throw this.wrong(key, "a path");
    return value as Path;
  }

  relationship(key: string): Relationship {
    const value = this.value(key);
    if (!isRelationship(value)) throw this.wrong(key, "a relationship");
    return value;
  }

  string(key: string): string {
    const value = this.value(key);
    if (typeof value !== "string") throw this.wrong(key, "a string");
    return value;
  }

  stringOrNull(key: string): string | null {
    return this.value(key) === null ? null : this.string(key);
  }

  number(key: string): number {
    const value = toPlain(this.value(key));
    if (typeof value !== "number") throw this.wrong(key, "a number");
    return value;
  }

  boolean(key: string): boolean {
    const value = this.value(key);
    if (typeof value !== "boolean") throw this.wrong(key, "a boolean");
    return value;
  }

  strings(key: string): string[] {
    const value = this.value(key);
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) throw this.wrong(key, "strings");
    return value;
  }

  /** A list whose items `item` checks and types (throws on the first that does not fit). */
  list<T>(key: string, item: (value: unknown) => T): T[] {
    const value = this.value(key);
    if (!Array.isArray(value)) throw this.wrong(key, "a list");
    return value.map(item);
  }

  /** The field as plain JSON (temporal values as strings) checked against `schema`. */
  plain<S extends z.ZodType>(key: string, schema: S): z.infer<S> {
    const parsed = schema.safeParse(toPlain(this.value(key)));
    if (!parsed.success)
      throw new Error(`Neo4j record field "${key}": ${parsed.error.issues.map((i) => i.message).join("; ")}`);
    return parsed.data;
  }

  /** The whole record as plain JSON checked against `schema`. */
  object<S extends z.ZodType>(schema: S): z.infer<S> {
    const parsed = schema.safeParse(toPlain(this.record.toObject()));
    if (!parsed.success)
      throw new Error(
        `Neo4j record: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      );
    return parsed.data;
  }

  /** The record's raw values by column, for answers that pass user queries' values on as they are. */
  raw(key: string): unknown {
    return this.value(key);
  }
}

export function isNode(value: unknown): value is Node {
  return neo4j.isNode(value as never);
}

export function isRelationship(value: unknown): value is Relationship {
  return neo4j.isRelationship(value as never);
}

/** Reads one record into what the caller wants. */
export type Mapper<T> = (row: Row) => T;

/** A transaction whose results come back mapped: `tx.rows(query, params, mapper)`. */
export interface Tx {
  rows<T>(query: string, params: Params, mapper: Mapper<T>): Promise<T[]>;
  /** The first row, or undefined when there is none. */
  first<T>(query: string, params: Params, mapper: Mapper<T>): Promise<T | undefined>;
  /** A write whose rows and counters of what it changed are both wanted. */
  write<T>(
    query: string,
    params: Params,
    mapper: Mapper<T>,
  ): Promise<{ rows: T[]; counters: QueryStatistics }>;
  /** Runs a statement for its effect; returns the counters of what it changed. */
  exec(query: string, params?: Params): Promise<QueryStatistics>;
}

function wrap(tx: ManagedTransaction | Transaction): Tx {
  const rows = async <T>(query: string, params: Params, mapper: Mapper<T>) =>
    (await tx.run(query, params)).records.map((record) => mapper(new Row(record)));
  return {
    rows,
    first: async (query, params, mapper) => (await rows(query, params, mapper))[0],
    exec: async (query, params = {}) => (await tx.run(query, params)).summary.counters,
    write: async (query, params, mapper) => {
      const result = await tx.run(query, params);
      return {
        rows: result.records.map((record) => mapper(new Row(record))),
        counters: result.summary.counters,
      };
    },
  };
}

const timeoutsOf = (target: Neo4jTarget) => target.timeouts ?? DEFAULT_TIMEOUTS;

/** Runs `work` in one read transaction (retried by the driver on transient errors). */
export async function readTransaction<T>(
  target: Neo4jTarget,
  work: (tx: Tx) => Promise<T>,
  { timeoutMs = timeoutsOf(target).NEO4J_READ_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<T> {
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => work(wrap(tx)), { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}

/** Runs `work` in one write transaction (retried by the driver on transient errors). */
export async function writeTransaction<T>(
  target: Neo4jTarget,
  work: (tx: Tx) => Promise<T>,
  { timeoutMs = timeoutsOf(target).NEO4J_WRITE_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<T> {
  const session = target.driver.session({
    database: target.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    return await session.executeWrite((tx) => work(wrap(tx)), { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}

/** One read query, its records mapped. */
export function read<T>(
  target: Neo4jTarget,
  query: string,
  params: Params,
  options: { mapper: Mapper<T>; timeoutMs?: number },
): Promise<T[]> {
  return readTransaction(target, (tx) => tx.rows(query, params, options.mapper), options);
}

/** One write query, its records mapped. */
export function write<T>(
  target: Neo4jTarget,
  query: string,
  params: Params,
  options: { mapper: Mapper<T>; timeoutMs?: number },
): Promise<T[]> {
  return writeTransaction(target, (tx) => tx.rows(query, params, options.mapper), options);
}

/** When to stop waiting for a transaction's work, and the error to fail with then. */
export interface GiveUp {
  /** ms from the start of the transaction. */
  afterMs: number;
  error: () => Error;
}

/**
 * An explicit read transaction that is never committed (and not retried: a retry would run a memory
 * error again), for work that must stream or be cut short (user Cypher) or only plans (EXPLAIN).
 * With `giveUp`, the caller stops waiting after `giveUp.afterMs` and gets `giveUp.error()`: Neo4j checks a
 * transaction's timeout only between rows, so one long expression can run far past it (#16); the
 * transaction is then rolled back and its session closed in the background, without holding the caller.
 */
export async function inReadOnlyTransaction<T>(
  target: Neo4jTarget,
  timeoutMs: number,
  work: (tx: Transaction) => Promise<T>,
  giveUp?: GiveUp,
): Promise<T> {
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
  const tx = session.beginTransaction({ timeout: timeoutMs });
  let timer: NodeJS.Timeout | undefined;
  let gaveUp = false;
  const deadline = giveUp
    ? new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          gaveUp = true;
          reject(giveUp.error());
        }, giveUp.afterMs);
      })
    : undefined;
  const running = work(tx);
  running.catch(() => undefined); // after giving up nobody awaits it
  try {
    return await (deadline ? Promise.race([running, deadline]) : running);
  } finally {
    clearTimeout(timer);
    const close = tx
      .rollback()
      .catch(() => undefined)
      .then(() => session.close());
    if (gaveUp) close.catch(() => undefined);
    else await close;
  }
}

/** Runs statements one after another outside any explicit transaction (schema changes need that). */
export async function runEach(target: Neo4jTarget, statements: string[]): Promise<void> {
  const session = target.driver.session({ database: target.database });
  try {
    for (const statement of statements) await session.run(statement);
  } finally {
    await session.close();
  }
}

/** Applies the constraints and indexes; every statement is IF NOT EXISTS, so this is idempotent. */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  await runEach({ driver, database }, [...schemaStatements(), "CALL db.awaitIndexes(60)"]);
}

/** A raw read transaction with the default read timeout, for tests and tools that inspect the graph. */
export function readTx<T>(
  driver: Driver,
  database: string,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  return rawTransaction(driver, database, "READ", work);
}

/** A raw write transaction with the default write timeout, for tests and tools that seed the graph. */
export function writeTx<T>(
  driver: Driver,
  database: string,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  return rawTransaction(driver, database, "WRITE", work);
}

async function rawTransaction<T>(
  driver: Driver,
  database: string,
  mode: "READ" | "WRITE",
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: mode });
  try {
    return mode === "READ"
      ? await session.executeRead(work, { timeout: DEFAULT_TIMEOUTS.NEO4J_READ_TIMEOUT_MS })
      : await session.executeWrite(work, { timeout: DEFAULT_TIMEOUTS.NEO4J_WRITE_TIMEOUT_MS });
  } finally {
    await session.close();
  }
}

/** Runs `RETURN 1` in a read transaction and returns the session's bookmarks afterwards: they change
 * with every committed write, so they fingerprint the graph (server/response-cache.ts). Also a probe
 * that Neo4j answers (GET /api/health). */
export async function readBookmarks(target: Neo4jTarget, timeoutMs: number): Promise<string[]> {
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run("RETURN 1"), { timeout: timeoutMs });
    return session.lastBookmarks();
  } finally {
    await session.close();
  }
}

/** One statement in an auto-commit transaction: what `CALL { … } IN TRANSACTIONS` needs (bulk generation). */
export async function autoCommit<T>(
  target: Neo4jTarget,
  query: string,
  params: Params,
  options: { mapper: Mapper<T>; timeoutMs?: number },
): Promise<T[]> {
  const session = target.driver.session({ database: target.database });
  try {
    const timeout = options.timeoutMs ?? timeoutsOf(target).NEO4J_WRITE_TIMEOUT_MS;
    const result = await session.run(query, params, { timeout });
    return result.records.map((record) => options.mapper(new Row(record)));
  } finally {
    await session.close();
  }
}
