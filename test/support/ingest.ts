// Runs the real ingest CLI (as a user would) against the test Neo4j.
import { execFileSync, spawnSync } from "node:child_process";

export function ingestDemoCorpus(paths: string[] = ["data/articles"]): string {
  return execFileSync("npx", ["tsx", "ingest/main.ts", "load", ...paths], {
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export interface IngestRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run ingest -- ARGS`, exit code and output kept whatever the outcome. */
export function runIngest(args: string[]): IngestRun {
  const run = spawnSync("npx", ["tsx", "ingest/main.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 28,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
