// Issue #16: a seeded fuzz over every route and method in the OpenAPI document. Whatever a client sends,
// the server answers no 5xx, and every error is the one shape {error: {code, message, details?}} with a
// code from the document's enum. `npm run bench -- reliability` sends 10,000 more.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  documentedErrorCodes,
  sampleRequests,
  sendFuzz,
  type FuzzAnswer,
  type OpenApiDocument,
} from "../support/openapi-fuzz.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

const TOKEN = "fuzz-token-0123456789abcdef";
let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer({
    API_TOKEN: TOKEN,
    // Past the limits every answer would be 429; the fuzz is about what lies behind them.
    RATE_LIMIT_PER_MINUTE: "100000",
    EMBED_RATE_LIMIT_PER_MINUTE: "100000",
  });
});

afterAll(async () => {
  await server?.close();
});

describe("fuzz over the OpenAPI document", () => {
  it("answers 400 requests over every route with no 5xx and every error in the documented shape", async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as OpenApiDocument;
    const codes = documentedErrorCodes(doc);
    expect(codes).toContain("bad_request");
    const requests = sampleRequests(doc, TOKEN, 16, 400);
    const answers: FuzzAnswer[] = [];
    for (const request of requests) answers.push(await sendFuzz(server.url, request, doc, codes));
    const routes = new Set(requests.map((r) => `${r.method} ${r.url.split("?")[0]}`));
    expect(routes.size).toBeGreaterThan(20);
    const problems = answers
      .filter((a) => a.problem)
      .map((a) => `${a.request.method} ${a.request.url.slice(0, 200)} → ${a.problem}`);
    expect(problems).toEqual([]);
  }, 240_000);
});
