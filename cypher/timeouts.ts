// How long each kind of Neo4j transaction may run, ms: part of the NEO4J_* environment (cypher/neo4j.ts),
// used by the read/write helpers (cypher/run.ts). The defaults are the values these used to be in code.
import { z } from "zod";

const ms = z.coerce.number().int().min(100).max(3_600_000);

export const Neo4jTimeoutsEnv = z.object({
  /** Reads: the explorer's routes, saved views, verify. */
  NEO4J_READ_TIMEOUT_MS: ms.default(30_000),
  /** Writes: ingest batches, saved queries and views. */
  NEO4J_WRITE_TIMEOUT_MS: ms.default(60_000),
  /** GET /api/health's `RETURN 1`: a Neo4j slower than this counts as down. */
  NEO4J_HEALTH_TIMEOUT_MS: ms.default(2_000),
  /** The response cache's check whether the graph changed (server/response-cache.ts). */
  NEO4J_CACHE_CHECK_TIMEOUT_MS: ms.default(5_000),
  /** Planning a user's saved query (EXPLAIN) before it is stored. */
  NEO4J_PLAN_TIMEOUT_MS: ms.default(5_000),
});
export type Neo4jTimeouts = z.infer<typeof Neo4jTimeoutsEnv>;

/** The defaults, for callers without an environment (tests, benches). */
export const DEFAULT_TIMEOUTS: Neo4jTimeouts = Neo4jTimeoutsEnv.parse({});
