import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { createApp } from "../../server/app.ts";
import { responseSchemas } from "../../server/openapi.ts";
import { seedArticles } from "../fixtures/seed-extraction.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

const TOKEN = "openapi-test-token-0123456789";
let server: TestServer;
beforeAll(async () => {
  server = await startSeededServer({ API_TOKEN: TOKEN });
});
afterAll(() => server.close());

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route the app mounts, as "METHOD /path/{param}", read from Express's own router. */
function mountedRoutes(): string[] {
  const app = createApp({ config: server.config, driver: server.driver, log: pino({ level: "silent" }) });
  const out = new Set<string>();
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const path of paths)
          for (const [method, on] of Object.entries(layer.route.methods))
            if (on && method !== "_all")
              out.add(`${method.toUpperCase()} ${path.replace(/:(\w+)/g, "{$1}")}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return [...out].sort();
}

async function document(): Promise<{ paths: Record<string, Record<string, unknown>> }> {
  return (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
}

describe("GET /api/openapi.json", () => {
  it("documents every route the app mounts", async () => {
    const doc = await document();
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    const mounted = mountedRoutes();
    expect(mounted.length).toBeGreaterThan(15);
    expect(mounted.filter((route) => !documented.has(route))).toEqual([]);
  });

  it("describes what the read routes really answer", async () => {
    const { url } = server;
    const view = await fetch(`${url}/api/views`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ title: "Calls", source: { kind: "graph", params: { center: "actor:merkel" } } }),
    });
    expect(view.status).toBe(201);
    const { id } = (await view.json()) as { id: string };
    const examples: [keyof typeof responseSchemas, string][] = [
      ["/api/search", "/api/search?q=merk"],
      ["/api/graph", "/api/graph?center=actor:merkel&depth=2"],
      ["/api/nodes/{id}", "/api/nodes/actor:merkel"],
      ["/api/nodes/{id}", "/api/nodes/incident:i-2021-11-16-bruzgi"],
      ["/api/articles/{id}", `/api/articles/${seedArticles.a1.article.id}`],
      ["/api/paths", "/api/paths?from=actor:merkel&to=actor:lukashenko"],
      ["/api/timeline", "/api/timeline"],
      ["/api/map", "/api/map?kinds=incident,meeting&bbox=-180,-90,180,90"],
      ["/api/stats", "/api/stats"],
      ["/api/countries", "/api/countries"],
      ["/api/countries/{country}/actors", "/api/countries/Germany/actors"],
      ["/api/health", "/api/health"],
      ["/api/views/{id}", `/api/views/${id}`],
    ];
    for (const [path, example] of examples) {
      const res = await fetch(`${url}${example}`);
      expect(res.status, example).toBe(200);
      const parsed = responseSchemas[path].safeParse(await res.json());
      expect(parsed.error?.issues ?? [], example).toEqual([]);
    }
    expect(seedArticles.a1.article.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("serves an OpenAPI 3.1 document that validates", async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { openapi: string };
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every exploration endpoint with its parameters", async () => {
    const doc = (await document()) as unknown as {
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
    const mapParams = doc.paths["/api/map"]?.get?.parameters?.map((p) => p.name);
    expect(mapParams).toEqual(
      expect.arrayContaining(["kinds", "codes", "from", "to", "minSources", "bbox", "limit"]),
    );
    const graphParams = doc.paths["/api/graph"]!.get!.parameters!.map((p) => p.name);
    expect(graphParams).toEqual(
      expect.arrayContaining(["center", "depth", "kinds", "from", "to", "minSources", "limit", "view"]),
    );
  });
});

describe("GET /api/openapi.json: /api/graph", () => {
  it("documents perNode, offset and capped", async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, { get: { parameters: { name: string; description?: string }[] } }>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const params = doc.paths["/api/graph"]!.get.parameters;
    for (const name of ["perNode", "offset"])
      expect(params.find((p) => p.name === name)?.description, name).toMatch(/\w/);
    expect(Object.keys(doc.components.schemas.Elements!.properties)).toEqual(
      expect.arrayContaining(["elements", "truncated", "capped"]),
    );
  });
});
