// Issue #16: server/main.ts over the launcher's own Neo4j restarts it when it crashes, logs it, and says
// so on /api/health meanwhile. The test runs its OWN Neo4j on 7751/7752 (never the shared test server),
// kills its JVM with SIGKILL and waits for it to come back.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadNeo4jConfig } from "../../cypher/neo4j.ts";
import { instancePid, reset, start } from "../../scripts/neo4j.ts";
import { freePort } from "../support/ports.ts";

const ports = { NEO4J_BOLT_PORT: "7751", NEO4J_HTTP_PORT: "7752" };
const env: NodeJS.ProcessEnv = { ...process.env, ...ports };
delete env.NEO4J_URI;
const config = loadNeo4jConfig(env);

let child: ChildProcess | undefined;
let output = "";
let url = "";

interface Health {
  status: string;
  neo4j: { reachable: boolean; supervisor?: { state: string; restarts: number } };
}

async function health(): Promise<{ status: number; body?: Health }> {
  try {
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
    return { status: res.status, body: (await res.json()) as Health };
  } catch {
    return { status: 0 };
  }
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}; server output:\n${output.slice(-3_000)}`);
}

beforeAll(async () => {
  await start(config, () => undefined);
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...env, HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitFor("the server", async () => ((await health()).status === 200 ? true : undefined), 60_000);
}, 240_000);

afterAll(async () => {
  // The server first, so its supervisor does not restart the instance being stopped.
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  }
  await reset(config, () => undefined);
}, 120_000);

describe("supervision of the local Neo4j", () => {
  it("restarts a Neo4j killed with SIGKILL, logs it, and reports restarting then ok with restarts: 1 on /api/health", async () => {
    const before = await health();
    expect(before.body?.neo4j.supervisor).toMatchObject({ state: "running", restarts: 0 });
    const pid = instancePid(config);
    expect(pid).toBeTypeOf("number");
    process.kill(pid!, "SIGKILL");

    const meanwhile = await waitFor(
      "health to report the restart",
      async () => {
        const h = await health();
        return h.body?.neo4j.supervisor?.state === "restarting" ? h : undefined;
      },
      10_000,
    );
    expect(meanwhile.status).toBe(503);
    expect(meanwhile.body?.status).toBe("degraded");

    const after = await waitFor(
      "Neo4j to come back",
      async () => {
        const h = await health();
        return h.status === 200 ? h : undefined;
      },
      120_000,
    );
    expect(after.body).toMatchObject({
      status: "ok",
      neo4j: { reachable: true, supervisor: { state: "running", restarts: 1 } },
    });
    expect(instancePid(config)).not.toBe(pid);
    expect(output).toContain("Neo4j crashed; restarting it");
    expect(output).toContain("Neo4j restarted");
  }, 180_000);
});
