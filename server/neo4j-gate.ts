// Issue #16: while the driver knows Neo4j is unreachable, a request that needs it is answered 503
// `neo4j_unavailable` (with Retry-After, by the error middleware) before the response cache, the queue
// and the route's own work: during an outage every connection retries in a loop, and each refusal must
// cost next to nothing for the 503s to stay fast.
import type { RequestHandler } from "express";
import type { Driver } from "neo4j-driver";
import { neo4jAvailability } from "../cypher/neo4j.ts";
import { AppError } from "./errors.ts";

export function failFastWhileNeo4jDown(driver: Driver): RequestHandler {
  return (_req, _res, next) => {
    const known = neo4jAvailability(driver);
    if (known.state === "up") return next();
    // The answer a driver's ServiceUnavailable gets from the error middleware, made directly: a
    // Neo4jError costs more to build, and the request never reached Neo4j.
    next(
      new AppError(503, "neo4j_unavailable", "Neo4j is unavailable right now; try again shortly.", {
        neo4jCode: "ServiceUnavailable",
        downSince: new Date(known.downSince!).toISOString(),
      }),
    );
  };
}
