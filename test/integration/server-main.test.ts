// server/main.ts as `npm run serve` runs it: a port it cannot listen on stops the start with the way out.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let blocker: Server;
let busyPort: number;

beforeAll(async () => {
  blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  busyPort = (blocker.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

/** Runs server/main.ts until it exits (or kills it after `ms`); its exit code and everything it wrote. */
function serve(env: Record<string, string>, ms = 45_000): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), ms);
  return new Promise((resolve) =>
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

describe("npm run serve", () => {
  it("exits non-zero naming the address and the way out when the port is in use", async () => {
    const { code, output } = await serve({ HOST: "127.0.0.1", PORT: String(busyPort) });
    expect(output).toContain(`127.0.0.1:${busyPort}`);
    expect(output).toContain(`port ${busyPort} is in use: stop the other whomet or set PORT`);
    expect(output).not.toContain("whomet is serving");
    expect(code).toBe(1);
  });
});
