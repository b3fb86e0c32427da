// GET /api/timeline against the seeded graph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson } from "../support/api.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(() => server.close());

describe("GET /api/timeline", () => {
  it("counts meetings and incidents per day", async () => {
    const body = await getJson<{ days: unknown[] }>(server, "/api/timeline");
    expect(body.days).toEqual([
      { date: "2021-11-15", meetings: 1, incidents: 0 },
      { date: "2021-11-16", meetings: 0, incidents: 1 },
      { date: "2021-11-17", meetings: 1, incidents: 0 },
    ]);
  });

  it("narrows the timeline to one actor and a range", async () => {
    const body = await getJson<{ days: { date: string }[] }>(
      server,
      "/api/timeline?actor=actor:merkel&from=2021-11-16",
    );
    expect(body.days.map((d) => d.date)).toEqual(["2021-11-17"]);
  });
});
