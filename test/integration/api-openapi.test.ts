import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("GET /api/openapi.json", () => {
  it("serves an OpenAPI 3.1 document that validates", async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { openapi: string };
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every exploration endpoint with its parameters", async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    };
    for (const path of [
      "/api/search",
      "/api/graph",
      "/api/nodes/{id}",
      "/api/paths",
      "/api/timeline",
      "/api/stats",
      "/api/health",
    ]) {
      expect(doc.paths[path]?.get, path).toBeDefined();
    }
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/queries", "/api/queries/{id}/run", "/api/cypher"]),
    );
    const graphParams = doc.paths["/api/graph"]!.get!.parameters!.map((p) => p.name);
    expect(graphParams).toEqual(
      expect.arrayContaining(["center", "depth", "kinds", "from", "to", "minSources", "limit", "view"]),
    );
  });
});
