// The response cache of the exploration routes (server/response-cache.ts) against the real Neo4j: a
// repeated request is answered from memory with the same body, and any write to the graph (new nodes, a
// changed property, a deletion) is seen by the very next request with RESPONSE_CACHE_FRESH_MS=0, or
// once that window has passed.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { writeTx } from "../../cypher/run.ts";
import { startSeededServer, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;

beforeAll(async () => {
  // Every request checks the graph: a write is seen by the very next one.
  server = await startSeededServer({ RESPONSE_CACHE_FRESH_MS: "0" });
});
afterAll(async () => {
  await server.close();
});

async function get(
  path: string,
  on = server,
): Promise<{ status: number; cache: string | null; body: string }> {
  const res = await fetch(`${on.url}${path}`);
  return { status: res.status, cache: res.headers.get("x-cache"), body: await res.text() };
}

const write = (query: string, params: object = {}) =>
  writeTx(server.driver, server.config.NEO4J_DATABASE, (tx) => tx.run(query, params));

describe("response cache", () => {
  it("answers a repeated request from memory with the same body", async () => {
    const path = "/api/graph?center=actor:lukashenko&depth=1";
    const first = await get(path);
    const second = await get(path);
    expect(first).toMatchObject({ status: 200, cache: "miss" });
    expect(second).toMatchObject({ status: 200, cache: "hit" });
    expect(second.body).toBe(first.body);
    // A browser revalidating its copy gets 304 without the body. (Cache-Control given: otherwise fetch
    // adds "no-cache" to a conditional request, as the Fetch standard says, and the server must answer.)
    const etag = (await fetch(`${server.url}${path}`)).headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    const revalidated = await fetch(`${server.url}${path}`, {
      headers: { "If-None-Match": etag!, "Cache-Control": "max-age=0" },
    });
    expect(revalidated.status).toBe(304);
    // Another URL is another entry.
    expect((await get("/api/graph?center=actor:lukashenko&depth=2")).cache).toBe("miss");
  });

  it("sees a property edit at once", async () => {
    const path = "/api/nodes/actor:lukashenko";
    const before = JSON.parse((await get(path)).body) as { node: { label: string } };
    expect((await get(path)).cache).toBe("hit");
    await write("MATCH (a:Actor {id: 'lukashenko'}) SET a.name = $name", { name: "Renamed Lukashenko" });
    try {
      const after = await get(path);
      expect(after.cache).toBe("miss");
      expect(after.body).toContain("Renamed Lukashenko");
      expect(before.node.label).not.toBe("Renamed Lukashenko");
    } finally {
      await write("MATCH (a:Actor {id: 'lukashenko'}) SET a.name = $name", { name: before.node.label });
    }
  });

  it("sees new and deleted nodes at once", async () => {
    const path = "/api/search?q=Zyxwv";
    expect(JSON.parse((await get(path)).body)).toEqual({ results: [] });
    expect((await get(path)).cache).toBe("hit");
    await write(
      "CREATE (:Actor {id: 'zyxwv', name: 'Zyxwv Person', kind: 'person', aliases: [], aliasText: ''})",
    );
    // The full-text index is eventually consistent: wait for it as a reader would.
    await write("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()");
    try {
      const found = await get(path);
      expect(found.cache).toBe("miss");
      expect(found.body).toContain("actor:zyxwv");
    } finally {
      await write("MATCH (a:Actor {id: 'zyxwv'}) DETACH DELETE a");
    }
    await write("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()");
    expect(JSON.parse((await get(path)).body)).toEqual({ results: [] });
  });

  it("never keeps an error", async () => {
    const path = "/api/nodes/actor:nobody-here";
    expect(await get(path)).toMatchObject({ status: 404, cache: "miss" });
    expect(await get(path)).toMatchObject({ status: 404, cache: "miss" });
    const bad = "/api/graph?depth=9";
    expect(await get(bad)).toMatchObject({ status: 400 });
    expect(await get(bad)).toMatchObject({ status: 400 });
  });

  it("with a freshness window, shows a write once the window has passed", async () => {
    const windowed = await startTestServer({ RESPONSE_CACHE_FRESH_MS: "2000" });
    const path = "/api/nodes/actor:merkel";
    // The window is measured on performance.now() (server/response-cache.ts), in this process: the test
    // moves that clock itself, so nothing waits for real time to pass and a slow request cannot end the
    // window early.
    vi.useFakeTimers({ toFake: ["performance"] });
    const before = JSON.parse((await get(path, windowed)).body) as { node: { label: string } };
    try {
      expect((await get(path, windowed)).cache).toBe("hit");
      await write("MATCH (a:Actor {id: 'merkel'}) SET a.name = $name", { name: "Renamed Merkel" });
      // Within the window the graph is not checked again: the answer kept is still served.
      const within = await get(path, windowed);
      expect(within.cache).toBe("hit");
      expect(within.body).not.toContain("Renamed Merkel");
      vi.advanceTimersByTime(1_999);
      expect((await get(path, windowed)).cache).toBe("hit");
      vi.advanceTimersByTime(1);
      const after = await get(path, windowed);
      expect(after.cache).toBe("miss");
      expect(after.body).toContain("Renamed Merkel");
    } finally {
      vi.useRealTimers();
      await write("MATCH (a:Actor {id: 'merkel'}) SET a.name = $name", { name: before.node.label });
      await windowed.close();
    }
  });

  it("is off with RESPONSE_CACHE_MB=0", async () => {
    const uncached = await startTestServer({ RESPONSE_CACHE_MB: "0" });
    try {
      const path = "/api/stats";
      expect((await get(path, uncached)).cache).toBeNull();
      expect((await get(path, uncached)).cache).toBeNull();
    } finally {
      await uncached.close();
    }
  });
});
