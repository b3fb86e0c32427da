// Structural corrections (#19) against the real Neo4j: merging meetings, incidents and places,
// splitting a wrongly merged actor, editing a fact or an actor. Each changes the graph as asked,
// survives loading the same articles again (the graph converges to the corrected one), passes
// verify, is undone exactly (after a reload too), and travels through a curated file.
import { describe, expect, it } from "vitest";
import { toPlain } from "../../cypher/neo4j.ts";
import { readTx } from "../../cypher/run.ts";
import { newCorrection, type CorrectionInput } from "../../cypher/corrections/correction.ts";
import { allCorrections, importCorrections } from "../../cypher/corrections/store.ts";
import { loadExtraction } from "../../ingest/load.ts";
import { verifyGraph } from "../../ingest/verify.ts";
import { structureExtraction } from "../fixtures/structure-extraction.ts";
import { correctionsOn } from "../support/corrections.ts";
import { clearGraph, testConfig, useEmptyGraph } from "../support/neo4j.ts";

const database = testConfig.NEO4J_DATABASE;
const graph = useEmptyGraph();
const { correct, undo, dump } = correctionsOn(graph, database);

const load = (corrections?: Parameters<typeof importCorrections>[2]) =>
  loadExtraction(graph(), structureExtraction(), { database, ...(corrections ? { corrections } : {}) });

async function one(query: string, params: object = {}): Promise<unknown> {
  return readTx(graph(), database, async (tx) => toPlain((await tx.run(query, params)).records[0]?.get(0)));
}

/**
 * The life of one correction: applied it changes the graph (`check`), a reload keeps it, verify finds
 * nothing wrong, undo (after a reload) gives back the extracted graph, and a curated file of it rebuilds
 * the corrected graph on an empty database.
 */
async function lifeOf(input: CorrectionInput, check: () => Promise<void>) {
  await load();
  const extracted = await dump();
  const correction = await correct(input);
  await check();
  const corrected = await dump();
  expect(corrected).not.toEqual(extracted);
  const summary = await load();
  expect(summary.corrections).toEqual({ applied: 1, missing: [] });
  expect(await dump()).toEqual(corrected);
  await check();
  expect((await verifyGraph(graph(), database)).problems).toEqual([]);

  const exported = (await allCorrections(graph(), database)).map((s) => s.correction);
  await clearGraph(graph());
  await load(exported);
  expect(await dump()).toEqual(corrected);

  // Undo after a reload: it must take back what the first application changed, too.
  await load();
  await undo(correction.id);
  expect(await dump()).toEqual(extracted);
  await load();
  expect(await dump()).toEqual(extracted);
}

