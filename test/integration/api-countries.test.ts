// The country-level who-met-whom (#21) on the imported ICEWS sample (3,705 real rows): every count the
// API gives is checked against a direct Cypher count written the plain way (pairs of participants).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { read } from "../../cypher/run.ts";
import { importEvents } from "../../ingest/events/import.ts";
import { Countries, CountryActors } from "../../contract/countries.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const ICEWS = "../shared/events/icews-events.2018.sample.tab";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await clearGraph(server.driver);
  const summary = await importEvents(server.driver, [ICEWS], {
    format: "icews",
    database: server.config.NEO4J_DATABASE,
  });
  expect(summary.problems).toEqual([]);
}, 240_000);
afterAll(async () => {
  await clearGraph(server.driver);
  await server.close();
});

async function get<T>(path: string, status = 200): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status, `${path} → ${res.status}`).toBe(status);
  return (await res.json()) as T;
}

const PerCountry = z.object({ country: z.string(), meetings: z.number() });
const Pair = z.object({ x: z.string(), y: z.string(), meetings: z.number() });
const PerActor = z.object({ id: z.string(), meetings: z.number() });
const LinkCount = z.object({ source: z.string(), target: z.string(), meetings: z.number() });

async function rows<S extends z.ZodType>(
  schema: S,
  query: string,
  params: Record<string, unknown> = {},
): Promise<z.infer<S>[]> {
  const db = { driver: server.driver, database: server.config.NEO4J_DATABASE };
  return read(db, query, params, { mapper: (row) => row.object(schema) });
}

/** Meetings per country and per pair of countries, counted the plain way. */
async function directCounts(from?: string) {
  const when = from ? "AND m.date >= date($from)" : "";
  const perCountry = await rows(
    PerCountry,
    `MATCH (a:Actor)-[:PARTICIPATED_IN]->(m:Meeting) WHERE a.country IS NOT NULL ${when}
     RETURN a.country AS country, count(DISTINCT m) AS meetings`,
    { from },
  );
  const perPair = await rows(
    Pair,
    `MATCH (a:Actor)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)
     WHERE a.country < b.country ${when}
     RETURN a.country AS x, b.country AS y, count(DISTINCT m) AS meetings`,
    { from },
  );
  return {
    countries: new Map(perCountry.map((r) => [`country:${r.country}`, r.meetings])),
    pairs: new Map(perPair.map((r) => [`country:${r.x}|country:${r.y}`, r.meetings])),
  };
}

