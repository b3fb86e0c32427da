// Issue #16: while Neo4j cannot be reached the API answers 503 `neo4j_unavailable` with Retry-After
// without trying Neo4j again for each request, and serves again once Neo4j is back, without a restart.
// The servers reach the real Neo4j through a TCP proxy the test cuts, holds silent and restores, and that
// counts who tries to connect. Behaviour only: how fast the 503s and the recovery are is measured by
// `npm run bench -- reliability`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neo4jUri } from "../../cypher/neo4j.ts";
import { testConfig } from "../support/neo4j.ts";
import { startSeededServer, startTestServer, type TestServer } from "../support/server.ts";
import { boltAddress, boltUriThrough, startTcpProxy, type TcpProxy } from "../support/tcp-proxy.ts";

let proxy: TcpProxy;
/** Probes for Neo4j's return only once a minute: while it is known down, nothing of it may connect. */
let quiet: TestServer;
/** Probes every 100 ms, as a server does in earnest: for the returns of Neo4j. */
let server: TestServer;

beforeAll(async () => {
  const uri = neo4jUri(testConfig);
  proxy = await startTcpProxy(boltAddress(uri));
  // No response cache: every request must reach Neo4j (or learn that it cannot). A probe gives up on a
  // silent Neo4j after NEO4J_CONNECTION_TIMEOUT_MS: 1 s keeps the drills short.
  const env = {
    NEO4J_URI: boltUriThrough(proxy, uri),
    RESPONSE_CACHE_MB: "0",
    NEO4J_CONNECTION_TIMEOUT_MS: "1000",
  };
  // The graph is seeded (and cleared at the end) through the server that sees Neo4j come back.
  server = await startSeededServer({ ...env, NEO4J_PROBE_INTERVAL_MS: "100" });
  quiet = await startTestServer({ ...env, NEO4J_PROBE_INTERVAL_MS: "60000" });
});

afterAll(async () => {
  proxy?.restore();
  await quiet?.close();
  await server?.close();
  await proxy?.close();
});

async function ask(
  on: TestServer,
  path: string,
): Promise<{ status: number; retryAfter: string | null; code?: string }> {
  const res = await fetch(`${on.url}${path}`);
  const body = (await res.json()) as { error?: { code: string } };
  return { status: res.status, retryAfter: res.headers.get("retry-after"), code: body.error?.code };
}

/** Asks `path` every 100 ms until it answers 200 (at most 60 s, against a hang); the last status. */
async function statusOnceServing(on: TestServer, path: string): Promise<number> {
  const deadline = Date.now() + 60_000;
  let status = (await ask(on, path)).status;
  while (status !== 200 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    status = (await ask(on, path)).status;
  }
  return status;
}

describe("a Neo4j outage", () => {
  it("once one request finds Neo4j unreachable, answers 503 neo4j_unavailable to the next ones without trying Neo4j", async () => {
    expect((await ask(quiet, "/api/graph?center=actor:merkel")).status).toBe(200);
    proxy.cut();
    try {
      // The first request finds out by trying.
      const first = await ask(quiet, "/api/graph?center=actor:merkel");
      expect(first).toMatchObject({ status: 503, code: "neo4j_unavailable" });
      const tried = proxy.attempts;
      const paths = ["/api/graph?center=actor:merkel&depth=2", "/api/search?q=Merkel", "/api/stats"];
      paths.push("/api/nodes/actor:merkel", "/api/timeline", "/api/health");
      for (let i = 0; i < 20; i++) {
        const path = paths[i % paths.length]!;
        const answer = await ask(quiet, path);
        expect(answer.status, path).toBe(503);
        if (path !== "/api/health") expect(answer.code, path).toBe("neo4j_unavailable");
        expect(Number(answer.retryAfter), path).toBeGreaterThan(0);
      }
      const cypher = await fetch(`${quiet.url}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "RETURN 1 AS n" }),
      });
      expect(cypher.status).toBe(503);
      // Not one of them opened a connection: each was answered from what the first one learnt.
      expect(proxy.attempts).toBe(tried);
      const health = (await (await fetch(`${quiet.url}/api/health`)).json()) as {
        neo4j: { reachable: boolean; downSince?: string };
      };
      expect(health.neo4j.reachable).toBe(false);
      expect(health.neo4j.downSince).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(proxy.attempts).toBe(tried);
    } finally {
      proxy.restore();
    }
  });

  it("serves again once Neo4j is back, without a restart, and /api/health says ok", async () => {
    expect((await ask(server, "/api/search?q=Merkel")).status).toBe(200);
    proxy.cut();
    try {
      expect((await ask(server, "/api/stats")).status).toBe(503);
      const res = await fetch(`${server.url}/api/health`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { neo4j: { reachable: boolean } }).neo4j.reachable).toBe(false);
    } finally {
      proxy.restore();
    }
    expect(await statusOnceServing(server, "/api/search?q=Merkel")).toBe(200);
    expect(await statusOnceServing(server, "/api/graph?center=actor:merkel")).toBe(200);
    expect(await statusOnceServing(server, "/api/health")).toBe(200);
  });

  it("answers a request in flight 503 when Neo4j falls silent, instead of leaving it waiting, and serves again after", async () => {
    expect((await ask(server, "/api/stats")).status).toBe(200);
    proxy.hold();
    try {
      // A graph request on a pooled connection gets no answer; /api/health's 2 s transaction hears
      // nothing past its deadline (4 s), the probe that follows gets no answer either (1 s), so Neo4j is
      // marked down and that must release the graph request too, long before its own 30 s timeout.
      const inFlight = ask(server, "/api/graph?center=actor:merkel");
      await new Promise((r) => setTimeout(r, 200));
      const health = fetch(`${server.url}/api/health`).then((r) => r.status);
      // Against a hang: the hold ends by itself after 15 s, so the old code cannot hang the test.
      const ended = new Promise<"hung">((r) => setTimeout(() => r("hung"), 15_000));
      const graph = await Promise.race([inFlight, ended]);
      expect(graph).not.toBe("hung");
      expect(graph).toMatchObject({ status: 503, code: "neo4j_unavailable" });
      expect(Number((graph as { retryAfter: string }).retryAfter)).toBeGreaterThan(0);
      expect(await Promise.race([health, ended])).toBe(503);
      // Known down now: the next request is refused too, rather than queued behind the silence.
      expect(await Promise.race([ask(server, "/api/search?q=Merkel"), ended])).toMatchObject({
        status: 503,
        code: "neo4j_unavailable",
      });
    } finally {
      proxy.restore();
    }
    expect(await statusOnceServing(server, "/api/search?q=Merkel")).toBe(200);
  }, 60_000);
});
