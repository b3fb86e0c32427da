// GET /api/map (#20): the meetings and incidents whose place has coordinates, filtered as /api/graph
// filters events, boxed, capped; over the demo corpus (article places put by the lexicon) and a few
// coded events written here with their coordinates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTx } from "../../cypher/run.ts";
import { MapResponse } from "../../contract/map.ts";
import { loadDemoCorpus } from "../support/demo-corpus.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;

// Coded events as the importer writes them: a meeting in Hanoi (2 sources), an incident in Sydney
// (across no antimeridian), one in Fiji's Suva (east of 180° W… at 178.4° E) and one at a place without
// coordinates, which the map cannot show.
const SEED = `
CREATE (hanoi:Place {id: 'hanoi-vietnam', name: 'Hanoi, Vietnam', lat: 21.0245, lon: 105.841})
CREATE (suva:Place {id: 'suva-fiji', name: 'Suva, Fiji', lat: -18.14, lon: 178.44})
CREATE (nowhere:Place {id: 'nowhere', name: 'Nowhere'})
CREATE (:Meeting {id: 'm-hanoi', date: date('2018-06-01'), kind: 'talks', cameo: '040', label: 'talks: A – B',
                  sourceCount: 2})-[:OCCURRED_AT]->(hanoi)
CREATE (:Incident {id: 'i-suva', date: date('2018-06-02'), kind: 'protest', cameo: '141', label: 'protest at Suva',
                   sourceCount: 1})-[:OCCURRED_AT]->(suva)
CREATE (:Incident {id: 'i-nowhere', date: date('2018-06-03'), kind: 'protest', cameo: '141',
                   label: 'protest at Nowhere', sourceCount: 5})-[:OCCURRED_AT]->(nowhere)`;

beforeAll(async () => {
  server = await startTestServer();
  await clearGraph(server.driver);
  await loadDemoCorpus(server.driver, server.config.NEO4J_DATABASE);
  await writeTx(server.driver, server.config.NEO4J_DATABASE, (tx) => tx.run(SEED));
}, 120_000);
afterAll(async () => {
  await clearGraph(server.driver);
  await server.close();
});

async function map(query = ""): Promise<MapResponse> {
  const res = await fetch(`${server.url}/api/map${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return MapResponse.parse(await res.json());
}

const ids = (answer: MapResponse) => answer.points.map((p) => p.id);

describe("GET /api/map", () => {
  it("puts the demo corpus's incidents at their places, with the lexicon's coordinates, newest first", async () => {
    const answer = await map();
    expect(answer.truncated).toBe(false);
    const demo = answer.points.filter((p) => p.date?.startsWith("2021"));
    expect(demo.map((p) => [p.kind, p.place.name, p.place.lat, p.place.lon]).sort()).toEqual([
      ["incident", "Belarus–Poland border", 53.27, 23.79],
      ["incident", "Bruzgi border crossing point", 53.51, 23.65],
    ]);
    const dates = answer.points.map((p) => p.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    // The place without coordinates is left out; the coded events are in.
    expect(ids(answer)).toEqual(expect.arrayContaining(["meeting:m-hanoi", "incident:i-suva"]));
    expect(ids(answer)).not.toContain("incident:i-nowhere");
    expect(answer.points.find((p) => p.id === "meeting:m-hanoi")).toEqual({
      id: "meeting:m-hanoi",
      kind: "meeting",
      subtype: "talks",
      label: "talks: A – B",
      date: "2018-06-01",
      sourceCount: 2,
      place: { id: "place:hanoi-vietnam", name: "Hanoi, Vietnam", lat: 21.0245, lon: 105.841 },
    });
  });

  it("filters as /api/graph does: dates, kinds, codes and corroboration", async () => {
    expect(ids(await map("?from=2018-01-01&to=2018-12-31"))).toEqual(["incident:i-suva", "meeting:m-hanoi"]);
    expect(ids(await map("?kinds=meeting,actor"))).toEqual(["meeting:m-hanoi"]);
    expect(ids(await map("?kinds=actor"))).toEqual([]);
    expect(ids(await map("?codes=141"))).toEqual(["incident:i-suva"]);
    expect(ids(await map("?minSources=2&to=2019-01-01"))).toEqual(["meeting:m-hanoi"]);
  });

  it("keeps the points inside a box, also one across the antimeridian", async () => {
    expect(ids(await map("?bbox=100,0,110,30"))).toEqual(["meeting:m-hanoi"]);
    expect(ids(await map("?bbox=170,-30,-170,0"))).toEqual(["incident:i-suva"]);
    expect((await map("?bbox=14,49,33,57")).points.map((p) => p.place.name).sort()).toEqual([
      "Belarus–Poland border",
      "Bruzgi border crossing point",
    ]);
  });

  it("keeps the newest `limit` points and says it cut", async () => {
    const answer = await map("?limit=1");
    expect(answer.points).toHaveLength(1);
    expect(answer.truncated).toBe(true);
    expect(answer.points[0]!.date?.startsWith("2021")).toBe(true);
  });

  it("answers 400 naming the field for a bad box, limit or date range", async () => {
    for (const [query, field] of [
      ["?bbox=10,60,20,50", "bbox"],
      ["?bbox=10,a,20,50", "bbox"],
      ["?limit=20001", "limit"],
      ["?from=2021-02-01&to=2021-01-01", "from"],
    ] as const) {
      const res = await fetch(`${server.url}/api/map${query}`);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("bad_request");
      expect(body.error.message, query).toContain(field);
    }
  });
});
