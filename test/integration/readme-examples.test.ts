// The README's examples work as printed: every node id it names exists in the demo graph, every
// concrete URL it shows answers, the views API call it prints saves a view, and its ingest
// commands run. The demo is loaded the way `npm start` loads it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../support/ingest.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const README = readFileSync("README.md", "utf8");
const TOKEN = "readme-example-token-0123456789";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ API_TOKEN: TOKEN });
  await clearGraph(server.driver);
  const load = runIngest(["load", "--curated", "data/curated.yaml", "data/articles"]);
  expect(load.stderr).not.toMatch(/error:/);
  expect(load.code).toBe(0);
});
afterAll(async () => {
  await clearGraph(server.driver);
  await server.close();
});

/** Every inline code span and fenced block line of the README. */
function codeTexts(): string[] {
  const inline = [...README.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  const fenced = [...README.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split("\n"));
  return [...inline, ...fenced];
}

// Placeholders a reader fills in: <id>, :id, …, *, or a parameter shown without a value.
const PLACEHOLDER = /[<>…*]|\/:[a-z]|=(&|$)/;

describe("README examples", () => {
  it("names only node ids that exist in the demo graph", async () => {
    const ids = [
      ...new Set(
        [...README.matchAll(/\b(?:actor|meeting|incident|place):[a-z0-9][a-z0-9-]+/g)].map((m) => m[0]),
      ),
    ];
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) {
      const res = await fetch(`${server.url}/api/nodes/${encodeURIComponent(id)}`);
      expect(res.status, `README names ${id}`).toBe(200);
    }
  });

  it("shows only API and embed URLs that answer", async () => {
    const urls = new Set<string>();
    for (const text of codeTexts()) {
      const get = /^GET (\/\S+)$/.exec(text.trim())?.[1];
      const embed = /^(\/embed\?\S+)$/.exec(text.trim())?.[1];
      for (const url of [get, embed]) if (url && !PLACEHOLDER.test(url)) urls.add(url);
    }
    expect([...urls]).toEqual(
      expect.arrayContaining([
        "/api/search?q=merk&limit=10",
        "/api/paths?from=actor:angela-merkel&to=actor:alexander-lukashenko&max=5",
        "/embed?center=actor:alexander-lukashenko&depth=1",
      ]),
    );
    for (const url of urls) {
      const res = await fetch(`${server.url}${url.replace(/\{.*\}$/, (json) => encodeURIComponent(json))}`);
      expect(res.status, `README shows ${url}`).toBe(200);
      if (url.startsWith("/api/paths")) {
        const body = (await res.json()) as { paths: string[][] };
        expect(body.paths.length, `README shows ${url}`).toBeGreaterThan(0);
      }
    }
  });

  it("prints a views API call that saves a view", async () => {
    const curl = /curl -X POST localhost:3000\/api\/views[\s\S]*?-d '([\s\S]*?)'/.exec(README);
    expect(curl).not.toBeNull();
    const res = await fetch(`${server.url}/api/views`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: curl![1]!,
    });
    expect(res.status).toBe(201);
  });

  // Runs every README ingest command as its own process, one after another: the time grows with the
  // README, so this test gets a wider limit than the project's (importing the real ICEWS sample alone
  // takes about a minute on 2 busy cores).
  it("prints ingest commands that run", { timeout: 300_000 }, () => {
    const commands = codeTexts()
      .map((line) => line.replace(/\s+#.*$/, "").trim())
      .filter((line) => /^npm run (--silent )?ingest -- /.test(line))
      // Output redirected to a file in the README goes to the test's stdout instead.
      .map((line) => line.replace(/\s*>\s*\S+$/, ""));
    expect(commands.length).toBeGreaterThan(2);
    for (const command of new Set(commands)) {
      const run = spawnSync("bash", ["-c", command], {
        encoding: "utf8",
        env: { ...process.env, LOG_LEVEL: "warn" },
        maxBuffer: 1 << 26,
      });
      expect(run.status, `${command}\n${run.stderr}`).toBe(0);
    }
  });
});
