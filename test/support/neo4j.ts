// Test helpers over the real Neo4j: a driver from the environment, schema applied, data cleared.
import type { Driver } from "neo4j-driver";
import { applySchema, createDriver, loadNeo4jConfig, writeTx } from "../../cypher/neo4j.ts";

export const testConfig = loadNeo4jConfig();

export async function openTestDriver(): Promise<Driver> {
  const driver = createDriver(testConfig);
  await driver.verifyConnectivity();
  await applySchema(driver, testConfig.NEO4J_DATABASE);
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
