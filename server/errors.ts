// One error type, one JSON shape (contract/errors.ts), one middleware. Neo4j errors are mapped to HTTP here.
import type { ErrorRequestHandler } from "express";
import { z } from "zod";
import type { ErrorBody, ErrorCode } from "../contract/errors.ts";

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

interface Neo4jLikeError {
  code?: string;
  message?: string;
  retriable?: boolean;
}

// Neo4j cannot be reached (the driver's own codes) or cannot serve the database right now.
const UNAVAILABLE = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);
// Neo4j is up but has no room for this request now: its memory pool for all transactions, its limit of
// transactions at once, its threads (#22: 32 saved-query runs at once gave MemoryPoolOutOfMemoryError).
const OVERLOADED = new Set([
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.OutOfMemoryError",
  "Neo.TransientError.Transaction.MaximumTransactionLimitReached",
  "Neo.TransientError.Request.NoThreadsAvailable",
  "Neo.TransientError.Request.ResourceExhaustion",
]);
/** Retry-After of an `overloaded` answer from Neo4j, seconds: memory comes back when queries end. */
const NEO4J_OVERLOADED_RETRY_S = 2;

/** Maps a thrown value to an AppError; unknown errors become `internal`. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) {
    const message = error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ");
    return new AppError(400, "bad_request", message, error.issues);
  }
  const neo = error as Neo4jLikeError;
  const code = typeof neo?.code === "string" ? neo.code : "";
  const details = { neo4jCode: code };
  const overloaded = (message: string) =>
    new AppError(503, "overloaded", message, { ...details, retryAfterSeconds: NEO4J_OVERLOADED_RETRY_S });
  // Besides its own codes the driver marks an expired authorization retriable: a new connection is needed.
  if (UNAVAILABLE.has(code) || (neo?.retriable === true && !code.startsWith("Neo.TransientError.")))
    return new AppError(
      503,
      "neo4j_unavailable",
      "Neo4j is unavailable right now; try again shortly.",
      details,
    );
  // Community 5.26 reports one transaction over db.memory.transaction.max with the pool's code; only the
  // message tells it from a full pool, and unlike a full pool a retry would fail again.
  if (
    code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError" &&
    /db\.memory\.transaction\.max\b/.test(neo.message ?? "")
  )
    return new AppError(
      400,
      "bad_request",
      `The query needs more memory than one query may use; ask for less (a smaller limit or range). ${neo.message}`,
      details,
    );
  if (OVERLOADED.has(code))
    return overloaded(`Neo4j is too busy to run this now; try again shortly. ${neo.message}`);
  // The driver's pool had no free connection in time (no code of its own): this server's own load.
  if (neo?.message?.startsWith("Connection acquisition timed out"))
    return overloaded("The server is busy; try again shortly.");
  if (code.startsWith("Neo.")) {
    // The deployment's fault, not the request's: say which setting to fix.
    if (code === "Neo.ClientError.Database.DatabaseNotFound")
      return new AppError(503, "neo4j_unavailable", `${neo.message} (check NEO4J_DATABASE)`, details);
    if (
      code.includes("TransactionTimedOut") ||
      code.includes("Transaction.TransactionTimedOutClientConfiguration")
    )
      return new AppError(408, "query_timeout", `The query ran past its time limit: ${neo.message}`, details);
    // One query needing more memory than one transaction may (db.memory.transaction.max) needs it again
    // when retried: the request must ask for less.
    if (code === "Neo.TransientError.General.TransactionMemoryLimit")
      return new AppError(
        400,
        "bad_request",
        `The query needs more memory than one query may use; ask for less (a smaller limit or range). ${neo.message}`,
        details,
      );
    if (code === "Neo.ClientError.Statement.AccessMode" || code.startsWith("Neo.ClientError.Security"))
      return new AppError(403, "forbidden_query", neo.message ?? code, details);
    if (code.startsWith("Neo.ClientError."))
      return new AppError(400, "bad_request", neo.message ?? code, details);
    // Other transient errors (a deadlock, a lock timeout): Neo4j is up and the same request may pass.
    if (code.startsWith("Neo.TransientError.")) return overloaded(neo.message ?? code);
    // Neo4j failed inside while running this request (a stack overflow on deeply nested input, #16):
    // Neo4j itself is up, and the same request would fail again.
    return new AppError(
      422,
      "bad_request",
      `Neo4j could not run this request: ${neo.message ?? code}`,
      details,
    );
  }
  return new AppError(500, "internal", "Internal error");
}

/** Seconds a client should wait before asking again: the error's own estimate, else 5. */
function retryAfter(error: AppError): number {
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === "number" ? seconds : 5;
}

export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
}

export const errorMiddleware: ErrorRequestHandler = (error, req, res, _next) => {
  // body-parser errors carry a status (413 too large, 400 bad JSON).
  const status = (error as { status?: number; type?: string }).status;
  const appError =
    typeof status === "number" && status >= 400 && status < 500 && !(error instanceof AppError)
      ? new AppError(status, "bad_request", (error as Error).message)
      : toAppError(error);
  if (appError.code === "internal") req.log?.error({ err: error }, "unhandled error");
  // Which Neo4j failure a 503 stands for (MemoryPoolOutOfMemoryError, ServiceUnavailable…): the request
  // line shows only the status.
  const neo4jCode = (appError.details as { neo4jCode?: unknown } | undefined)?.neo4jCode;
  if (appError.status >= 500 && typeof neo4jCode === "string")
    req.log?.warn({ code: appError.code, neo4jCode, message: appError.message }, "neo4j error");
  if (appError.status === 503) res.setHeader("Retry-After", String(retryAfter(appError)));
  res.status(appError.status).json(errorBody(appError));
};