describe("structural corrections", () => {
  it("merges two meetings: the kept one gets the other's sources and participants, and is recounted", async () => {
    await lifeOf(
      { kind: "merge-meetings", keep: "meeting:m-2021-11-17-call", drop: "meeting:m-2021-11-17-call-2" },
      async () => {
        expect(await one("MATCH (m:Meeting {id: 'm-2021-11-17-call-2'}) RETURN count(m)")).toBe(0);
        expect(
          await one(
            `MATCH (m:Meeting {id: 'm-2021-11-17-call'})
           RETURN [m.sourceCount, COUNT { (m)-[:REPORTED_IN]->() }, COUNT { (m)<-[:PARTICIPATED_IN]-() }]`,
          ),
        ).toEqual([2, 2, 3]);
        expect(
          await one(
            "MATCH (m:Meeting {id: 'm-2021-11-17-call'})-[r:REPORTED_IN]->() RETURN collect(r.quote)",
          ),
        ).toEqual(
          expect.arrayContaining([
            "Lukashenko and Merkel have held another telephone conversation.",
            "Lukashenko spoke with Merkel by phone again.",
          ]),
        );
      },
    );
  });

  it("merges two incidents: the kept one keeps its place, gains the other's sources", async () => {
    await lifeOf(
      { kind: "merge-incidents", keep: "incident:i-2021-11-16-bruzgi", drop: "incident:i-2021-11-16-bruzhi" },
      async () => {
        expect(await one("MATCH (i:Incident {id: 'i-2021-11-16-bruzhi'}) RETURN count(i)")).toBe(0);
        expect(
          await one(
            `MATCH (i:Incident {id: 'i-2021-11-16-bruzgi'})
             RETURN [i.sourceCount, [(i)-[:OCCURRED_AT]->(p) | p.id]]`,
          ),
        ).toEqual([2, ["bruzgi-border-crossing"]]);
      },
    );
  });

  it("merges two places: every incident of the dropped one moves to the kept one", async () => {
    await lifeOf(
      { kind: "merge-places", keep: "place:bruzgi-border-crossing", drop: "place:bruzhi-crossing" },
      async () => {
        expect(await one("MATCH (p:Place {id: 'bruzhi-crossing'}) RETURN count(p)")).toBe(0);
        expect(
          await one(
            "MATCH (i:Incident)-[:OCCURRED_AT]->(:Place {id: 'bruzgi-border-crossing'}) RETURN collect(i.id)",
          ),
        ).toEqual(expect.arrayContaining(["i-2021-11-16-bruzgi", "i-2021-11-16-bruzhi"]));
      },
    );
  });

  it("splits a wrongly merged actor: the listed facts and aliases go to a new actor of its kind", async () => {
    await lifeOf(
      {
        kind: "split-actor",
        target: "actor:alexander-lukashenka",
        into: "actor:lukashenka-aide",
        name: "Lukashenka's aide",
        facts: ["meeting:m-2021-11-17-call"],
        aliases: ["Lukashenka"],
        reason: "the second call was the aide's",
      },
      async () => {
        expect(
          await one(
            `MATCH (a:Actor {id: 'lukashenka-aide'})
             RETURN [a.name, a.kind, a.aliases, [(a)-[:PARTICIPATED_IN]->(m) | m.id]]`,
          ),
        ).toEqual(["Lukashenka's aide", "person", ["Lukashenka"], ["m-2021-11-17-call"]]);
        expect(
          await one(
            `MATCH (a:Actor {id: 'alexander-lukashenka'})
             RETURN [a.aliases, COUNT { (a)-[:PARTICIPATED_IN]->() }]`,
          ),
        ).toEqual([[], 0]);
      },
    );
  });

  it("edits a meeting's kind, CAMEO code and participants", async () => {
    await lifeOf(
      {
        kind: "edit-fact",
        target: "meeting:m-2021-11-15-call",
        factKind: "talks",
        cameo: "040",
        participants: ["actor:lukashenko", "actor:lappo"],
      },
      async () => {
        expect(
          await one(
            `MATCH (m:Meeting {id: 'm-2021-11-15-call'})
             RETURN [m.kind, m.cameo, [(a)-[:PARTICIPATED_IN]->(m) | a.id]]`,
          ).then((v) => {
            const [kind, cameo, who] = v as [string, string, string[]];
            return [kind, cameo, who.sort()];
          }),
        ).toEqual(["talks", "040", ["lappo", "lukashenko"]]);
      },
    );
  });

  it("edits an incident's place and participants (with their role)", async () => {
    await lifeOf(
      {
        kind: "edit-fact",
        target: "incident:i-2021-11-16-bruzhi",
        place: "place:bruzgi-border-crossing",
        participants: ["actor:migrants"],
      },
      async () => {
        expect(
          await one(
            `MATCH (i:Incident {id: 'i-2021-11-16-bruzhi'})
             RETURN [[(i)-[:OCCURRED_AT]->(p) | p.id], [(a)-[r:INVOLVED_IN]->(i) | [a.id, r.role]]]`,
          ),
        ).toEqual([["bruzgi-border-crossing"], [["migrants", "participant"]]]);
      },
    );
  });

  it("edits an actor's name, kind, aliases and title; search text follows the aliases", async () => {
    await lifeOf(
      {
        kind: "edit-actor",
        target: "actor:lappo",
        name: "Anatoly Lappo",
        actorKind: "organization",
        aliases: ["Lappo", "State Border Committee chief"],
        title: "Chairman of the State Border Committee",
      },
      async () => {
        expect(
          await one("MATCH (a:Actor {id: 'lappo'}) RETURN [a.name, a.kind, a.aliases, a.aliasText, a.title]"),
        ).toEqual([
          "Anatoly Lappo",
          "organization",
          ["Lappo", "State Border Committee chief"],
          "Lappo | State Border Committee chief",
          "Chairman of the State Border Committee",
        ]);
      },
    );
  });

  it("verify reports structural corrections whose targets are gone", async () => {
    await load();
    const merge = newCorrection(
      { kind: "merge-meetings", keep: "meeting:no-such-meeting", drop: "meeting:m-2021-11-17-call-2" },
      "alice",
    );
    const split = newCorrection(
      {
        kind: "split-actor",
        target: "actor:nobody",
        into: "actor:somebody",
        name: "Somebody",
        facts: [],
        aliases: ["X"],
      },
      "alice",
    );
    const edit = newCorrection(
      { kind: "edit-fact", target: "incident:i-2021-11-16-bruzgi", place: "place:atlantis" },
      "alice",
    );
    await importCorrections(graph(), database, [merge, split, edit]);
    const summary = await load();
    expect(summary.corrections.missing).toHaveLength(3);
    expect(summary.corrections.missing).toEqual(
      expect.arrayContaining([
        { id: merge.id, kind: "merge-meetings", targets: ["meeting:no-such-meeting"] },
        { id: split.id, kind: "split-actor", targets: ["actor:nobody"] },
        { id: edit.id, kind: "edit-fact", targets: ["place:atlantis"] },
      ]),
    );
    const messages = (await verifyGraph(graph(), database)).problems.map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        `correction ${merge.id} (merge-meetings by alice) keeps meeting:no-such-meeting, which is not in the graph`,
        `correction ${merge.id} (merge-meetings by alice) merges away meeting:m-2021-11-17-call-2, which is still in the graph: run \`ingest load\` again`,
        `correction ${split.id} (split-actor by alice) splits actor:nobody, which is not in the graph`,
        `correction ${edit.id} (edit-fact by alice) links incident:i-2021-11-16-bruzgi to place:atlantis, which is not in the graph`,
      ]),
    );
    expect(messages).toHaveLength(4);
  });
});

