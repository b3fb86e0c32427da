// Neo4j access shared by ingest/ and server/: the NEO4J_* environment schema, the driver,
// the schema file, and the conversion of Neo4j values into plain JSON.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import neo4j, { Neo4jError, type Config, type Driver, type SessionConfig } from "neo4j-driver";
import { z } from "zod";
import { Neo4jTimeoutsEnv } from "./timeouts.ts";

const port = z.coerce.number().int().min(1).max(65535);

export const Neo4jEnv = z
  .object({
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
    // Issue #16: while Neo4j cannot be reached a request must not wait long to learn it.
    /** How long, ms, opening one Bolt connection may take (a server that does not answer at all). */
    NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(3_000),
    /** How long, ms, a request may wait for a free connection from the pool (then 503 `overloaded`). */
    NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    /** How long, ms, the driver retries a transaction that failed transiently (a lost connection, a
     * leader switch) before giving up. */
    NEO4J_RETRY_TIME_MS: z.coerce.number().int().min(0).max(120_000).default(1_000),
    /** While Neo4j is known to be down, how often, ms, one probe checks whether it is back (requests in
     * the meantime fail at once). */
    NEO4J_PROBE_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
    /** Whether a server that runs the launcher's own Neo4j (NEO4J_URI unset) restarts it when it crashes. */
    NEO4J_SUPERVISE: z.stringbool().default(true),
  })
  .extend(Neo4jTimeoutsEnv.shape);
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

function driverOptions(config: Neo4jConfig): Config {
  return {
    // Integers beyond 2^53 do not occur in our data; plain numbers keep every route simple. Users' own
    // queries can return any integer: they run on losslessIntegers(driver).
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: config.NEO4J_ACQUISITION_TIMEOUT_MS,
    connectionTimeout: config.NEO4J_CONNECTION_TIMEOUT_MS,
    // Retrying a failed transaction for the default 30 s would hold a request that long while Neo4j
    // is down; the API answers 503 with Retry-After instead.
    maxTransactionRetryTime: config.NEO4J_RETRY_TIME_MS,
  };
}

const configs = new WeakMap<Driver, Neo4jConfig>();
const losslessDrivers = new WeakMap<Driver, Driver>();

export function createDriver(config: Neo4jConfig): Driver {
  const driver = neo4j.driver(
    neo4jUri(config),
    neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD),
    driverOptions(config),
  );
  configs.set(driver, config);
  watchAvailability(driver, config);
  return driver;
}

/**
 * A driver to the same Neo4j that reads integers as neo4j Integer values, so one beyond ±2^53 is not
 * rounded or lost (#16); toPlain sends it as decimal text. Made on first use, closed with `driver`, and
 * refusing sessions while `driver` knows Neo4j is down. A driver not made by createDriver is returned
 * as it is.
 */
export function losslessIntegers(driver: Driver): Driver {
  const config = configs.get(driver);
  if (!config) return driver;
  let lossless = losslessDrivers.get(driver);
  if (lossless) return lossless;
  lossless = neo4j.driver(neo4jUri(config), neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    ...driverOptions(config),
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 10,
  });
  const openSession = lossless.session.bind(lossless);
  lossless.session = (sessionConfig?: SessionConfig) => {
    const known = neo4jAvailability(driver);
    if (known.state === "down")
      throw new Neo4jError(
        `Neo4j at ${neo4jUri(config)} is unreachable: ${known.error}`,
        "ServiceUnavailable",
        "",
        "",
      );
    return openSession(sessionConfig);
  };
  losslessDrivers.set(driver, lossless);
  const close = driver.close.bind(driver);
  const closeLossless = lossless.close.bind(lossless);
  driver.close = async () => {
    await Promise.all([close(), closeLossless()]);
  };
  return lossless;
}

/** What the driver knows of Neo4j: `up`, or `down` since a connection failed (and not yet back). */
export interface Neo4jAvailability {
  state: "up" | "down";
  /** When the driver last found Neo4j unreachable (ms since the epoch). */
  downSince?: number;
  /** Why, in the driver's words. */
  error?: string;
}

const availability = new WeakMap<Driver, () => Neo4jAvailability>();

/** Whether `driver` has found Neo4j unreachable (a driver not made by createDriver is always "up"). */
export function neo4jAvailability(driver: Driver): Neo4jAvailability {
  return availability.get(driver)?.() ?? { state: "up" };
}

const backListeners = new WeakMap<Driver, Set<() => void>>();

/**
 * Calls `listener` each time a probe finds Neo4j answering again after `driver` marked it down (#16: the
 * server warms the query plans of a Neo4j that has just come back, server/warm-up.ts). Returns the means
 * to stop listening.
 */
