// GET /api/stats against the seeded graph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson } from "../support/api.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(() => server.close());

describe("GET /api/stats", () => {
  it("reports counts by label and type and the date span", async () => {
    const body = await getJson<{
      labels: Record<string, number>;
      relationships: Record<string, number>;
      dateRange: unknown;
    }>(server, "/api/stats");
    expect(body.labels).toMatchObject({ Actor: 5, Meeting: 2, Incident: 1, Place: 1, Article: 2 });
    expect(body.relationships).toMatchObject({
      PARTICIPATED_IN: 4,
      INVOLVED_IN: 2,
      OCCURRED_AT: 1,
      REPORTED_IN: 4,
    });
    expect(body.dateRange).toEqual({ from: "2021-11-15", to: "2021-11-17" });
  });
});
