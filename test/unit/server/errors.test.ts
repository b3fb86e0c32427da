// Neo4j's failures mapped to HTTP: only a database that cannot be reached is `neo4j_unavailable`; one that
// is up but busy (its memory pool for all transactions full, #22) is `overloaded`.
import { describe, expect, it } from "vitest";
import { toAppError } from "../../../server/errors.ts";

/** A thrown value shaped like the driver's Neo4jError. */
function neo4jError(code: string, message = "…", retriable = code.includes("TransientError")): Error {
  return Object.assign(new Error(message), { code, retriable });
}

describe("toAppError", () => {
  it("answers Neo4j's full memory pool with 503 overloaded, keeping neo4j_unavailable for an unreachable one", () => {
    const error = toAppError(
      neo4jError(
        "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
        "The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB. Currently using 256.0 MiB. dbms.memory.transaction.total.max threshold reached",
      ),
    );
    expect([error.status, error.code]).toEqual([503, "overloaded"]);
    expect(error.message).toMatch(/dbms\.memory\.transaction\.total\.max/);
    expect(error.details).toMatchObject({
      neo4jCode: "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
      retryAfterSeconds: expect.any(Number),
    });
    for (const code of [
      "ServiceUnavailable",
      "SessionExpired",
      "Neo.TransientError.General.DatabaseUnavailable",
    ])
      expect(toAppError(neo4jError(code, "…", true)), code).toMatchObject({
        status: 503,
        code: "neo4j_unavailable",
      });
  });

  it.each([
    "Neo.TransientError.Transaction.MaximumTransactionLimitReached",
    "Neo.TransientError.Transaction.DeadlockDetected",
    "Neo.TransientError.Transaction.LockAcquisitionTimeout",
  ])("answers %s with 503 overloaded", (code) => {
    expect(toAppError(neo4jError(code))).toMatchObject({ status: 503, code: "overloaded" });
  });

  it("answers a full driver pool with 503 overloaded", () => {
    const error = toAppError(
      neo4jError("N/A", "Connection acquisition timed out in 10000 ms. Pool status: …", false),
    );
    expect(error).toMatchObject({ status: 503, code: "overloaded" });
  });

  it("answers one query over the per-transaction memory limit with 400: asking again would fail again", () => {
    const error = toAppError(neo4jError("Neo.TransientError.General.TransactionMemoryLimit"));
    expect(error).toMatchObject({ status: 400, code: "bad_request" });
  });
});

describe("unknown Neo4j errors (#16)", () => {
  it.each([
    "Neo.DatabaseError.Statement.ExecutionFailed",
    "Neo.DatabaseError.General.UnknownError",
    "Neo.DatabaseError.Transaction.TransactionCommitFailed",
  ])("answers %s with 422 bad_request, not 500 or 503", (code) => {
    const error = toAppError(neo4jError(code, "java.lang.StackOverflowError"));
    expect([error.status, error.code]).toEqual([422, "bad_request"]);
    expect(error.message).toMatch(/StackOverflowError/);
    expect(error.details).toMatchObject({ neo4jCode: code });
  });
});

describe("one query over its own memory limit (#16)", () => {
  it("answers 400 when Neo4j names db.memory.transaction.max, which a retry would hit again", () => {
    const error = toAppError(
      neo4jError(
        "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
        "The allocation of an extra 2.0 MiB would use more than the limit 128.0 MiB. Currently using 126.9 MiB. db.memory.transaction.max threshold reached",
      ),
    );
    expect([error.status, error.code]).toEqual([400, "bad_request"]);
    expect(error.message).toMatch(/more memory than one query may use/);
  });
});
