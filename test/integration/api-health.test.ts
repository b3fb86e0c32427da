// GET /api/health against a reachable Neo4j (an unreachable one: api-neo4j-outage.test.ts and
// api-operations.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSeededServer, type TestServer } from "../support/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(() => server.close());

describe("GET /api/health", () => {
  it("reports Neo4j reachable", async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", neo4j: { reachable: true } });
  });
});
