// Runs createApp() on an ephemeral port against the real Neo4j, for HTTP and browser tests.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { Driver } from "neo4j-driver";
import { pino } from "pino";
import { createApp } from "../../server/app.ts";
import { loadConfig, type Config } from "../../server/config.ts";
import { loadExtraction } from "../../ingest/load.ts";
import { seedExtraction } from "../fixtures/seed-extraction.ts";
import { clearGraph, openTestDriver } from "./neo4j.ts";

export interface TestServer {
  url: string;
  driver: Driver;
  config: Config;
  close(): Promise<void>;
}

/**
 * `env` overrides the environment; its NEO4J_URI (a proxy in front of the test Neo4j, say) is where the
 * server's driver connects.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  // Tests write to the graph and read it back at once: every request checks the graph (the freshness
  // window has a test of its own in api-cache.test.ts).
  const config = loadConfig({ ...process.env, LOG_LEVEL: "silent", RESPONSE_CACHE_FRESH_MS: "0", ...env });
  const driver = await openTestDriver(config);
  const app = createApp({ config, driver, log: pino({ level: config.LOG_LEVEL }) });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    driver,
    config,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await driver.close();
    },
  };
}

/** A test server over a graph holding exactly the seed extraction; close() clears it again. */
export async function startSeededServer(env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer(env);
  await clearGraph(server.driver);
  await loadExtraction(server.driver, seedExtraction, { database: server.config.NEO4J_DATABASE });
  const close = server.close.bind(server);
  return {
    ...server,
    async close() {
      await clearGraph(server.driver);
      await close();
    },
  };
}
