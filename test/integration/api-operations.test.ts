// Neo4j going away and coming back, CORS, security headers and size limits.
import { createConnection, createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import type { Server as HttpServer } from "node:http";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver, neo4jUri } from "../../cypher/neo4j.ts";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { testConfig } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { freePort } from "../support/ports.ts";

// A TCP proxy in front of the real Neo4j that can be switched off and on, like a restarting server.
function boltProxy(port: number) {
  const target = new URL(neo4jUri(testConfig).replace(/^bolt/, "http"));
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  return {
    async up() {
      server = createServer((client) => {
        const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const end = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on("error", end).on("close", end);
        upstream.on("error", end).on("close", end);
      });
      await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
    },
    async down() {
      for (const s of sockets) s.destroy();
      sockets.clear();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = undefined;
    },
  };
}

describe("when Neo4j is down and comes back", () => {
  let http: HttpServer;
  let url: string;
  let proxy: ReturnType<typeof boltProxy>;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const port = await freePort();
    proxy = boltProxy(port);
    const config = loadConfig({
      ...process.env,
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_PASSWORD: testConfig.NEO4J_PASSWORD,
      LOG_LEVEL: "silent",
    });
    const driver = createDriver(config);
    const app = createApp({ config, driver, log: pino({ level: "silent" }) });
    http = await new Promise((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    close = async () => {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      await driver.close();
      await proxy.down();
    };
  });
  afterAll(() => close());

  it("answers 503 with Retry-After, and health says Neo4j is unreachable", async () => {
    const res = await fetch(`${url}/api/graph`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("neo4j_unavailable");
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "degraded", neo4j: { reachable: false } });
  });

  // While Neo4j is known to be down, one probe every NEO4J_PROBE_INTERVAL_MS checks for its return,
  // so recovery comes within a few probes rather than on the very next request.
  async function statusWithin(path: string, ms: number): Promise<number> {
    const deadline = Date.now() + ms;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await fetch(`${url}${path}`)).status;
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return status;
  }

  it("recovers by itself once Neo4j answers again", async () => {
    await proxy.up();
    expect(await statusWithin("/api/health", 5_000)).toBe(200);
    expect((await fetch(`${url}/api/graph`)).status).toBe(200);
  });

  it("answers 503 again when the connection drops mid-life, and recovers again", async () => {
    await proxy.down();
    expect((await fetch(`${url}/api/stats`)).status).toBe(503);
    await proxy.up();
    expect(await statusWithin("/api/stats", 5_000)).toBe(200);
  });
});

describe("HTTP hygiene", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ CORS_ORIGINS: "https://dashboard.example" });
  });
  afterAll(() => server.close());

  it("allows a listed origin by CORS and no other", async () => {
    const ok = await fetch(`${server.url}/api/stats`, { headers: { origin: "https://dashboard.example" } });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://dashboard.example");
    const other = await fetch(`${server.url}/api/stats`, { headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("sends security headers and keeps the explorer out of frames", async () => {
    const res = await fetch(`${server.url}/api/stats`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("refuses a request body over the size limit with 413 in the error shape", async () => {
    const res = await fetch(`${server.url}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "RETURN 1", pad: "x".repeat(200_000) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("bad_request");
  });

  it("refuses broken JSON with 400 in the error shape", async () => {
    const res = await fetch(`${server.url}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{nope",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("bad_request");
  });
});
