// Corrections as data (#19) against the real Neo4j: each kind changes the graph, survives loading the
// same articles again (the graph converges to the corrected one), is undone exactly, and a correction
// whose target is gone is reported by verify.
import { describe, expect, it } from "vitest";
import { toPlain } from "../../cypher/neo4j.ts";
import { readTx } from "../../cypher/run.ts";
import { newCorrection } from "../../cypher/corrections/correction.ts";
import { importCorrections } from "../../cypher/corrections/store.ts";
import { loadExtraction } from "../../ingest/load.ts";
import { verifyGraph } from "../../ingest/verify.ts";
import { correctionExtraction } from "../fixtures/correction-extraction.ts";
import { correctionsOn } from "../support/corrections.ts";
import { testConfig, useEmptyGraph } from "../support/neo4j.ts";

const database = testConfig.NEO4J_DATABASE;
const graph = useEmptyGraph();
const { correct, undo, dump } = correctionsOn(graph, database);

const load = () => loadExtraction(graph(), correctionExtraction(), { database });

async function one(query: string, params: object = {}): Promise<unknown> {
  return readTx(graph(), database, async (tx) => toPlain((await tx.run(query, params)).records[0]?.get(0)));
}

describe("corrections as data", () => {
  it("merges two actors: one keeps its id, the other becomes its alias, all facts move, and undo splits them", async () => {
    await load();
    const before = await dump();
    const merge = await correct({
      kind: "merge-actors",
      keep: "actor:lukashenko",
      drop: "actor:alexander-lukashenka",
    });
    expect(await one("MATCH (a:Actor {id: 'alexander-lukashenka'}) RETURN count(a)")).toBe(0);
    expect(await one("MATCH (a:Actor {id: 'lukashenko'}) RETURN a.aliases")).toEqual([
      "Lukashenko",
      "Alexander Lukashenka",
      "Lukashenka",
    ]);
    expect(await one("MATCH (a:Actor {id: 'lukashenko'}) RETURN a.aliasText")).toContain("Lukashenka");
    expect(
      await one("MATCH (:Actor {id: 'lukashenko'})-[:PARTICIPATED_IN]->(m:Meeting) RETURN collect(m.id)"),
    ).toEqual(expect.arrayContaining(["m-2021-11-15-call", "m-2021-11-17-call"]));
    await undo(merge.id);
    expect(await dump()).toEqual(before);
  });

  it("rejects a fact: it leaves every read of the graph, is kept in its correction, and comes back on undo", async () => {
    await load();
    const before = await dump();
    const reject = await correct({ kind: "reject", target: "meeting:m-2021-11-17-call", reason: "a repeat" });
    expect(await one("MATCH (m:Meeting {id: 'm-2021-11-17-call'}) RETURN count(m)")).toBe(0);
    expect(await one("MATCH (m {id: 'm-2021-11-17-call'}) RETURN count(m)")).toBe(0);
    expect(await one("MATCH (c:Correction {id: $id}) RETURN c.applied", { id: reject.id })).toContain(
      "m-2021-11-17-call",
    );
    await undo(reject.id);
    expect(await dump()).toEqual(before);
  });

  it("edits a fact's date and puts the extracted date back on undo", async () => {
    await load();
    const before = await dump();
    const edit = await correct({
      kind: "edit-date",
      target: "incident:i-2021-11-16-bruzgi",
      date: "2021-11-15",
    });
    expect(await one("MATCH (i:Incident {id: 'i-2021-11-16-bruzgi'}) RETURN toString(i.date)")).toBe(
      "2021-11-15",
    );
    await undo(edit.id);
    expect(await dump()).toEqual(before);
  });

  it("confirms a fact (reviewed, by whom, when) and clears it on undo", async () => {
    await load();
    const before = await dump();
    const ok = await correct({ kind: "confirm", target: "meeting:m-2021-11-15-call" });
    expect(
      await one(
        "MATCH (m:Meeting {id: 'm-2021-11-15-call'}) RETURN [m.reviewed, m.reviewedBy, m.reviewedAt IS NOT NULL]",
      ),
    ).toEqual([true, "alice", true]);
    await undo(ok.id);
    expect(await dump()).toEqual(before);
  });

  it("loading the same articles again converges to the corrected graph", async () => {
    await load();
    await correct({ kind: "merge-actors", keep: "actor:lukashenko", drop: "actor:alexander-lukashenka" });
    await correct({ kind: "reject", target: "incident:i-2021-11-16-bruzgi", reason: "not an incident" });
    await correct({ kind: "edit-date", target: "meeting:m-2021-11-15-call", date: "2021-11-14" });
    await correct({ kind: "confirm", target: "meeting:m-2021-11-17-call" });
    const corrected = await dump();
    const summary = await load();
    expect(summary.corrections).toEqual({ applied: 4, missing: [] });
    expect(await dump()).toEqual(corrected);
    await load();
    expect(await dump()).toEqual(corrected);
    const report = await verifyGraph(graph(), database);
    expect(report.corrections).toBe(4);
    expect(report.problems).toEqual([]);
  });

  it("undoing after a reload puts back what the reload extracted", async () => {
    await load();
    const extracted = await dump();
    const reject = await correct({ kind: "reject", target: "meeting:m-2021-11-15-call" });
    const edit = await correct({
      kind: "edit-date",
      target: "meeting:m-2021-11-17-call",
      date: "2021-11-18",
    });
    await load();
    await undo(reject.id);
    await undo(edit.id);
    expect(await dump()).toEqual(extracted);
    await load();
    expect(await dump()).toEqual(extracted);
  });

  it("verify reports a correction whose target is not in the graph", async () => {
    await load();
    const stale = newCorrection(
      { kind: "edit-date", target: "meeting:no-such-meeting", date: "2021-11-01" },
      "alice",
    );
    await importCorrections(graph(), database, [stale]);
    const summary = await load();
    expect(summary.corrections.missing).toEqual([
      { id: stale.id, kind: "edit-date", targets: ["meeting:no-such-meeting"] },
    ]);
    const report = await verifyGraph(graph(), database);
    expect(report.problems).toEqual([
      {
        node: `correction:${stale.id}`,
        message: `correction ${stale.id} (edit-date by alice) targets meeting:no-such-meeting, which is not in the graph`,
      },
    ]);
  });
});
