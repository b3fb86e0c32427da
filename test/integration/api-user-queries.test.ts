// Users' saved queries: stored in Neo4j behind the API token, checked like ad-hoc Cypher first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSeededServer, type TestServer } from "../support/server.ts";

const TOKEN = "user-queries-test-token-0123";
let server: TestServer;
let noToken: TestServer;

beforeAll(async () => {
  server = await startSeededServer({ API_TOKEN: TOKEN });
  noToken = await startSeededServer();
});
afterAll(async () => {
  await noToken.close();
  await server.close();
});

function send(method: string, path: string, body?: unknown, token: string | null = TOKEN, base = server.url) {
  return fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const PARTNERS = {
  id: "partners-of",
  title: "Partners of an actor",
  description: "Everyone who met the actor.",
  params: ["actor: string   actor id", "limit: int = 10   1..100"],
  query:
    "MATCH (:Actor {id: $actor})-[:PARTICIPATED_IN]->(:Meeting)<-[:PARTICIPATED_IN]-(b:Actor) RETURN DISTINCT b.name AS name LIMIT $limit",
};

describe("users' saved queries", () => {
  it("stores a query, lists it beside the built-in ones and runs it with parameters", async () => {
    const created = await send("POST", "/api/queries", PARTNERS);
    expect(created.status).toBe(201);
    const list = (await (await send("GET", "/api/queries")).json()) as {
      queries: { id: string; source: string }[];
    };
    expect(list.queries.find((q) => q.id === "partners-of")?.source).toBe("user");
    const run = await send("POST", "/api/queries/partners-of/run", { params: { actor: "merkel" } }, null);
    expect(run.status).toBe(200);
    expect(((await run.json()) as { rows: unknown[] }).rows).toEqual([{ name: "Alexander Lukashenko" }]);
  });

  it("replaces it with PUT and deletes it with DELETE", async () => {
    const put = await send("PUT", "/api/queries/partners-of", {
      ...PARTNERS,
      id: undefined,
      title: "Partners",
    });
    expect(put.status).toBe(200);
    expect((await send("DELETE", "/api/queries/partners-of")).status).toBe(204);
    expect((await send("POST", "/api/queries/partners-of/run", { params: { actor: "merkel" } })).status).toBe(
      404,
    );
    expect((await send("DELETE", "/api/queries/partners-of")).status).toBe(404);
  });

  it("lets exactly one of six people saving the same new id at once win; the others get 409", async () => {
    const body = { ...PARTNERS, id: "saved-at-once" };
    const answers = await Promise.all(Array.from({ length: 6 }, () => send("POST", "/api/queries", body)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    const loser = answers.find((r) => r.status === 409)!;
    expect(((await loser.json()) as { error: { code: string } }).error.code).toBe("conflict");
    expect((await send("POST", "/api/queries", body)).status).toBe(409);
    expect((await send("DELETE", "/api/queries/saved-at-once")).status).toBe(204);
  });

  it("refuses to store a query the ad-hoc guard refuses", async () => {
    const res = await send("POST", "/api/queries", {
      ...PARTNERS,
      id: "wipe",
      query: "MATCH (n) DETACH DELETE n",
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "writes are not allowed",
    );
    const list = (await (await send("GET", "/api/queries")).json()) as { queries: { id: string }[] };
    expect(list.queries.some((q) => q.id === "wipe")).toBe(false);
  });

  it("refuses a header that does not fit the query, naming the parameter", async () => {
    const res = await send("POST", "/api/queries", { ...PARTNERS, id: "bad", params: ["actor: string"] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/\$limit/);
  });

  it("does not let a built-in query be replaced", async () => {
    const res = await send("PUT", "/api/queries/who-met-whom", PARTNERS);
    expect(res.status).toBe(400);
  });

  it("asks for the token, and says saving is disabled without API_TOKEN", async () => {
    expect((await send("POST", "/api/queries", PARTNERS, "wrong-token-wrong-token-12")).status).toBe(401);
    const disabled = await send("POST", "/api/queries", PARTNERS, null, noToken.url);
    expect(disabled.status).toBe(403);
    const { error } = (await disabled.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("disabled");
    expect(error.message).toMatch(/disabled/);
  });
});
