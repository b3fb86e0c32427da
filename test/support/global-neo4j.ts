// Starts the local Neo4j for the test run (unless NEO4J_URI is set) and stops it afterwards if it
// started it. Neo4j unreachable fails the run: nothing is skipped.
import { loadNeo4jConfig } from "../../cypher/neo4j.ts";
import { start, status, stop } from "../../scripts/neo4j.ts";

let startedHere = false;

export async function setup(): Promise<void> {
  const config = loadNeo4jConfig();
  const result = await start(config, (msg) => console.log(`[neo4j] ${msg}`));
  startedHere = result.started;
  // A server given by NEO4J_URI that does not answer fails the whole run at once, with its address.
  if (!(await status(config, (msg) => console.log(`[neo4j] ${msg}`)))) {
    throw new Error(
      `Neo4j at ${result.uri} does not answer: the integration and e2e tests need a real server.`,
    );
  }
}

export async function teardown(): Promise<void> {
  if (startedHere && !process.env.KEEP_NEO4J)
    await stop(loadNeo4jConfig(), (msg) => console.log(`[neo4j] ${msg}`));
}
