// No Docker engine runs here, so the compose file's wiring is checked by reading it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync("docker-compose.yml", "utf8")) as {
  services: Record<string, Service>;
  volumes: object;
};
const neo4j = compose.services.neo4j!;
const app = compose.services.app!;

describe("docker-compose.yml", () => {
  it("runs the official Neo4j 5.26 community image with auth, memory limits and a data volume", () => {
    expect(neo4j.image).toBe("neo4j:5.26-community");
    expect(neo4j.environment?.NEO4J_AUTH).toMatch(/^neo4j\//);
    expect(neo4j.environment?.NEO4J_server_memory_heap_max__size).toBeDefined();
    expect(neo4j.environment?.NEO4J_server_memory_pagecache_size).toBeDefined();
    expect(neo4j.volumes).toContain("neo4j-data:/data");
    expect(Object.keys(compose.volumes)).toContain("neo4j-data");
  });

  it("bounds each transaction's memory, all transactions' memory and their time, like the launcher (#16)", () => {
    const launcher = readFileSync("scripts/neo4j.ts", "utf8");
    const settings: [string, string][] = [
      ["db.memory.transaction.max", "NEO4J_db_memory_transaction_max"],
      ["dbms.memory.transaction.total.max", "NEO4J_dbms_memory_transaction_total_max"],
      ["db.transaction.timeout", "NEO4J_db_transaction_timeout"],
      ["db.transaction.concurrent.maximum", "NEO4J_db_transaction_concurrent_maximum"],
    ];
    for (const [setting, variable] of settings) {
      const value = new RegExp(`"${setting.replaceAll(".", "\\.")}=([^"]+)"`).exec(launcher)?.[1];
      expect(value, `${setting} in scripts/neo4j.ts`).toBeDefined();
      expect(neo4j.environment?.[variable], variable).toBe(value);
    }
  });

  it("has a healthcheck that proves the database answers, not only the port", () => {
    expect(neo4j.healthcheck?.test.join(" ")).toMatch(/cypher-shell .*RETURN 1/);
  });

  it("starts the app only once Neo4j is healthy and points it at the neo4j service", () => {
    expect(app.build).toBeDefined();
    expect(app.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(app.environment?.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(app.ports).toContain("3000:3000");
  });

  it("gives the app and Neo4j the same password", () => {
    expect(neo4j.environment?.NEO4J_AUTH).toBe(`neo4j/${app.environment?.NEO4J_PASSWORD}`);
  });

  it("has a Dockerfile that ingests the demo corpus and serves", () => {
    const dockerfile = readFileSync("Dockerfile", "utf8");
    expect(dockerfile).toMatch(/ingest -- load .*data\/articles/);
    expect(dockerfile).toMatch(/npm run serve/);
  });
});

describe("the demo's start commands", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
  const dockerfile = readFileSync("Dockerfile", "utf8");

  it("load the demo corpus with its curated file, in npm start and in the image", () => {
    expect(pkg.scripts.start).toContain("ingest -- load --curated data/curated.yaml data/articles");
    expect(dockerfile).toContain("ingest -- load --curated data/curated.yaml data/articles");
  });

  it("keep the curated file in git, not ignored", () => {
    const ignored = spawnSync("git", ["check-ignore", "-q", "data/curated.yaml"]);
    expect(ignored.status).toBe(1);
  });
});
