// The corrections API (#19) over the real Neo4j: reviewers' tokens, each kind of correction, undo,
// history, the review queue, stale corrections (409) and malformed ones (400).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadExtraction } from "../../ingest/load.ts";
import { correctionExtraction } from "../fixtures/correction-extraction.ts";
import { structureExtraction } from "../fixtures/structure-extraction.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const API_TOKEN = "corrections-api-token-0123456789";
const ALICE = "alice-token-0123456789abcdef";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    API_TOKEN,
    REVIEWER_TOKENS: `alice:${ALICE},bob:bob-token-0123456789abcdef`,
  });
});
beforeEach(async () => {
  await clearGraph(server.driver);
  await loadExtraction(server.driver, correctionExtraction(), { database: server.config.NEO4J_DATABASE });
});
afterAll(async () => {
  await clearGraph(server.driver);
  await server.close();
});

async function post(path: string, body: unknown, token: string | null = ALICE) {
  const res = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer };
}

async function get(path: string) {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: (await res.json()) as Answer };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked by the assertions
type Answer = Record<string, any>;

const merge = { kind: "merge-actors", keep: "actor:lukashenko", drop: "actor:alexander-lukashenka" };

describe("POST /api/corrections: who may write", () => {
  it("answers 401 without a token and with a wrong one, and writes nothing", async () => {
    expect((await post("/api/corrections", merge, null)).status).toBe(401);
    const wrong = await post("/api/corrections", merge, "not-the-token-0123456789");
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("unauthorized");
    expect((await get("/api/nodes/actor:alexander-lukashenka")).status).toBe(200);
  });

  it("records the named reviewer in the node's history, and 'api' for API_TOKEN", async () => {
    expect((await post("/api/corrections", merge)).status).toBe(201);
    const confirm = { kind: "confirm", target: "meeting:m-2021-11-15-call", reason: "checked the call" };
    expect((await post("/api/corrections", confirm, API_TOKEN)).status).toBe(201);
    const history = await get("/api/nodes/actor:alexander-lukashenka/history");
    expect(history.body).toMatchObject({
      present: false,
      history: [{ kind: "merge-actors", reviewer: "alice" }],
    });
    const call = await get("/api/nodes/meeting:m-2021-11-15-call/history");
    expect(call.body.history).toMatchObject([
      { kind: "confirm", reviewer: "api", reason: "checked the call" },
    ]);
  });
});

describe("POST /api/corrections: each kind", () => {
  it("merges two actors: the kept one has both calls and the other's names as aliases", async () => {
    const { status, body } = await post("/api/corrections", merge);
    expect(status).toBe(201);
    expect(body.correction).toMatchObject({ ...merge, reviewer: "alice", undone: false });
    expect((await get("/api/nodes/actor:alexander-lukashenka")).status).toBe(404);
    const kept = await get("/api/nodes/actor:lukashenko");
    expect(kept.body.node.properties.aliases).toContain("Alexander Lukashenka");
    expect(kept.body.meetings.map((m: { id: string }) => m.id)).toEqual([
      "meeting:m-2021-11-15-call",
      "meeting:m-2021-11-17-call",
    ]);
    const search = await get("/api/search?q=Lukashenka");
    expect(search.body.results.map((r: { id: string }) => r.id)).toContain("actor:lukashenko");
  });

  it("rejects a meeting: gone from the graph, search and the actor's panel; reason in its history", async () => {
    const reject = { kind: "reject", target: "meeting:m-2021-11-17-call", reason: "the same call twice" };
    expect((await post("/api/corrections", reject)).status).toBe(201);
    const graph = await get("/api/graph");
    expect(graph.body.elements.map((e: { data: { id: string } }) => e.data.id)).not.toContain(
      "meeting:m-2021-11-17-call",
    );
    expect((await get("/api/nodes/actor:merkel")).body.meetings).toHaveLength(1);
    const history = await get("/api/nodes/meeting:m-2021-11-17-call/history");
    expect(history.body).toMatchObject({ present: false, history: [{ reason: "the same call twice" }] });
  });

  it("edits a date and confirms a fact", async () => {
    const edit = { kind: "edit-date", target: "incident:i-2021-11-16-bruzgi", date: "2021-11-15" };
    expect((await post("/api/corrections", edit)).status).toBe(201);
    const incident = await get("/api/nodes/incident:i-2021-11-16-bruzgi");
    expect(incident.body.node.properties.date).toBe("2021-11-15");
    const confirm = { kind: "confirm", target: "incident:i-2021-11-16-bruzgi" };
    expect((await post("/api/corrections", confirm)).status).toBe(201);
    expect((await get("/api/nodes/incident:i-2021-11-16-bruzgi")).body.node.properties).toMatchObject({
      reviewed: true,
      reviewedBy: "alice",
    });
  });

  it("answers 404 for a target that is not in the graph", async () => {
    const { status, body } = await post("/api/corrections", { kind: "confirm", target: "meeting:nope" });
    expect(status).toBe(404);
    expect(body.error.message).toContain("meeting:nope");
  });
});

