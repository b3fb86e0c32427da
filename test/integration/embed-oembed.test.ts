// GET /oembed: oEmbed 1.0 JSON for this server's embed URLs; 404 for unknown views, 501 for xml.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OembedResponse } from "../../contract/oembed.ts";
import { loadExtraction } from "../../ingest/load.ts";
import { seedExtraction } from "../fixtures/seed-extraction.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const TOKEN = "embed-test-token-0123456789";
const ONE_PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
let server: TestServer;
let viewId: string;

function oembed(query: Record<string, string>): Promise<Response> {
  return fetch(`${server.url}/oembed?${new URLSearchParams(query)}`);
}

beforeAll(async () => {
  server = await startTestServer({ API_TOKEN: TOKEN });
  await clearGraph(server.driver);
  await loadExtraction(server.driver, seedExtraction, { database: server.config.NEO4J_DATABASE });
  const res = await fetch(`${server.url}/api/views`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      title: "Merkel's calls",
      source: { kind: "graph", params: { center: "actor:merkel" } },
    }),
  });
  viewId = ((await res.json()) as { id: string }).id;
});
afterAll(async () => {
  await clearGraph(server.driver);
  await server.close();
});

describe("GET /oembed", () => {
  it("answers a rich oEmbed 1.0 response with the iframe for a saved view", async () => {
    const res = await oembed({ url: `${server.url}/embed/${viewId}`, format: "json" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await res.json()) as OembedResponse;
    expect(body).toMatchObject({
      type: "rich",
      version: "1.0",
      title: "Merkel's calls",
      provider_name: "whomet",
      provider_url: `${server.url}/`,
      width: 640,
      height: 480,
    });
    expect(body.html).toBe(
      `<iframe src="${server.url}/embed/${viewId}" title="Merkel&#39;s calls" width="640" height="480" ` +
        `style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>`,
    );
    expect(body.thumbnail_url).toBeUndefined();
  });

  it("scales the frame down to maxwidth and maxheight, keeping its shape", async () => {
    const body = (await (
      await oembed({ url: `${server.url}/embed/${viewId}`, maxwidth: "320", maxheight: "400" })
    ).json()) as OembedResponse;
    expect([body.width, body.height]).toEqual([320, 240]);
    expect(body.html).toContain('width="320" height="240"');
  });

  it("accepts the explorer URL of a view and /embed?center= URLs", async () => {
    const explorer = (await (
      await oembed({ url: `${server.url}/?view=${viewId}` })
    ).json()) as OembedResponse;
    expect(explorer.html).toContain(`src="${server.url}/embed/${viewId}"`);
    const centre = (await (
      await oembed({ url: `${server.url}/embed?center=actor:lukashenko&depth=1` })
    ).json()) as OembedResponse;
    expect(centre.title).toBe("whomet: actor:lukashenko");
    expect(centre.html).toContain(`src="${server.url}/embed?center=actor:lukashenko&amp;depth=1"`);
  });

  it("adds the snapshot as thumbnail when the view has one", async () => {
    await fetch(`${server.url}/api/views/${viewId}/snapshot`, {
      method: "PUT",
      headers: { "content-type": "image/png", authorization: `Bearer ${TOKEN}` },
      body: new Uint8Array(ONE_PIXEL_PNG),
    });
    const body = (await (await oembed({ url: `${server.url}/embed/${viewId}` })).json()) as OembedResponse;
    expect(body).toMatchObject({
      thumbnail_url: `${server.url}/embed/${viewId}.png`,
      thumbnail_width: 1,
      thumbnail_height: 1,
    });
  });

  it("answers 404 for an unknown view and for URLs of another site", async () => {
    const missing = await oembed({ url: `${server.url}/embed/noSuchView01` });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
    expect((await oembed({ url: `https://elsewhere.example/embed/${viewId}` })).status).toBe(404);
  });

  it("answers 501 for format=xml and 400 without a url", async () => {
    expect((await oembed({ url: `${server.url}/embed/${viewId}`, format: "xml" })).status).toBe(501);
    const noUrl = await oembed({});
    expect(noUrl.status).toBe(400);
    expect(((await noUrl.json()) as { error: { message: string } }).error.message).toMatch(/^url:/);
  });
});
