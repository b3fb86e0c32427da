// GET /api/search against the seeded graph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson } from "../support/api.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(() => server.close());

describe("GET /api/search", () => {
  it("finds an actor by a prefix of an alias", async () => {
    const body = await getJson<{ results: { id: string; kind: string; label: string }[] }>(
      server,
      "/api/search?q=merk",
    );
    expect(body.results[0]).toMatchObject({ id: "actor:merkel", kind: "actor", label: "Angela Merkel" });
  });

  it("finds places and events too", async () => {
    const body = await getJson<{ results: { id: string; kind: string }[] }>(
      server,
      "/api/search?q=bruzgi&limit=5",
    );
    const kinds = body.results.map((r) => r.kind);
    expect(kinds).toContain("place");
    expect(kinds).toContain("incident");
  });

  it("treats Lucene syntax in the text as plain words", async () => {
    const body = await getJson<{ results: { id: string }[] }>(
      server,
      "/api/search?q=" + encodeURIComponent('merkel") (*:*'),
    );
    // Only Merkel and the two calls she took part in: "*:*" did not match everything.
    expect(body.results.map((r) => r.id).sort()).toEqual([
      "actor:merkel",
      "meeting:m-2021-11-15-call",
      "meeting:m-2021-11-17-call",
    ]);
  });

  it("answers 400 for an empty query", async () => {
    const body = await getJson<{ error: { message: string } }>(server, "/api/search?q=", 400);
    expect(body.error.message).toMatch(/^q:/);
  });
});
