// GET /api/graph's per-node cap (perNode, offset, capped) over a seeded hub: an actor with 30 meetings
// and 5 incidents. The seed is small, yet it crosses the walk's threshold between expanding a node's
// relationships and walking the date index newest first, so both ways are checked against the same
// expected order (date descending, then id).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Extraction } from "../../ingest/facts.ts";
import { loadExtraction } from "../../ingest/load.ts";
import { quotedArticle } from "../fixtures/quoted-article.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const PARTNERS = 30;
const day = (n: number) => `2022-01-${String(n).padStart(2, "0")}`;
const a1 = quotedArticle({ slug: "a1", date: "2022-03-01", source: "TASS" }, ["They met."]);
const a2 = quotedArticle({ slug: "a2", date: "2022-03-01", source: "BelTA" }, ["They met.", "Reported."]);
const source = a1.cite("They met.");

const hubExtraction: Extraction = {
  articles: [a1.article, a2.article],
  actors: [
    { id: "hub", name: "Hub Person", kind: "person" },
    { id: "guard", name: "Border Guard", kind: "organization" },
    ...Array.from({ length: PARTNERS }, (_, i) => ({
      id: `p${String(i).padStart(2, "0")}`,
      name: `Partner ${i}`,
      kind: "person" as const,
    })),
  ],
  meetings: [
    // Two meetings a day, so the date ties and the id decides the order.
    ...Array.from({ length: PARTNERS }, (_, i) => ({
      id: `m${String(i).padStart(2, "0")}`,
      date: day(1 + Math.floor(i / 2)),
      kind: "talks" as const,
      cameo: "040",
      participants: ["hub", `p${String(i).padStart(2, "0")}`],
      // Every third meeting is reported by two outlets (sourceCount 2).
      sources: i % 3 === 0 ? [source, a2.cite("They met.")] : [source],
    })),
    {
      id: "x00",
      date: day(20),
      kind: "phone_call",
      cameo: "041",
      participants: ["p00", "p01"],
      sources: [source],
    },
  ],
  incidents: ["2022-01-03", "2022-01-08", "2022-01-13", "2022-01-20", "2022-02-10"].map((date, i) => ({
    id: `i${i}`,
    date,
    kind: "clash",
    cameo: "190",
    place: "Border",
    actors: ["hub", "guard"],
    sources: [source],
  })),
};

interface Event {
  id: string;
  date: string;
  sourceCount: number;
}
const HUB_EVENTS: Event[] = [
  ...hubExtraction.meetings
    .filter((m) => m.participants.includes("hub"))
    .map((m) => ({ id: `meeting:${m.id}`, key: m.id, date: m.date, sourceCount: m.sources.length })),
  ...hubExtraction.incidents.map((i) => ({
    id: `incident:${i.id}`,
    key: i.id,
    date: i.date,
    sourceCount: 1,
  })),
]
  .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.key < b.key ? -1 : 1))
  .map(({ id, date, sourceCount }) => ({ id, date, sourceCount }));
const HUB_TOTAL = HUB_EVENTS.length; // 35

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await clearGraph(server.driver);
  await loadExtraction(server.driver, hubExtraction, { database: server.config.NEO4J_DATABASE });
});
afterAll(async () => {
  await clearGraph(server.driver);
  await server.close();
});

interface Graph {
  elements: { group: string; data: Record<string, unknown> }[];
  truncated: boolean;
  capped: { id: string; shown: number; total: number }[];
}

async function graph(query: string, status = 200): Promise<Graph> {
  const res = await fetch(`${server.url}/api/graph?${query}`);
  expect(res.status, `${query} → ${res.status}`).toBe(status);
  return (await res.json()) as Graph;
}

/** Meeting and incident ids in the answer, newest first. */
function events(body: Graph): string[] {
  const byId = new Map(HUB_EVENTS.map((e, i) => [e.id, i]));
  return body.elements
    .filter((e) => e.group === "nodes" && (e.data.kind === "meeting" || e.data.kind === "incident"))
    .map((e) => e.data.id as string)
    .sort((a, b) => (byId.get(a) ?? 1e9) - (byId.get(b) ?? 1e9) || (a < b ? -1 : 1));
}

