// GET /api/nodes/:id against the seeded graph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedArticles, seedExtraction } from "../fixtures/seed-extraction.ts";
import { getJson } from "../support/api.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(() => server.close());

describe("GET /api/nodes/:id", () => {
  it("returns an actor with its meetings in date order and their provenance", async () => {
    const body = await getJson<{
      node: { id: string; kind: string; subtype: string; label: string };
      meetings: {
        id: string;
        date: string;
        kind: string;
        participants: { id: string }[];
        sources: { article: string; quote: string; source: string }[];
      }[];
      incidents: unknown[];
    }>(server, "/api/nodes/actor:merkel");
    expect(body.node).toMatchObject({
      id: "actor:merkel",
      kind: "actor",
      subtype: "person",
      label: "Angela Merkel",
    });
    expect(body.meetings.map((m) => m.date)).toEqual(["2021-11-15", "2021-11-17"]);
    expect(body.meetings[0]!.participants.map((p) => p.id).sort()).toEqual([
      "actor:lukashenko",
      "actor:merkel",
    ]);
    expect(body.meetings[0]!.sources[0]).toMatchObject({
      article: seedArticles.a1.article.id,
      slug: "a1",
      source: "TASS",
      quote: seedExtraction.meetings[0]!.sources[0]!.quote,
    });
    expect(body.incidents).toEqual([]);
  });

  it("returns an incident with its place, actors and every reporting article", async () => {
    const body = await getJson<{
      incidents: { place: string; actors: { id: string }[] }[];
      sources: { article: string }[];
    }>(server, "/api/nodes/incident:i-2021-11-16-bruzgi");
    expect(body.incidents[0]!.place).toBe("Bruzgi border crossing");
    expect(body.incidents[0]!.actors.map((a) => a.id)).toEqual(["actor:migrants", "actor:polish-police"]);
    expect(body.sources.map((s) => s.article)).toEqual([
      seedArticles.a1.article.id,
      seedArticles.a2.article.id,
    ]);
  });

  it("answers 404 for an unknown node and 400 for a malformed id", async () => {
    await getJson(server, "/api/nodes/actor:nobody", 404);
    await getJson(server, "/api/nodes/spaceship:x", 400);
  });
});
