// GET /api/articles/:id, the reader view's source (#20): the article's text and every quote taken from
// it, each highlighted only where the stored text still reads exactly the quote at its offsets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleText } from "../../contract/articles.ts";
import { seedArticles } from "../fixtures/seed-extraction.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(() => server.close());

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: await res.json() };
}

describe("GET /api/articles/:id", () => {
  it("answers the stored text with each quote at offsets that read exactly the quote", async () => {
    const { status, body } = await get(`/api/articles/${seedArticles.a1.article.id}`);
    expect(status).toBe(200);
    const article = ArticleText.parse(body);
    expect(article).toMatchObject({ id: seedArticles.a1.article.id, source: "TASS", date: "2021-11-17" });
    expect(article.text).toBe(seedArticles.a1.article.text);
    expect(article.quotes.map((q) => q.event).sort()).toEqual([
      "incident:i-2021-11-16-bruzgi",
      "meeting:m-2021-11-15-call",
      "meeting:m-2021-11-17-call",
    ]);
    for (const q of article.quotes) {
      expect(q.matches, q.event).toBe(true);
      expect(article.text.slice(q.start, q.end)).toBe(q.quote);
    }
  });

  it("flags a quote the text no longer reads at its offsets instead of placing it elsewhere", async () => {
    // The stored offsets point one sentence off: the quote still occurs in the text, but not there.
    await server.driver.executeQuery(
      `MATCH (:Meeting {id: "m-2021-11-15-call"})-[r:REPORTED_IN]->(:Article)
       SET r.start = r.start + 3, r.end = r.end + 3`,
      {},
      { database: server.config.NEO4J_DATABASE },
    );
    const article = ArticleText.parse((await get(`/api/articles/${seedArticles.a1.article.id}`)).body);
    const moved = article.quotes.find((q) => q.event === "meeting:m-2021-11-15-call")!;
    expect(moved.matches).toBe(false);
    expect(article.text.includes(moved.quote)).toBe(true);
    expect(article.quotes.filter((q) => q.event !== moved.event).every((q) => q.matches)).toBe(true);
  });

  it("answers 404 in the one error shape for an unknown article", async () => {
    const { status, body } = await get("/api/articles/0000000000000000");
    expect(status).toBe(404);
    expect(body).toEqual({
      error: { code: "not_found", message: 'No article with id "0000000000000000"' },
    });
  });
});
