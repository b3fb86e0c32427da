// One error type, one JSON shape, one middleware. Neo4j errors are mapped to HTTP here.
import type { ErrorRequestHandler } from "express";
import { z } from "zod";

/** The closed list of error codes; the OpenAPI document's enum is this list. `unauthorized`: no or a wrong
 * token (401); `disabled`: a route the server's configuration turns off, e.g. writes without API_TOKEN (403). */
export const ERROR_CODES = [
  "bad_request",
  "not_found",
  "forbidden_query",
  "query_timeout",
  "neo4j_unavailable",
  "unauthorized",
  "disabled",
  "rate_limited",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

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

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

interface Neo4jLikeError {
  code?: string;
  message?: string;
  retriable?: boolean;
}

/** Maps a thrown value to an AppError; unknown errors become `internal`. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) {
    const message = error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ");
    return new AppError(400, "bad_request", message, error.issues);
  }
  const neo = error as Neo4jLikeError;
  const code = typeof neo?.code === "string" ? neo.code : "";
  if (code === "ServiceUnavailable" || code === "SessionExpired" || neo?.retriable === true) {
    return new AppError(503, "neo4j_unavailable", "Neo4j is unavailable right now; try again shortly.", {
      neo4jCode: code,
    });
  }
  if (code.startsWith("Neo.")) {
    const details = { neo4jCode: code };
    // The deployment's fault, not the request's: say which setting to fix.
    if (code === "Neo.ClientError.Database.DatabaseNotFound")
      return new AppError(503, "neo4j_unavailable", `${neo.message} (check NEO4J_DATABASE)`, details);
    if (
      code.includes("TransactionTimedOut") ||
      code.includes("Transaction.TransactionTimedOutClientConfiguration")
    )
      return new AppError(408, "query_timeout", `The query ran past its time limit: ${neo.message}`, details);
    if (code === "Neo.ClientError.Statement.AccessMode" || code.startsWith("Neo.ClientError.Security"))
      return new AppError(403, "forbidden_query", neo.message ?? code, details);
    if (code.startsWith("Neo.ClientError."))
      return new AppError(400, "bad_request", neo.message ?? code, details);
    if (code.startsWith("Neo.TransientError."))
      return new AppError(503, "neo4j_unavailable", neo.message ?? code, details);
  }
  return new AppError(500, "internal", "Internal error");
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
  if (appError.status === 503) res.setHeader("Retry-After", "5");
  res.status(appError.status).json(errorBody(appError));
};
