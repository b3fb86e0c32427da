// Embed pages: framing rules (CSP frame-ancestors) per route, the inlined boot data, discovery link,
// clear error pages, the element script's headers and the rate limit.
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmbedBoot } from "../../contract/views.ts";
import { loadExtraction } from "../../ingest/load.ts";
import { seedExtraction } from "../fixtures/seed-extraction.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const TOKEN = "embed-test-token-0123456789";
let open: TestServer;
let restricted: TestServer;
let viewId: string;

function bootOf(html: string): EmbedBoot {
  const json = /<script type="application\/json" id="whomet-boot">(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) throw new Error("no boot data in the page");
  return JSON.parse(json) as EmbedBoot;
}

beforeAll(async () => {
  if (!existsSync("dist/client/embed.html"))
    throw new Error("The client is not built: run `npm run build` first.");
  open = await startTestServer({ API_TOKEN: TOKEN });
  restricted = await startTestServer({
    EMBED_ORIGINS: "https://news.example, https://cms.example",
    EMBED_RATE_LIMIT_PER_MINUTE: "3",
  });
  await clearGraph(open.driver);
  await loadExtraction(open.driver, seedExtraction, { database: open.config.NEO4J_DATABASE });
  const res = await fetch(`${open.url}/api/views`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      title: "Calls <Lukashenko & Merkel>",
      source: { kind: "graph", params: { center: "actor:merkel", depth: 1 } },
      options: { slider: true },
    }),
  });
  viewId = ((await res.json()) as { id: string }).id;
});
afterAll(async () => {
  await clearGraph(open.driver);
  await restricted.close();
  await open.close();
});

describe("framing rules", () => {
  it("lets any origin frame embed pages by default, without X-Frame-Options", async () => {
    const res = await fetch(`${open.url}/embed/${viewId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(res.headers.get("x-frame-options")).toBeNull();
  });

  it("keeps the explorer unframeable (frame-ancestors 'none')", async () => {
    const res = await fetch(`${open.url}/`);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const api = await fetch(`${open.url}/api/views/${viewId}`);
    expect(api.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("allows only the EMBED_ORIGINS allow-list when it is set", async () => {
    const res = await fetch(`${restricted.url}/embed?center=actor:merkel`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors https://news.example https://cms.example;");
    expect(bootOf(await res.text()).hostOrigins).toEqual(["https://news.example", "https://cms.example"]);
  });
});

describe("GET /embed/:viewId", () => {
  it("inlines the saved view, announces oEmbed and escapes the title", async () => {
    const html = await (await fetch(`${open.url}/embed/${viewId}?theme=dark&legend=0`)).text();
    const boot = bootOf(html);
    expect(boot).toMatchObject({
      viewId,
      title: "Calls <Lukashenko & Merkel>",
      source: { kind: "graph", params: { center: "actor:merkel", depth: 1 } },
      options: { theme: "dark", legend: false, slider: true, title: true, link: true },
      explorerUrl: `${open.url}/?view=${viewId}`,
      error: null,
    });
    expect(html).toContain('<html data-theme="dark" lang="en">');
    expect(html).toContain("<title>Calls &lt;Lukashenko &amp; Merkel&gt;</title>");
    const discovery = `<link rel="alternate" type="application/json+oembed" href="${open.url}/oembed?url=${encodeURIComponent(`${open.url}/embed/${viewId}?theme=dark&legend=0`)}&amp;format=json"`;
    expect(html).toContain(discovery);
  });

  it("answers 404 with a page that says the view does not exist", async () => {
    const res = await fetch(`${open.url}/embed/noSuchView01`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(bootOf(await res.text()).error).toMatch(/does not exist/);
  });

  it("answers 400 with a page naming the bad option", async () => {
    const res = await fetch(`${open.url}/embed/${viewId}?theme=pink`);
    expect(res.status).toBe(400);
    expect(bootOf(await res.text()).error).toMatch(/^theme:/);
  });

  it("answers 404 with a page naming the centre when the view's node is gone", async () => {
    const saved = await fetch(`${open.url}/api/views`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ title: "Gone", source: { kind: "graph", params: { center: "actor:gone" } } }),
    });
    const res = await fetch(`${open.url}/embed/${((await saved.json()) as { id: string }).id}`);
    expect(res.status).toBe(404);
    expect(bootOf(await res.text()).error).toMatch(/No node with id "actor:gone"/);
  });
});

describe("GET /embed?…", () => {
  it("reads a centre, depth and options into graph parameters", async () => {
    const res = await fetch(`${open.url}/embed?center=actor:lukashenko&depth=2&slider=1&from=2021-11-16`);
    expect(res.status).toBe(200);
    expect(bootOf(await res.text())).toMatchObject({
      viewId: null,
      title: "whomet: actor:lukashenko",
      source: { kind: "graph", params: { center: "actor:lukashenko", depth: "2" } },
      options: { slider: true },
      timeRange: { from: "2021-11-16" },
    });
  });

  it("reads a saved query with JSON params", async () => {
    const params = encodeURIComponent(JSON.stringify({ actor: "merkel", limit: 10 }));
    const boot = bootOf(await (await fetch(`${open.url}/embed?query=who-met-whom&params=${params}`)).text());
    expect(boot.source).toEqual({
      kind: "query",
      query: "who-met-whom",
      params: { actor: "merkel", limit: 10 },
    });
  });

  it("answers 404 with a page naming an unknown node", async () => {
    const res = await fetch(`${open.url}/embed?center=actor:merkel,actor:nobody`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(bootOf(await res.text()).error).toMatch(/No node with id "actor:nobody"/);
  });

  it("answers 404 with a page saying an unknown saved query does not exist", async () => {
    const res = await fetch(`${open.url}/embed?query=no-such-query`);
    expect(res.status).toBe(404);
    expect(bootOf(await res.text()).error).toMatch(/The saved query "no-such-query" does not exist/);
  });

  it("answers 400 with a page naming a parameter the saved query does not take", async () => {
    const params = encodeURIComponent(JSON.stringify({ actor: "merkel", colour: "red" }));
    const res = await fetch(`${open.url}/embed?query=who-met-whom&params=${params}`);
    expect(res.status).toBe(400);
    expect(bootOf(await res.text()).error).toMatch(/colour/);
  });

  it("answers 400 with a page naming a graph parameter the API refuses", async () => {
    const res = await fetch(`${open.url}/embed?center=actor:merkel&depth=9`);
    expect(res.status).toBe(400);
    expect(bootOf(await res.text()).error).toMatch(/depth:/);
  });

  it("answers 400 with a page explaining params that are not JSON", async () => {
    const res = await fetch(`${open.url}/embed?query=who-met-whom&params=actor:merkel`);
    expect(res.status).toBe(400);
    expect(bootOf(await res.text()).error).toMatch(/params: must be a JSON object/);
  });
});

describe("GET /embed/whomet-graph.js", () => {
  it("serves the custom element script for other origins", async () => {
    const res = await fetch(`${open.url}/embed/whomet-graph.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(await res.text()).toContain("whomet-graph");
  });
});

describe("rate limit", () => {
  it("answers 429 in the error shape past EMBED_RATE_LIMIT_PER_MINUTE", async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await fetch(`${restricted.url}/oembed?url=${encodeURIComponent(`${restricted.url}/embed/x`)}`);
      statuses.push(last.status);
    }
    // The first call of this server was in "allows only the EMBED_ORIGINS allow-list".
    expect(statuses.slice(-2)).toEqual([429, 429]);
    expect(((await last!.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
  });
});
