// The API over a routing URI (neo4j://, as for Aura and clusters) and with NEO4J_DATABASE chosen:
// the same real server, reached the way those deployments reach theirs.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver, neo4jUri } from "../../cypher/neo4j.ts";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { loadExtraction } from "../../ingest/load.ts";
import { seedExtraction } from "../fixtures/seed-extraction.ts";
import { clearGraph, openTestDriver, testConfig } from "../support/neo4j.ts";

// The test server's own address with the routing scheme.
const routingUri = neo4jUri(testConfig).replace(/^bolt/, "neo4j");

async function serve(env: Record<string, string>) {
  const config = loadConfig({ ...process.env, LOG_LEVEL: "silent", ...env });
  const driver = createDriver(config);
  const app = createApp({ config, driver, log: pino({ level: "silent" }) });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await driver.close();
    },
  };
}

beforeAll(async () => {
  const driver = await openTestDriver();
  await clearGraph(driver);
  await loadExtraction(driver, seedExtraction, { database: testConfig.NEO4J_DATABASE });
  await driver.close();
});

afterAll(async () => {
  const driver = await openTestDriver();
  await clearGraph(driver);
  await driver.close();
});

describe("connection settings", () => {
  it("serves search, graph and ad-hoc Cypher over a neo4j:// routing URI", async () => {
    const api = await serve({ NEO4J_URI: routingUri, NEO4J_DATABASE: "neo4j" });
    try {
      const health = await fetch(`${api.url}/api/health`);
      expect(health.status).toBe(200);
      const search = (await (await fetch(`${api.url}/api/search?q=Merkel`)).json()) as {
        results: { id: string }[];
      };
      expect(search.results.map((r) => r.id)).toContain("actor:merkel");
      const graph = await fetch(`${api.url}/api/graph?center=actor:merkel`);
      expect(graph.status).toBe(200);
      // Reads are routed to a reader; a READ transaction on the routing driver still runs.
      const cypher = await fetch(`${api.url}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "MATCH (a:Actor) RETURN count(a) AS n" }),
      });
      expect(cypher.status).toBe(200);
      expect(((await cypher.json()) as { rows: { n: number }[] }).rows[0]!.n).toBeGreaterThan(0);
    } finally {
      await api.close();
    }
  });

  it("reads the database NEO4J_DATABASE names, and says so when it does not exist", async () => {
    const api = await serve({ NEO4J_URI: routingUri, NEO4J_DATABASE: "nosuchdb" });
    try {
      const health = await fetch(`${api.url}/api/health`);
      expect(health.status).toBe(503);
      expect(((await health.json()) as { neo4j: { error: string } }).neo4j.error).toMatch(/nosuchdb/i);
      const search = await fetch(`${api.url}/api/search?q=Merkel`);
      expect(search.status).toBe(503);
      const body = (await search.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("neo4j_unavailable");
      expect(body.error.message).toMatch(/'nosuchdb'.*check NEO4J_DATABASE/);
    } finally {
      await api.close();
    }
  });
});