describe("GET /api/countries", () => {
  it("gives every country's meetings and every pair's meetings as a direct Cypher count does", async () => {
    const body = await get<Countries>("/api/countries?limit=1000");
    expect(Countries.safeParse(body).error?.issues ?? []).toEqual([]);
    const direct = await directCounts();
    expect(body.truncated).toBe(false);
    // The sample's 354 meetings span dozens of countries; most are between two of them.
    expect(body.countries.length).toBeGreaterThan(30);
    expect(body.links.length).toBeGreaterThan(30);
    expect(new Map(body.countries.map((c) => [c.id, c.meetings]))).toEqual(direct.countries);
    expect(new Map(body.links.map((l) => [`${l.source}|${l.target}`, l.meetings]))).toEqual(direct.pairs);
    // Most active first.
    const counts = body.countries.map((c) => c.meetings);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("keeps the `limit` most active countries and the links among them, and says it cut", async () => {
    const all = await get<Countries>("/api/countries?limit=1000");
    const top = await get<Countries>("/api/countries?limit=5");
    expect(top.truncated).toBe(true);
    expect(top.countries).toEqual(all.countries.slice(0, 5));
    const kept = new Set(top.countries.map((c) => c.id));
    expect(top.links).toEqual(all.links.filter((l) => kept.has(l.source) && kept.has(l.target)));
  });

  it("counts only meetings in the date range", async () => {
    const body = await get<Countries>("/api/countries?limit=1000&from=2018-06-02");
    const direct = await directCounts("2018-06-02");
    expect(new Map(body.countries.map((c) => [c.id, c.meetings]))).toEqual(direct.countries);
    const all = await get<Countries>("/api/countries?limit=1000");
    expect(body.countries.reduce((n, c) => n + c.meetings, 0)).toBeLessThan(
      all.countries.reduce((n, c) => n + c.meetings, 0),
    );
  });

  it("counts, with a sector, only meetings between actors of that sector", async () => {
    const body = await get<Countries>("/api/countries?limit=1000&sector=Government");
    const direct = await rows(
      Pair,
      `MATCH (a:Actor)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)
       WHERE a.country < b.country AND 'Government' IN a.sectors AND 'Government' IN b.sectors
       RETURN a.country AS x, b.country AS y, count(DISTINCT m) AS meetings`,
    );
    expect(body.links.length).toBeGreaterThan(0);
    expect(new Map(body.links.map((l) => [`${l.source}|${l.target}`, l.meetings]))).toEqual(
      new Map(direct.map((r) => [`country:${r.x}|country:${r.y}`, r.meetings])),
    );
  });

  it("answers 400 naming the field for a bad limit or date", async () => {
    const bad = await get<{ error: { code: string; message: string } }>("/api/countries?limit=0", 400);
    expect(bad.error.code).toBe("bad_request");
    expect(JSON.stringify(bad.error)).toContain("limit");
    const date = await get<{ error: { code: string } }>("/api/countries?from=2018-13-01", 400);
    expect(JSON.stringify(date)).toContain("from");
  });
});

describe("GET /api/countries/{country}/actors", () => {
  it("opens the most active country into its actors, with their meetings counted as Cypher does", async () => {
    const { countries } = await get<Countries>("/api/countries?limit=1");
    const country = countries[0]!.country;
    const body = await get<CountryActors>(`/api/countries/${encodeURIComponent(country)}/actors?limit=500`);
    expect(CountryActors.safeParse(body).error?.issues ?? []).toEqual([]);
    const direct = await rows(
      PerActor,
      `MATCH (a:Actor {country: $country})-[:PARTICIPATED_IN]->(m:Meeting)
       RETURN 'actor:' + a.id AS id, count(m) AS meetings`,
      { country },
    );
    expect(body.country).toBe(country);
    expect(body.truncated).toBe(false);
    expect(new Map(body.actors.map((a) => [a.id, a.meetings]))).toEqual(
      new Map(direct.map((r) => [r.id, r.meetings])),
    );
    // Links: actor–actor inside the country, actor–country outside it, each as Cypher counts them.
    const links = await rows(
      LinkCount,
      `MATCH (a:Actor {country: $country})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)
       WHERE b.country IS NOT NULL AND (b.country <> $country OR a.id < b.id)
       RETURN 'actor:' + a.id AS source,
              CASE WHEN b.country = $country THEN 'actor:' + b.id ELSE 'country:' + b.country END AS target,
              count(DISTINCT m) AS meetings`,
      { country },
    );
    expect(links.length).toBeGreaterThan(5);
    expect(new Map(body.links.map((l) => [`${l.source}|${l.target}`, l.meetings]))).toEqual(
      new Map(links.map((r) => [`${r.source}|${r.target}`, r.meetings])),
    );
  });

  it("keeps the `limit` most active actors and says it cut", async () => {
    const { countries } = await get<Countries>("/api/countries?limit=1");
    const path = `/api/countries/${encodeURIComponent(countries[0]!.country)}/actors`;
    const all = await get<CountryActors>(`${path}?limit=500`);
    const top = await get<CountryActors>(`${path}?limit=3`);
    expect(top.truncated).toBe(true);
    expect(top.actors).toEqual(all.actors.slice(0, 3));
    const ids = new Set(top.actors.map((a) => a.id));
    expect(top.links.every((l) => ids.has(l.source))).toBe(true);
  });

  it("gives an unknown country no actors", async () => {
    const body = await get<CountryActors>("/api/countries/Atlantis/actors");
    expect(body).toEqual({ country: "Atlantis", actors: [], links: [], truncated: false });
  });
});
