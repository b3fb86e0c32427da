// Runs the real ingest CLI (as a user would) against the test Neo4j.
import { execFileSync } from "node:child_process";

export function ingestDemoCorpus(paths: string[] = ["data/articles"]): string {
  return execFileSync("npx", ["tsx", "ingest/main.ts", "load", ...paths], {
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
