// GET /api/paths against the seeded graph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, type Elements } from "../support/api.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(() => server.close());

describe("GET /api/paths", () => {
  it("returns the shortest paths between two actors through their meetings", async () => {
    const body = await getJson<Elements & { paths: string[][] }>(
      server,
      "/api/paths?from=actor:lukashenko&to=merkel",
    );
    expect(body.paths).toHaveLength(2);
    for (const path of body.paths) {
      expect(path[0]).toBe("actor:lukashenko");
      expect(path[1]).toMatch(/^meeting:/);
      expect(path[2]).toBe("actor:merkel");
    }
  });

  it("returns no path between actors that never met", async () => {
    const body = await getJson<{ paths: unknown[] }>(server, "/api/paths?from=lappo&to=merkel");
    expect(body.paths).toEqual([]);
  });

  it("answers 404 for an unknown actor", async () => {
    await getJson(server, "/api/paths?from=lukashenko&to=nobody", 404);
  });
});
