import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedArticles, seedExtraction } from "../fixtures/seed-extraction.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(() => server.close());

async function get<T>(path: string, status = 200): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status, `${path} → ${res.status}`).toBe(status);
  return (await res.json()) as T;
}

type Elements = { elements: { group: string; data: Record<string, unknown> }[]; truncated: boolean };
const nodeIds = (b: Elements) =>
  b.elements
    .filter((e) => e.group === "nodes")
    .map((e) => e.data.id as string)
    .sort();
const edges = (b: Elements) => b.elements.filter((e) => e.group === "edges").map((e) => e.data);

describe("GET /api/search", () => {
  it("finds an actor by a prefix of an alias", async () => {
    const body = await get<{ results: { id: string; kind: string; label: string }[] }>("/api/search?q=merk");
    expect(body.results[0]).toMatchObject({ id: "actor:merkel", kind: "actor", label: "Angela Merkel" });
  });

  it("finds places and events too", async () => {
    const body = await get<{ results: { id: string; kind: string }[] }>("/api/search?q=bruzgi&limit=5");
    const kinds = body.results.map((r) => r.kind);
    expect(kinds).toContain("place");
    expect(kinds).toContain("incident");
  });

  it("treats Lucene syntax in the text as plain words", async () => {
    const body = await get<{ results: { id: string }[] }>(
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
    const body = await get<{ error: { message: string } }>("/api/search?q=", 400);
    expect(body.error.message).toMatch(/^q:/);
  });
});

describe("GET /api/graph filters", () => {
  it("keeps only events in the date range", async () => {
    const body = await get<Elements>("/api/graph?center=actor:merkel&from=2021-11-16&to=2021-11-17");
    expect(nodeIds(body)).toEqual(["actor:lukashenko", "actor:merkel", "meeting:m-2021-11-17-call"]);
  });

  it("filters by event code", async () => {
    const body = await get<Elements>("/api/graph?codes=190");
    expect(nodeIds(body).filter((id) => !id.startsWith("actor:"))).toEqual([
      "incident:i-2021-11-16-bruzgi",
      "place:bruzgi-border-crossing",
    ]);
  });

  it("filters by the number of independent sources", async () => {
    const body = await get<Elements>("/api/graph?minSources=2");
    expect(nodeIds(body).filter((id) => id.startsWith("meeting:") || id.startsWith("incident:"))).toEqual([
      "incident:i-2021-11-16-bruzgi",
    ]);
  });

  it("filters by node kind and relationship type", async () => {
    const body = await get<Elements>("/api/graph?kinds=actor,incident&rels=INVOLVED_IN");
    expect(nodeIds(body).some((id) => id.startsWith("meeting:") || id.startsWith("place:"))).toBe(false);
    expect(new Set(edges(body).map((e) => e.type))).toEqual(new Set(["INVOLVED_IN"]));
  });

  it("walks two actor-to-actor steps at depth 2", async () => {
    const one = await get<Elements>("/api/graph?center=place:bruzgi-border-crossing&depth=1");
    expect(nodeIds(one)).toEqual(
      [
        "actor:migrants",
        "actor:polish-police",
        "incident:i-2021-11-16-bruzgi",
        "place:bruzgi-border-crossing",
      ].sort(),
    );
  });

  it("accepts several centres", async () => {
    const body = await get<Elements>("/api/graph?center=actor:lappo,actor:merkel");
    expect(nodeIds(body)).toContain("actor:lappo");
    expect(nodeIds(body)).toContain("meeting:m-2021-11-15-call");
  });

  it("collapses meetings into one weighted edge per pair in the who-met-whom view", async () => {
    const body = await get<Elements>("/api/graph?view=whomet");
    expect(nodeIds(body).every((id) => id.startsWith("actor:"))).toBe(true);
    const met = edges(body);
    expect(met).toHaveLength(1);
    expect(met[0]).toMatchObject({
      type: "MET",
      source: "actor:lukashenko",
      target: "actor:merkel",
      weight: 2,
      sources: 1,
      firstDate: "2021-11-15",
      lastDate: "2021-11-17",
    });
    expect(met[0]!.meetings).toEqual(["meeting:m-2021-11-15-call", "meeting:m-2021-11-17-call"]);
  });

  it("answers 400 when from is after to", async () => {
    const body = await get<{ error: { message: string } }>("/api/graph?from=2021-12-01&to=2021-11-01", 400);
    expect(body.error.message).toMatch(/from must not be after to/);
  });

  it("answers 400 for an unknown kind", async () => {
    await get("/api/graph?kinds=actor,spaceship", 400);
  });
});

describe("GET /api/nodes/:id", () => {
  it("returns an actor with its meetings in date order and their provenance", async () => {
    const body = await get<{
      node: { id: string; kind: string; subtype: string; label: string };
      meetings: {
        id: string;
        date: string;
        kind: string;
        participants: { id: string }[];
        sources: { article: string; quote: string; source: string }[];
      }[];
      incidents: unknown[];
    }>("/api/nodes/actor:merkel");
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
    const body = await get<{
      incidents: { place: string; actors: { id: string }[] }[];
      sources: { article: string }[];
    }>("/api/nodes/incident:i-2021-11-16-bruzgi");
    expect(body.incidents[0]!.place).toBe("Bruzgi border crossing");
    expect(body.incidents[0]!.actors.map((a) => a.id)).toEqual(["actor:migrants", "actor:polish-police"]);
    expect(body.sources.map((s) => s.article)).toEqual([
      seedArticles.a1.article.id,
      seedArticles.a2.article.id,
    ]);
  });

  it("answers 404 for an unknown node and 400 for a malformed id", async () => {
    await get("/api/nodes/actor:nobody", 404);
    await get("/api/nodes/spaceship:x", 400);
  });
});

describe("GET /api/paths", () => {
  it("returns the shortest paths between two actors through their meetings", async () => {
    const body = await get<Elements & { paths: string[][] }>("/api/paths?from=actor:lukashenko&to=merkel");
    expect(body.paths).toHaveLength(2);
    for (const path of body.paths) {
      expect(path[0]).toBe("actor:lukashenko");
      expect(path[1]).toMatch(/^meeting:/);
      expect(path[2]).toBe("actor:merkel");
    }
  });

  it("returns no path between actors that never met", async () => {
    const body = await get<{ paths: unknown[] }>("/api/paths?from=lappo&to=merkel");
    expect(body.paths).toEqual([]);
  });

  it("answers 404 for an unknown actor", async () => {
    await get("/api/paths?from=lukashenko&to=nobody", 404);
  });
});

describe("GET /api/timeline and /api/stats", () => {
  it("counts meetings and incidents per day", async () => {
    const body = await get<{ days: unknown[] }>("/api/timeline");
    expect(body.days).toEqual([
      { date: "2021-11-15", meetings: 1, incidents: 0 },
      { date: "2021-11-16", meetings: 0, incidents: 1 },
      { date: "2021-11-17", meetings: 1, incidents: 0 },
    ]);
  });

  it("groups the timeline by ISO week, month or year: each bin dated by its first day", async () => {
    // 15–17 November 2021: Monday to Wednesday of one week.
    expect((await get<{ days: unknown[] }>("/api/timeline?bin=week")).days).toEqual([
      { date: "2021-11-15", meetings: 2, incidents: 1 },
    ]);
    expect((await get<{ days: unknown[] }>("/api/timeline?bin=month&from=2021-11-16")).days).toEqual([
      { date: "2021-11-01", meetings: 1, incidents: 1 },
    ]);
    expect((await get<{ days: unknown[] }>("/api/timeline?bin=year")).days).toEqual([
      { date: "2021-01-01", meetings: 2, incidents: 1 },
    ]);
    expect((await get<{ days: unknown[] }>("/api/timeline?bin=day")).days).toHaveLength(3);
  });

  it("refuses an unknown bin, naming the field", async () => {
    const body = await get<{ error: { code: string; message: string } }>("/api/timeline?bin=fortnight", 400);
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toContain("bin");
  });

  it("narrows the timeline to one actor and a range", async () => {
    const body = await get<{ days: { date: string }[] }>("/api/timeline?actor=actor:merkel&from=2021-11-16");
    expect(body.days.map((d) => d.date)).toEqual(["2021-11-17"]);
  });

  it("reports counts by label and type and the date span", async () => {
    const body = await get<{
      labels: Record<string, number>;
      relationships: Record<string, number>;
      dateRange: unknown;
    }>("/api/stats");
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
