import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadNeo4jConfig } from "../../cypher/neo4j.ts";
import { start, status } from "../../scripts/neo4j.ts";

let blocker: Server;
let busyPort: number;

beforeAll(async () => {
  blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  busyPort = (blocker.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

const quiet = () => {};

describe("the local Neo4j launcher", () => {
  it("refuses a busy port with the way out", async () => {
    const config = loadNeo4jConfig({ NEO4J_BOLT_PORT: String(busyPort), NEO4J_HTTP_PORT: String(busyPort) });
    await expect(start(config, quiet)).rejects.toThrow(
      new RegExp(`Port ${busyPort} on 127.0.0.1 is already in use.*NEO4J_URI.*docker compose up`),
    );
  });

  it("starts nothing when NEO4J_URI is set", async () => {
    const config = loadNeo4jConfig({ NEO4J_URI: "bolt://127.0.0.1:9" });
    expect(await start(config, quiet)).toEqual({ uri: "bolt://127.0.0.1:9", started: false });
  });

  it("reports the server the tests run against as running", async () => {
    expect(await status(loadNeo4jConfig(), quiet)).toBe(true);
  });
});