describe("a correction made while a load runs", () => {
  const corrections: CorrectionInput[] = [
    { kind: "merge-actors", keep: "actor:lukashenko", drop: "actor:alexander-lukashenka" },
    {
      kind: "edit-fact",
      target: "meeting:m-2021-11-15-call",
      participants: ["actor:lukashenko", "actor:lappo"],
    },
    { kind: "edit-date", target: "incident:i-2021-11-16-bruzhi", date: "2021-11-15" },
    { kind: "reject", target: "meeting:m-2021-11-17-call-2", reason: "a repeat" },
  ];
  const correctAll = async () => {
    for (const c of corrections) await correct(c);
  };

  it("converges to the graph of the load and the corrections made one after the other", async () => {
    await load();
    await correctAll();
    await load();
    const sequential = await dump();

    // The corrections start after each batch in turn, so they meet the load at every step of it.
    let batches = 0;
    await clearGraph(graph());
    await load();
    await loadExtraction(graph(), structureExtraction(), {
      database,
      batchSize: 1,
      onProgress: () => batches++,
    });
    expect(batches).toBeGreaterThan(10);
    for (let at = 1; at <= batches; at++) {
      await clearGraph(graph());
      await load();
      let running: Promise<void> | undefined;
      let seen = 0;
      await loadExtraction(graph(), structureExtraction(), {
        database,
        batchSize: 1,
        onProgress: () => {
          if (++seen === at) running = correctAll();
        },
      });
      await running;
      expect(await dump(), `corrections started after batch ${at}`).toEqual(sequential);
    }
  });
});
