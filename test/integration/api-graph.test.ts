// GET /api/graph against the seeded graph: the whole graph, neighbourhoods, filters and errors (the
// per-node cap over a hub has its own seed: api-graph-cap.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, nodeIds, edges, type Elements } from "../support/api.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(() => server.close());

describe("GET /api/graph", () => {
  it("returns the whole graph as Cytoscape elements", async () => {
    const body = (await (await fetch(`${server.url}/api/graph`)).json()) as Elements;
    const ids = body.elements.filter((e) => e.group === "nodes").map((e) => e.data.id);
    expect(ids).toEqual(
      expect.arrayContaining(["actor:lukashenko", "actor:merkel", "place:bruzgi-border-crossing"]),
    );
    expect(body.truncated).toBe(false);
  });

  it("returns the neighbourhood of one actor", async () => {
    const body = (await (
      await fetch(`${server.url}/api/graph?center=actor:merkel&depth=1`)
    ).json()) as Elements;
    const nodes = body.elements.filter((e) => e.group === "nodes").map((e) => e.data.id);
    expect(nodes.sort()).toEqual([
      "actor:lukashenko",
      "actor:merkel",
      "meeting:m-2021-11-15-call",
      "meeting:m-2021-11-17-call",
    ]);
    const edges = body.elements.filter((e) => e.group === "edges");
    expect(edges).toHaveLength(4);
    expect(edges.every((e) => e.data.type === "PARTICIPATED_IN")).toBe(true);
  });

  it("says the result was cut when it hits the limit", async () => {
    const body = (await (await fetch(`${server.url}/api/graph?limit=2`)).json()) as Elements;
    expect(body.truncated).toBe(true);
  });

  it("answers 400 with the error shape when depth is 4", async () => {
    const res = await fetch(`${server.url}/api/graph?center=actor:merkel&depth=4`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toMatch(/^depth:/);
  });

  it("answers 404 for an unknown centre", async () => {
    const res = await fetch(`${server.url}/api/graph?center=actor:nobody`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("answers 404 in the error shape for an unknown API route", async () => {
    const res = await fetch(`${server.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});

describe("GET /api/graph filters", () => {
  it("keeps only events in the date range", async () => {
    const body = await getJson<Elements>(
      server,
      "/api/graph?center=actor:merkel&from=2021-11-16&to=2021-11-17",
    );
    expect(nodeIds(body)).toEqual(["actor:lukashenko", "actor:merkel", "meeting:m-2021-11-17-call"]);
  });

  it("filters by event code", async () => {
    const body = await getJson<Elements>(server, "/api/graph?codes=190");
    expect(nodeIds(body).filter((id) => !id.startsWith("actor:"))).toEqual([
      "incident:i-2021-11-16-bruzgi",
      "place:bruzgi-border-crossing",
    ]);
  });

  it("filters by the number of independent sources", async () => {
    const body = await getJson<Elements>(server, "/api/graph?minSources=2");
    expect(nodeIds(body).filter((id) => id.startsWith("meeting:") || id.startsWith("incident:"))).toEqual([
      "incident:i-2021-11-16-bruzgi",
    ]);
  });

  it("filters by node kind and relationship type", async () => {
    const body = await getJson<Elements>(server, "/api/graph?kinds=actor,incident&rels=INVOLVED_IN");
    expect(nodeIds(body).some((id) => id.startsWith("meeting:") || id.startsWith("place:"))).toBe(false);
    expect(new Set(edges(body).map((e) => e.type))).toEqual(new Set(["INVOLVED_IN"]));
  });

  it("walks two actor-to-actor steps at depth 2", async () => {
    const one = await getJson<Elements>(server, "/api/graph?center=place:bruzgi-border-crossing&depth=1");
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
    const body = await getJson<Elements>(server, "/api/graph?center=actor:lappo,actor:merkel");
    expect(nodeIds(body)).toContain("actor:lappo");
    expect(nodeIds(body)).toContain("meeting:m-2021-11-15-call");
  });

  it("collapses meetings into one weighted edge per pair in the who-met-whom view", async () => {
    const body = await getJson<Elements>(server, "/api/graph?view=whomet");
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
    const body = await getJson<{ error: { message: string } }>(
      server,
      "/api/graph?from=2021-12-01&to=2021-11-01",
      400,
    );
    expect(body.error.message).toMatch(/from must not be after to/);
  });

  it("answers 400 for an unknown kind", async () => {
    await getJson(server, "/api/graph?kinds=actor,spaceship", 400);
  });
});