describe("POST /api/corrections: malformed and stale", () => {
  it.each([
    [{ kind: "split-people", target: "actor:lukashenko" }, "kind"],
    [{ kind: "split-actor", target: "actor:lukashenko", name: "X", facts: [] }, "into"],
    [{ kind: "split-actor", target: "actor:lukashenko", into: "actor:x", name: "X" }, "facts"],
    [
      {
        kind: "split-actor",
        target: "actor:lukashenko",
        into: "actor:lukashenko",
        name: "X",
        aliases: ["Lukashenko"],
      },
      "into",
    ],
    [{ kind: "merge-places", keep: "actor:merkel", drop: "place:bruzgi-border-crossing" }, "keep"],
    [
      { kind: "merge-meetings", keep: "meeting:m-2021-11-15-call", drop: "incident:i-2021-11-16-bruzgi" },
      "drop",
    ],
    [{ kind: "edit-fact", target: "meeting:m-2021-11-15-call" }, "factKind"],
    [
      { kind: "edit-fact", target: "meeting:m-2021-11-15-call", place: "place:bruzgi-border-crossing" },
      "place",
    ],
    [{ kind: "edit-fact", target: "meeting:m-2021-11-15-call", cameo: "four" }, "cameo"],
    [{ kind: "edit-fact", target: "meeting:m-2021-11-15-call", participants: ["merkel"] }, "participants"],
    [{ kind: "edit-actor", target: "actor:merkel", actorKind: "robot" }, "actorKind"],
    [{ kind: "edit-actor", target: "actor:merkel", reason: "nothing to change" }, "name"],
    [{ kind: "edit-date", target: "meeting:m-2021-11-15-call", date: "2021-02-30" }, "date"],
    [{ kind: "reject" }, "target"],
    [{ kind: "reject", target: "actor:lukashenko" }, "target"],
    [{ kind: "merge-actors", keep: "actor:merkel", drop: "actor:merkel" }, "drop"],
    [{ kind: "confirm", target: "meeting:m-2021-11-15-call", extra: 1 }, "extra"],
  ])("answers 400 bad_request naming the field for %j", async (bad, field) => {
    const { status, body } = await post("/api/corrections", bad);
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toContain(field);
  });

  it("answers 409 with what changed when a target changed since it was shown", async () => {
    const shown = (await get("/api/nodes/meeting:m-2021-11-15-call/history")).body.fingerprint as string;
    const fresh = {
      kind: "edit-date",
      target: "meeting:m-2021-11-15-call",
      date: "2021-11-14",
      expected: { "meeting:m-2021-11-15-call": shown },
    };
    expect((await post("/api/corrections", fresh, "bob-token-0123456789abcdef")).status).toBe(201);
    const stale = await post("/api/corrections", { ...fresh, date: "2021-11-13" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("conflict");
    expect(stale.body.error.details.changed).toMatchObject([
      {
        target: "meeting:m-2021-11-15-call",
        expected: shown,
        current: { date: { date: "2021-11-14" } },
        corrections: [{ kind: "edit-date", reviewer: "bob", date: "2021-11-14" }],
      },
    ]);
    expect((await get("/api/nodes/meeting:m-2021-11-15-call")).body.node.properties.date).toBe("2021-11-14");
  });
});

describe("POST /api/corrections: split, merge facts, edit", () => {
  const split = {
    kind: "split-actor",
    target: "actor:alexander-lukashenka",
    into: "actor:lukashenka-aide",
    name: "Lukashenka's aide",
    facts: ["meeting:m-2021-11-17-call"],
    aliases: ["Lukashenka"],
  };

  it("splits an actor: the new one has the fact, both are in the history, and undo puts it back", async () => {
    const before = await get("/api/nodes/actor:alexander-lukashenka");
    const { status, body } = await post("/api/corrections", split);
    expect(status).toBe(201);
    expect(Object.keys(body.fingerprints)).toEqual([
      "actor:alexander-lukashenka",
      "actor:lukashenka-aide",
      "meeting:m-2021-11-17-call",
    ]);
    const aide = await get("/api/nodes/actor:lukashenka-aide");
    expect(aide.body.node.properties).toMatchObject({ name: "Lukashenka's aide", kind: "person" });
    expect((await get("/api/nodes/actor:lukashenka-aide/history")).body.history).toMatchObject([
      { kind: "split-actor", reviewer: "alice" },
    ]);
    expect((await post(`/api/corrections/${body.correction.id}/undo`, {})).status).toBe(200);
    expect((await get("/api/nodes/actor:lukashenka-aide")).status).toBe(404);
    expect((await get("/api/nodes/actor:alexander-lukashenka")).body).toEqual(before.body);
  });

  it("answers 409 when the new actor's id is taken, or a fact or alias is not the target's", async () => {
    const taken = await post("/api/corrections", { ...split, into: "actor:merkel" });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toContain("into");
    const foreign = await post("/api/corrections", { ...split, facts: ["incident:i-2021-11-16-bruzgi"] });
    expect(foreign.status).toBe(409);
    expect(foreign.body.error.message).toContain("incident:i-2021-11-16-bruzgi");
    const alias = await post("/api/corrections", { ...split, aliases: ["Batka"] });
    expect(alias.status).toBe(409);
    expect(alias.body.error.message).toContain("Batka");
    expect((await get("/api/nodes/actor:lukashenka-aide")).status).toBe(404);
  });

  it("merges two meetings and edits a fact's kind and an actor's title", async () => {
    const mergeCalls = {
      kind: "merge-meetings",
      keep: "meeting:m-2021-11-15-call",
      drop: "meeting:m-2021-11-17-call",
    };
    expect((await post("/api/corrections", mergeCalls)).status).toBe(201);
    expect((await get("/api/nodes/meeting:m-2021-11-17-call")).status).toBe(404);
    const edit = { kind: "edit-fact", target: "meeting:m-2021-11-15-call", factKind: "talks", cameo: "040" };
    expect((await post("/api/corrections", edit)).status).toBe(201);
    expect((await get("/api/nodes/meeting:m-2021-11-15-call")).body.node.properties).toMatchObject({
      kind: "talks",
      cameo: "040",
    });
    const title = { kind: "edit-actor", target: "actor:merkel", title: "Chancellor of Germany" };
    expect((await post("/api/corrections", title)).status).toBe(201);
    expect((await get("/api/nodes/actor:merkel")).body.node.properties.title).toBe("Chancellor of Germany");
    const history = await get("/api/nodes/meeting:m-2021-11-15-call/history");
    expect(history.body.history.map((c: { kind: string }) => c.kind)).toEqual([
      "edit-fact",
      "merge-meetings",
    ]);
  });

  it("two reviewers saving on one target at once: one wins, the other gets 409", async () => {
    const edit = (title: string, shown: string) => ({
      kind: "edit-actor",
      target: "actor:lappo",
      title,
      expected: { "actor:lappo": shown },
    });
    for (const round of [1, 2, 3]) {
      const titles = [`Border chief ${round}a`, `Border chief ${round}b`];
      const shown = (await get("/api/nodes/actor:lappo/history")).body.fingerprint as string;
      const answers = await Promise.all([
        post("/api/corrections", edit(titles[0]!, shown)),
        post("/api/corrections", edit(titles[1]!, shown), "bob-token-0123456789abcdef"),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const winner = answers.findIndex((a) => a.status === 201);
      expect((await get("/api/nodes/actor:lappo")).body.node.properties.title).toBe(titles[winner]);
    }
  });
});

describe("POST /api/corrections/:id/undo", () => {
  it("puts the graph back, keeps the correction in the history as undone, and refuses a second undo", async () => {
    const before = await get("/api/nodes/actor:lukashenko");
    const { body } = await post("/api/corrections", merge);
    const undo = await post(`/api/corrections/${body.correction.id}/undo`, {}, API_TOKEN);
    expect(undo.status).toBe(200);
    expect(undo.body.correction).toMatchObject({ undone: true, undoneBy: "api" });
    expect((await get("/api/nodes/actor:lukashenko")).body).toEqual(before.body);
    expect((await get("/api/nodes/actor:alexander-lukashenka")).status).toBe(200);
    const history = await get("/api/nodes/actor:alexander-lukashenka/history");
    expect(history.body.history).toMatchObject([{ kind: "merge-actors", undone: true }]);
    expect((await post(`/api/corrections/${body.correction.id}/undo`, {})).status).toBe(409);
  });

  it("answers 404 for an unknown correction and 401 without a token", async () => {
    expect((await post("/api/corrections/corr-0000000000000000/undo", {})).status).toBe(404);
    expect((await post("/api/corrections/corr-0000000000000000/undo", {}, null)).status).toBe(401);
  });
});

describe("GET /api/review", () => {
  it("ranks the duplicate actors first, with the quotes that name each", async () => {
    const { status, body } = await get("/api/review");
    expect(status).toBe(200);
    const [first] = body.items;
    expect(first.type).toBe("duplicate-actors");
    expect([...first.targets].sort()).toEqual(["actor:alexander-lukashenka", "actor:lukashenko"]);
    const quotes = Object.fromEntries(
      first.evidence.map((e: { target: string; quote: string }) => [e.target, e.quote]),
    );
    expect(quotes).toEqual({
      "actor:lukashenko": "On November 15, Lukashenko and Merkel held a phone call.",
      "actor:alexander-lukashenka": "Lukashenko and Merkel have held another telephone conversation.",
    });
    expect(Object.keys(first.fingerprints)).toEqual(first.targets);
  });

  it("drops a fact once it is confirmed, and the duplicates once merged", async () => {
    const ids = async () => ((await get("/api/review")).body.items as { id: string }[]).map((i) => i.id);
    expect(await ids()).toContain("fact:meeting:m-2021-11-15-call");
    await post("/api/corrections", { kind: "confirm", target: "meeting:m-2021-11-15-call" });
    await post("/api/corrections", merge);
    const after = await ids();
    expect(after).not.toContain("fact:meeting:m-2021-11-15-call");
    expect(after.filter((id) => id.startsWith("duplicate:"))).toEqual([]);
  });

  it("answers 400 for a limit out of range", async () => {
    expect((await get("/api/review?limit=1000")).status).toBe(400);
  });
});

describe("GET /api/review: duplicate facts, actors without a kind, reviewed", () => {
  beforeEach(async () => {
    const extraction = structureExtraction();
    const first = extraction.meetings.find((m) => m.id === "m-2021-11-15-call")!;
    // The November 15 call again, dated a day later by another report: a duplicate on adjacent days.
    extraction.meetings.push({ ...first, id: "m-2021-11-16-call", date: "2021-11-16" });
    await clearGraph(server.driver);
    await loadExtraction(server.driver, extraction, { database: server.config.NEO4J_DATABASE });
    const session = server.driver.session({ database: server.config.NEO4J_DATABASE });
    await session.run("MATCH (a:Actor {id: 'lappo'}) REMOVE a.kind");
    await session.close();
  });

  const queue = async (query = "limit=100") => (await get(`/api/review?${query}`)).body.items as Answer[];

  it("lists meetings of one pair on adjacent days, incidents of one day at two place names, and kindless actors", async () => {
    const items = await queue();
    const byType = (type: string) => items.filter((i) => i.type === type).map((i) => [...i.targets].sort());
    expect(byType("duplicate-meetings")).toEqual(
      expect.arrayContaining([["meeting:m-2021-11-15-call", "meeting:m-2021-11-16-call"]]),
    );
    expect(byType("duplicate-meetings")).not.toContainEqual(
      expect.arrayContaining(["meeting:m-2021-11-17-call"]),
    );
    expect(byType("duplicate-incidents")).toEqual([
      ["incident:i-2021-11-16-bruzgi", "incident:i-2021-11-16-bruzhi"],
    ]);
    expect(byType("actor-kind")).toEqual([["actor:lappo"]]);
    const incidents = items.find((i) => i.type === "duplicate-incidents")!;
    expect(incidents.reasons[0]).toContain('"Bruzhi crossing"');
    expect(incidents.evidence.map((e: { quote: string }) => e.quote)).toContain("Migrants threw stones.");
    expect(Object.keys(incidents.fingerprints)).toEqual(incidents.targets);
  });

  it("drops the duplicates once merged and the actor once given a kind", async () => {
    const meetings = (await queue()).find((i) => i.type === "duplicate-meetings")!;
    const [keep, drop] = meetings.targets as [string, string];
    const merged = await post("/api/corrections", {
      kind: "merge-meetings",
      keep,
      drop,
      expected: meetings.fingerprints,
    });
    expect(merged.status).toBe(201);
    const kind = await post("/api/corrections", {
      kind: "edit-actor",
      target: "actor:lappo",
      actorKind: "person",
    });
    expect(kind.status).toBe(201);
    const ids = (await queue()).map((i) => i.id);
    expect(ids).not.toContain(meetings.id);
    expect(ids).not.toContain("kind:actor:lappo");
  });

  it("reviewed=true lists the confirmed facts only; a bad value answers 400 naming the field", async () => {
    expect(await queue("reviewed=true")).toEqual([]);
    await post("/api/corrections", { kind: "confirm", target: "incident:i-2021-11-16-bruzgi" });
    const confirmed = await queue("reviewed=true");
    expect(confirmed.map((i) => i.id)).toEqual(["fact:incident:i-2021-11-16-bruzgi"]);
    expect((await queue()).map((i) => i.id)).not.toContain("fact:incident:i-2021-11-16-bruzgi");
    const bad = await get("/api/review?reviewed=maybe");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("reviewed");
  });
});
