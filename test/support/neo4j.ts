// Test helpers over the real Neo4j: a driver from the environment, schema applied, data cleared.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createDriver, loadNeo4jConfig, type Neo4jConfig } from "../../cypher/neo4j.ts";
import { applySchema, writeTx } from "../../cypher/run.ts";

export const testConfig = loadNeo4jConfig();

/** A driver to the test Neo4j (or to where `config` points, e.g. through a proxy), schema applied. */
export async function openTestDriver(config: Neo4jConfig = testConfig): Promise<Driver> {
  const driver = createDriver(config);
  await driver.verifyConnectivity();
  await applySchema(driver, config.NEO4J_DATABASE);
  return driver;
}

/** Deletes every node and relationship (the schema stays). */
export async function clearGraph(driver: Driver): Promise<void> {
  await writeTx(driver, testConfig.NEO4J_DATABASE, (tx) => tx.run("MATCH (n) DETACH DELETE n"));
}

export async function countNodes(driver: Driver): Promise<Record<string, number>> {
  const session = driver.session({ database: testConfig.NEO4J_DATABASE });
  try {
    const result = await session.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n");
    return Object.fromEntries(result.records.map((r) => [r.get("label") as string, r.get("n") as number]));
  } finally {
    await session.close();
  }
}

/**
 * For a test file that owns the graph: opens a driver before its tests, empties the graph before each
 * one and at the end. Returns a getter, since the driver exists only once beforeAll has run.
 */
export function useEmptyGraph(): () => Driver {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = await openTestDriver();
  });
  afterAll(async () => {
    if (!driver) return;
    await clearGraph(driver);
    await driver.close();
  });
  beforeEach(() => clearGraph(driver!));
  return () => driver!;
}
