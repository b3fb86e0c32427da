// Saved views API: saving needs API_TOKEN, bodies are validated, views and snapshots read back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadExtraction } from "../../ingest/load.ts";
import { seedExtraction } from "../fixtures/seed-extraction.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const TOKEN = "embed-test-token-0123456789";
const ONE_PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const VIEW = {
  title: "Lukashenko and Merkel",
  source: { kind: "graph", params: { center: "actor:merkel", depth: 1 } },
  timeRange: { from: "2021-11-01", to: "2021-11-30" },
  layout: {
    name: "preset",
    positions: { "actor:merkel": { x: 0, y: 0 }, "actor:lukashenko": { x: 100, y: 0 } },
  },
  viewport: { x1: -50, y1: -50, x2: 150, y2: 50 },
  options: { theme: "dark", legend: false },
};

let server: TestServer;
let noToken: TestServer;

function post(base: string, body: unknown, token: string | null = TOKEN): Promise<Response> {
  return fetch(`${base}/api/views`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

function putSnapshot(id: string, body: Buffer, type = "image/png"): Promise<Response> {
  return fetch(`${server.url}/api/views/${id}/snapshot`, {
    method: "PUT",
    headers: { "content-type": type, authorization: `Bearer ${TOKEN}` },
    body: new Uint8Array(body),
  });
}

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

beforeAll(async () => {
  server = await startTestServer({ API_TOKEN: TOKEN });
  noToken = await startTestServer({});
  await clearGraph(server.driver);
  await loadExtraction(server.driver, seedExtraction, { database: server.config.NEO4J_DATABASE });
});
afterAll(async () => {
  await clearGraph(server.driver);
  await noToken.close();
  await server.close();
});

describe("POST /api/views", () => {
  it("answers 403 disabled when the server has no API_TOKEN", async () => {
    const res = await post(noToken.url, VIEW);
    expect(res.status).toBe(403);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe("disabled");
    expect(error.message).toMatch(/disabled.*API_TOKEN/);
  });

  it("answers 401 without the bearer token or with a wrong one", async () => {
    expect((await post(server.url, VIEW, null)).status).toBe(401);
    expect((await post(server.url, VIEW, "wrong-token-wrong-token-00")).status).toBe(401);
  });

  it("answers 400 naming the field when the body is invalid", async () => {
    const res = await post(server.url, {
      ...VIEW,
      source: { kind: "graph", params: { center: ["a", "b"] } },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toMatch(/^source\.params\.center:/);
    const unknownKey = await post(server.url, { ...VIEW, colour: "red" });
    expect(((await unknownKey.json()) as ErrorBody).error.message).toMatch(/colour/);
  });

  it("saves a view under a new stable id and returns its embed links and snippets", async () => {
    const res = await post(server.url, VIEW);
    expect(res.status).toBe(201);
    const view = (await res.json()) as {
      id: string;
      links: { embed: string };
      snippets: { iframe: string; script: string };
    };
    expect(view.id).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(res.headers.get("location")).toBe(`/api/views/${view.id}`);
    expect(view.links.embed).toBe(`${server.url}/embed/${view.id}`);
    expect(view.snippets.iframe).toBe(
      `<iframe src="${server.url}/embed/${view.id}" title="Lukashenko and Merkel" width="640" height="480" ` +
        `style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>`,
    );
    expect(view.snippets.script).toContain(
      `<script async src="${server.url}/embed/whomet-graph.js"></script>`,
    );
    expect(view.snippets.script).toContain(`<whomet-graph view="${view.id}"`);
  });
});

describe("GET /api/views/:id", () => {
  it("returns the saved view as it was posted", async () => {
    const { id } = (await (await post(server.url, VIEW)).json()) as { id: string };
    const res = await fetch(`${server.url}/api/views/${id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ...VIEW, id, snapshot: null });
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const missing = await fetch(`${server.url}/api/views/doesNotExist1`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ErrorBody).error.code).toBe("not_found");
    expect((await fetch(`${server.url}/api/views/a%20b`)).status).toBe(400);
  });
});

describe("PUT /api/views/:id/snapshot", () => {
  it("stores a PNG that /embed/:id.png then serves, and records its size", async () => {
    const { id } = (await (await post(server.url, VIEW)).json()) as { id: string };
    expect((await putSnapshot(id, ONE_PIXEL_PNG)).status).toBe(204);
    const png = await fetch(`${server.url}/embed/${id}.png`);
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(png.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(Buffer.from(await png.arrayBuffer()).equals(ONE_PIXEL_PNG)).toBe(true);
    const view = (await (await fetch(`${server.url}/api/views/${id}`)).json()) as {
      snapshot: unknown;
      snippets: { image: string };
    };
    expect(view.snapshot).toEqual({ width: 1, height: 1 });
    expect(view.snippets.image).toContain(`<img src="${server.url}/embed/${id}.png"`);
  });

  it("refuses bytes that are not a PNG, snapshots over 512 KB, and unknown views", async () => {
    const { id } = (await (await post(server.url, VIEW)).json()) as { id: string };
    expect((await putSnapshot(id, Buffer.from("GIF89a not a png"))).status).toBe(400);
    const big = Buffer.concat([ONE_PIXEL_PNG, Buffer.alloc(600 * 1024)]);
    expect((await putSnapshot(id, big)).status).toBe(413);
    expect((await putSnapshot("noSuchView1", ONE_PIXEL_PNG)).status).toBe(404);
    expect((await fetch(`${server.url}/embed/${id}.png`)).status).toBe(404);
  });

  it("needs the token", async () => {
    const { id } = (await (await post(server.url, VIEW)).json()) as { id: string };
    const res = await fetch(`${server.url}/api/views/${id}/snapshot`, {
      method: "PUT",
      headers: { "content-type": "image/png" },
      body: new Uint8Array(ONE_PIXEL_PNG),
    });
    expect(res.status).toBe(401);
  });
});
