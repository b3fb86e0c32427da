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

  it("groups the timeline by ISO week, month or year: each bin dated by its first day", async () => {
    const days = async (path: string) => (await getJson<{ days: unknown[] }>(server, path)).days;
    // 15–17 November 2021: Monday to Wednesday of one week.
    expect(await days("/api/timeline?bin=week")).toEqual([{ date: "2021-11-15", meetings: 2, incidents: 1 }]);
    expect(await days("/api/timeline?bin=month&from=2021-11-16")).toEqual([
      { date: "2021-11-01", meetings: 1, incidents: 1 },
    ]);
    expect(await days("/api/timeline?bin=year")).toEqual([{ date: "2021-01-01", meetings: 2, incidents: 1 }]);
    expect(await days("/api/timeline?bin=day")).toHaveLength(3);
  });

  it("refuses an unknown bin, naming the field", async () => {
    const body = await getJson<{ error: { code: string; message: string } }>(
      server,
      "/api/timeline?bin=fortnight",
      400,
    );
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toContain("bin");
  });

  it("narrows the timeline to one actor and a range", async () => {
    const body = await getJson<{ days: { date: string }[] }>(
      server,
      "/api/timeline?actor=actor:merkel&from=2021-11-16",
    );
    expect(body.days.map((d) => d.date)).toEqual(["2021-11-17"]);
  });
});