describe("GET /api/graph perNode", () => {
  it("takes exactly perNode events from a node that has more, and reports it capped", async () => {
    const body = await graph("center=actor:hub&depth=1&perNode=10");
    expect(events(body)).toEqual(HUB_EVENTS.slice(0, 10).map((e) => e.id));
    expect(body.capped).toEqual([{ id: "actor:hub", shown: 10, total: HUB_TOTAL }]);
    expect(body.truncated).toBe(false);
  });

  it("shows more with a larger perNode", async () => {
    const body = await graph("center=actor:hub&depth=1&perNode=25");
    expect(events(body)).toEqual(HUB_EVENTS.slice(0, 25).map((e) => e.id));
    expect(body.capped).toEqual([{ id: "actor:hub", shown: 25, total: HUB_TOTAL }]);
  });

  it("reports nothing capped when perNode covers every event", async () => {
    for (const perNode of [HUB_TOTAL, 1000]) {
      const body = await graph(`center=actor:hub&depth=1&perNode=${perNode}`);
      expect(events(body)).toEqual(HUB_EVENTS.map((e) => e.id));
      expect(body.capped).toEqual([]);
    }
  });

  it("picks the same newest events whether it expands the node or walks the date index", async () => {
    // 30 meetings of 31: the index walk serves perNode ≤ 13, expansion larger ones; 5 incidents of 5:
    // the index walk serves perNode 1.
    for (const perNode of [1, 2, 5, 12, 13, 14, 15, 20, 34]) {
      const body = await graph(`center=actor:hub&depth=1&perNode=${perNode}`);
      expect(events(body), `perNode=${perNode}`).toEqual(HUB_EVENTS.slice(0, perNode).map((e) => e.id));
      expect(body.capped).toEqual([{ id: "actor:hub", shown: perNode, total: HUB_TOTAL }]);
    }
  });

  it("caps after the filters: the newest matching events, and total still counts every event", async () => {
    const inRange = HUB_EVENTS.filter((e) => e.date >= "2022-01-05" && e.date <= "2022-01-13");
    const ranged = await graph("center=actor:hub&depth=1&perNode=4&from=2022-01-05&to=2022-01-13");
    expect(events(ranged)).toEqual(inRange.slice(0, 4).map((e) => e.id));
    expect(ranged.capped).toEqual([{ id: "actor:hub", shown: 4, total: HUB_TOTAL }]);

    const corroborated = HUB_EVENTS.filter((e) => e.sourceCount >= 2);
    const filtered = await graph("center=actor:hub&depth=1&perNode=3&minSources=2");
    expect(events(filtered)).toEqual(corroborated.slice(0, 3).map((e) => e.id));
    const all = await graph("center=actor:hub&depth=1&perNode=20&minSources=2");
    expect(events(all)).toEqual(corroborated.map((e) => e.id));
    expect(all.capped).toEqual([]);
  });

  it("pages a centre's events with offset", async () => {
    const pages: string[] = [];
    for (let offset = 0; offset < HUB_TOTAL; offset += 10) {
      const body = await graph(`center=actor:hub&depth=1&perNode=10&offset=${offset}`);
      const page = events(body);
      expect(page).toEqual(HUB_EVENTS.slice(offset, offset + 10).map((e) => e.id));
      expect(body.capped.map((c) => c.id)).toEqual(offset + 10 < HUB_TOTAL ? ["actor:hub"] : []);
      pages.push(...page);
    }
    expect(pages).toEqual(HUB_EVENTS.map((e) => e.id));
  });

  it("counts in shown the events reached through other nodes at depth 2", async () => {
    const body = await graph("center=actor:hub&depth=2&perNode=5");
    // Step 1: the hub's 5 newest (2 incidents, 3 meetings). Step 2: the guard and the border each
    // have 5 incidents (not more than perNode), the partners one meeting each.
    const first = HUB_EVENTS.slice(0, 5).map((e) => e.id);
    expect(first.filter((id) => id.startsWith("incident:"))).toHaveLength(2);
    const incidents = HUB_EVENTS.filter((e) => e.id.startsWith("incident:")).map((e) => e.id);
    expect(events(body)).toEqual(
      HUB_EVENTS.filter((e) => first.includes(e.id) || incidents.includes(e.id)).map((e) => e.id),
    );
    expect(body.capped).toEqual([{ id: "actor:hub", shown: 8, total: HUB_TOTAL }]);
  });

  it("caps a place's incidents too", async () => {
    const body = await graph("center=place:border&depth=1&perNode=2");
    expect(events(body)).toEqual(["incident:i4", "incident:i3"]);
    expect(body.capped).toEqual([{ id: "place:border", shown: 2, total: 5 }]);
  });

  it("keeps limit and truncated apart from the cap", async () => {
    const body = await graph("center=actor:hub&depth=1&perNode=20&limit=10");
    expect(events(body)).toEqual(HUB_EVENTS.slice(0, 10).map((e) => e.id));
    expect(body.truncated).toBe(true);
    expect(body.capped).toEqual([{ id: "actor:hub", shown: 10, total: HUB_TOTAL }]);
  });

  it("caps the who-met-whom view the same way", async () => {
    const body = await graph("center=actor:hub&depth=1&perNode=6&view=whomet");
    const met = body.elements.filter((e) => e.group === "edges");
    const meetings = HUB_EVENTS.slice(0, 6).filter((e) => e.id.startsWith("meeting:"));
    expect(met).toHaveLength(meetings.length);
    expect(met.every((e) => e.data.type === "MET" && e.data.weight === 1)).toBe(true);
    expect(body.capped).toEqual([{ id: "actor:hub", shown: 6, total: HUB_TOTAL }]);
  });

  it("answers 400 for a perNode or offset out of range", async () => {
    for (const query of ["perNode=0", "perNode=1001", "perNode=2.5", "offset=-1"]) {
      const body = (await graph(`center=actor:hub&${query}`, 400)) as unknown as {
        error: { message: string };
      };
      expect(body.error.message).toMatch(/^(perNode|offset):/);
    }
  });
});
