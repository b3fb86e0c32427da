// Issue #16: while the driver knows Neo4j is unreachable, a request that needs it is answered 503
// `neo4j_unavailable` (with Retry-After, by the error middleware) before the response cache, the queue
// and the route's own work: during an outage every connection retries in a loop, and each refusal must
// cost next to nothing for the 503s to stay fast.
import type { RequestHandler } from "express";
import { Neo4jError, type Driver } from "neo4j-driver";
import { neo4jAvailability } from "../cypher/neo4j.ts";

export function failFastWhileNeo4jDown(driver: Driver): RequestHandler {
  return (_req, _res, next) => {
    const known = neo4jAvailability(driver);
    if (known.state === "up") return next();
    next(
      new Neo4jError(
        `Neo4j is unreachable (since ${new Date(known.downSince!).toISOString()}: ${known.error})`,
        "ServiceUnavailable",
        "",
        "",
      ),
    );
  };
}
