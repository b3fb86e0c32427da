// Two API processes against one Neo4j (README "Scaling"): the API keeps no state of its own, so a
// view saved through one is read through the other, and a graph write by another writer (an ingest)
// shows in the other's cached answers once the response cache's freshness window has passed.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTx } from "../../cypher/run.ts";
import { clearGraph, openTestDriver, testConfig } from "../support/neo4j.ts";
import type { Driver } from "neo4j-driver";
import { freePort } from "../support/ports.ts";

const TOKEN = "replica-test-token-0123456789abcdef";
const FRESH_MS = 100;
const children: ChildProcess[] = [];
let driver: Driver;
let a: string;
let b: string;

/** server/main.ts as `npm run serve` runs it, on its own port; resolves once it answers. */
async function serve(): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      API_TOKEN: TOKEN,
      LOG_LEVEL: "warn",
      RESPONSE_CACHE_FRESH_MS: String(FRESH_MS),
    },
    stdio: "ignore",
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return url;
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  driver = await openTestDriver();
  await clearGraph(driver);
  [a, b] = await Promise.all([serve(), serve()]);
}, 120_000);

afterAll(async () => {
  for (const child of children) child.kill();
  await clearGraph(driver);
  await driver.close();
});

const search = async (url: string, q: string) =>
  ((await (await fetch(`${url}/api/search?q=${q}`)).json()) as { results: { id: string }[] }).results.map(
    (r) => r.id,
  );

describe("two API processes on one Neo4j", () => {
  it("reads through one a view saved through the other", async () => {
    const saved = await fetch(`${a}/api/views`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({
        title: "Replicas",
        source: { kind: "graph", params: { center: "actor:nobody", depth: 1 } },
      }),
    });
    expect(saved.status).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    const read = await fetch(`${b}/api/views/${id}`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { title: string }).title).toBe("Replicas");
  });

  it("shows a graph write in both processes' cached answers once the freshness window has passed", async () => {
    // Both cache the empty answer.
    expect(await search(a, "zorblax")).toEqual([]);
    expect(await search(b, "zorblax")).toEqual([]);
    expect(await search(b, "zorblax")).toEqual([]);
    await writeTx(driver, testConfig.NEO4J_DATABASE, (tx) =>
      tx.run(
        "CREATE (:Actor {id: 'zorblax', name: 'Zorblax Quux', kind: 'person', aliases: [], aliasText: ''})",
      ),
    );
    // The contract: a write committed FRESH_MS before a request is always in its answer.
    await new Promise((r) => setTimeout(r, FRESH_MS + 20));
    expect(await search(b, "zorblax")).toEqual(["actor:zorblax"]);
    expect(await search(a, "zorblax")).toEqual(["actor:zorblax"]);
  });
});
