// Neo4j's own limits, the defence beside the guard (#16): Community 5.26 honours the per-transaction
// memory limit, the pool for all transactions and client timeouts the launcher and compose file set.
import { readFileSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDriver, testConfig } from "../support/neo4j.ts";

let driver: Driver;
beforeAll(async () => {
  driver = await openTestDriver();
});
afterAll(() => driver.close());

async function neo4jAnswers(): Promise<boolean> {
  const session = driver.session({ database: testConfig.NEO4J_DATABASE });
  try {
    return Number((await session.run("RETURN 1 AS one")).records[0]?.get("one")) === 1;
  } finally {
    await session.close();
  }
}

/** Runs a query in its own READ transaction and gives back Neo4j's error code, or "ok". */
async function failureOf(query: string, timeoutMs = 20_000): Promise<{ code: string; message: string }> {
  const session = driver.session({ database: testConfig.NEO4J_DATABASE, defaultAccessMode: "READ" });
  const tx = session.beginTransaction({ timeout: timeoutMs });
  try {
    await tx.run(query);
    return { code: "ok", message: "" };
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
}

describe.skipIf(Boolean(testConfig.NEO4J_URI))("the local Neo4j's limits", () => {
  it("runs with the memory, time and transaction limits scripts/neo4j.ts writes", async () => {
    const launcher = readFileSync("scripts/neo4j.ts", "utf8");
    const session = driver.session({ database: testConfig.NEO4J_DATABASE });
    try {
      const result = await session.run(
        `SHOW SETTINGS YIELD name, value
         WHERE name IN ['db.memory.transaction.max', 'dbms.memory.transaction.total.max',
                        'db.transaction.timeout', 'db.transaction.concurrent.maximum']
         RETURN name, value`,
      );
      const settings = Object.fromEntries(result.records.map((r) => [r.get("name"), r.get("value")]));
      expect(settings).toEqual({
        "db.memory.transaction.max": "128.00MiB",
        "dbms.memory.transaction.total.max": "256.00MiB",
        "db.transaction.timeout": "30s",
        "db.transaction.concurrent.maximum": "200",
      });
      expect(launcher).toContain('"db.memory.transaction.max=128m"');
    } finally {
      await session.close();
    }
  });

  it("stops one query over 128 MiB with a memory error and stays up", async () => {
    const failure = await failureOf(
      "UNWIND range(1, 2000000) AS i WITH collect(toString(i) + '-padding-padding-padding') AS l RETURN size(l)",
    );
    expect(failure.code).toMatch(/MemoryPoolOutOfMemoryError|TransactionMemoryLimit/);
    expect(failure.message).toMatch(/db\.memory\.transaction\.max/);
    expect(await neo4jAnswers()).toBe(true);
  });

  it("stops a long row-by-row query at the client's timeout and stays up", async () => {
    const started = Date.now();
    const failure = await failureOf(
      "UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 RETURN count(i)",
      500,
    );
    expect(failure.code).toMatch(/TransactionTimedOut/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await neo4jAnswers()).toBe(true);
  });
});