export function onNeo4jBack(driver: Driver, listener: () => void): () => void {
  let listeners = backListeners.get(driver);
  if (!listeners) backListeners.set(driver, (listeners = new Set()));
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How long past a transaction's own timeout a request waits for Neo4j to say anything at all, ms. */
const NO_ANSWER_GRACE_MS = 2_000;

// The driver's own codes for "cannot reach the server"; anything else means Neo4j answered.
const CONNECTION_FAILURES = new Set(["ServiceUnavailable", "SessionExpired"]);

/**
 * Issue #16: during an outage every request used to wait for its own connection attempts and retries
 * (3–12 s each, and a backlog that took 27 s to drain after Neo4j was back). Once a transaction fails
 * to reach Neo4j, the driver is marked down: new sessions throw ServiceUnavailable at once (the API
 * answers 503 `neo4j_unavailable` with Retry-After) while one probe every NEO4J_PROBE_INTERVAL_MS checks
 * whether Neo4j is back, and the first probe that gets through lets requests through again.
 */
function watchAvailability(driver: Driver, config: Neo4jConfig): void {
  const openSession = driver.session.bind(driver);
  let down: { since: number; error: string } | undefined;
  let probe: NodeJS.Timeout | undefined;
  let closed = false;

  // The probe opens its own session rather than going through cypher/run.ts (#17, one way to Neo4j):
  // it must use the driver's original session() (the public one, replaced below, refuses every session
  // while Neo4j is known down, which is exactly when the probe runs); its failure must not be observed
  // by the guard below (that would mark Neo4j down again, or fail the transactions under way); it gives
  // up on its own timer and never awaits the close (a silent Neo4j would hang the probe loop); and
  // cypher/run.ts imports this module, so the reverse import would be a cycle the import check refuses.
  const probeOnce = async () => {
    const session = openSession({ database: config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      // A Neo4j that is shutting down may hold a query without answering: the probe gives up on its own.
      const gaveUp = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Neo4jError("probe timed out", "ServiceUnavailable", "", "")),
          config.NEO4J_CONNECTION_TIMEOUT_MS,
        );
      });
      await Promise.race([
        session.run("RETURN 1", {}, { timeout: config.NEO4J_CONNECTION_TIMEOUT_MS }),
        gaveUp,
      ]);
      return true;
    } catch (error) {
      // Neo4j answered, even if only to refuse: it is reachable, and requests will say why.
      return !CONNECTION_FAILURES.has((error as Neo4jError).code);
    } finally {
      clearTimeout(timer);
      // Not awaited: closing a session whose query hangs would hang the probe loop with it.
      void session.close().catch(() => undefined);
    }
  };
  const scheduleProbe = () => {
    if (closed) return;
    probe = setTimeout(() => {
      void probeOnce().then((up) => {
        if (up) {
          down = undefined;
          probe = undefined;
          for (const listener of backListeners.get(driver) ?? []) listener();
        } else scheduleProbe();
      });
    }, config.NEO4J_PROBE_INTERVAL_MS);
    // A probe alone must not keep a process (a CLI, a test) alive.
    probe.unref();
  };
  // Transactions under way, each with the means to give up on it: an outage that one request finds fails
  // them all at once, instead of leaving each to wait for a Neo4j that is shutting down or cut off.
  const inFlight = new Set<(error: Neo4jError) => void>();
  const unreachable = (message: string) => new Neo4jError(message, "ServiceUnavailable", "", "");
  const observe = (error: unknown) => {
    const code = (error as Neo4jError | undefined)?.code;
    if (down || closed || !CONNECTION_FAILURES.has(code ?? "")) return;
    down = { since: Date.now(), error: (error as Error).message };
    for (const giveUp of inFlight)
      giveUp(unreachable(`Neo4j at ${neo4jUri(config)} became unreachable while the transaction ran`));
    scheduleProbe();
  };
  type Run = (work: never, txConfig?: { timeout?: number }) => Promise<unknown>;
  const guard = <R extends Run>(run: R, abandon: () => void) => {
    return ((work: never, txConfig?: { timeout?: number }) => {
      let giveUp!: (error: Neo4jError) => void;
      const gaveUp = new Promise<never>((_, reject) => {
        giveUp = (error) => {
          abandon();
          reject(error);
        };
      });
      // Neo4j enforces a transaction's timeout itself, but only while it can answer: past the timeout and
      // a grace, the request stops waiting (a timeout, 408). Whether Neo4j is down or merely slow (a cold
      // one plans for many seconds) a probe says at once: only a probe that gets no answer marks it down.
      const deadline =
        txConfig?.timeout === undefined
          ? undefined
          : setTimeout(() => {
              const ms = txConfig.timeout! + NO_ANSWER_GRACE_MS;
              giveUp(
                new Neo4jError(
                  `Neo4j did not answer within ${ms} ms, past the transaction's timeout`,
                  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                  "",
                  "",
                ),
              );
              void probeOnce().then((up) => {
                if (!up) observe(unreachable(`Neo4j at ${neo4jUri(config)} did not answer for ${ms} ms`));
              });
            }, txConfig.timeout + NO_ANSWER_GRACE_MS);
      inFlight.add(giveUp);
      const result = Promise.race([run(work, txConfig), gaveUp]).finally(() => {
        clearTimeout(deadline);
        inFlight.delete(giveUp);
      });
      result.catch(observe);
      return result;
    }) as R;
  };

  driver.session = (sessionConfig?: SessionConfig) => {
    if (down)
      throw new Neo4jError(
        `Neo4j at ${neo4jUri(config)} is unreachable (since ${new Date(down.since).toISOString()}: ${down.error})`,
        "ServiceUnavailable",
        "",
        "",
      );
    const session = openSession(sessionConfig);
    // A session given up on closes in the background: its connection waits for Neo4j, the request does not.
    let abandoned = false;
    const abandon = () => (abandoned = true);
    const closeSession = session.close.bind(session);
    session.close = () => {
      if (!abandoned) return closeSession();
      void closeSession().catch(() => undefined);
      return Promise.resolve();
    };
    session.executeRead = guard(session.executeRead.bind(session), abandon);
    session.executeWrite = guard(session.executeWrite.bind(session), abandon);
    return session;
  };
  const close = driver.close.bind(driver);
  driver.close = () => {
    closed = true;
    clearTimeout(probe);
    return close();
  };
  availability.set(driver, () =>
    down ? { state: "down", downSince: down.since, error: down.error } : { state: "up" },
  );
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

/** Converts Neo4j values (temporal types, nodes, relationships, paths) into plain JSON values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  // An integer JSON cannot carry exactly (beyond ±2^53) goes as its decimal text, never rounded or null.
  if (neo4j.isInt(value)) {
    const int = value as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (typeof value === "bigint")
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
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
