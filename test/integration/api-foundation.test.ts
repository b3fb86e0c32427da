import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSeededServer, type TestServer } from "../support/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(() => server.close());

interface Elements {
  elements: { group: string; data: Record<string, string> }[];
  truncated: boolean;
}

describe("GET /api/health", () => {
  it("reports Neo4j reachable", async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", neo4j: { reachable: true } });
  });
});

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
