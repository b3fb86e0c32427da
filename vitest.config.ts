// Three projects: unit (pure, no I/O), integration (real Neo4j) and e2e (real Chromium).
// Integration and e2e share one Neo4j started by the global setup and run files one at a time,
// because each file seeds and clears the one database; groupOrder runs the projects one after another
// so an integration file and an e2e file never share the database at the same time.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"], sequence: { groupOrder: 0 } } },
      {
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/support/global-neo4j.ts"],
          fileParallelism: false,
          // A limit against hangs, not a speed target: many tests run ingest processes, and a busy
          // 2-core machine takes over a minute for some of them.
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: "e2e",
          sequence: { groupOrder: 2 },
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/support/global-neo4j.ts"],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
