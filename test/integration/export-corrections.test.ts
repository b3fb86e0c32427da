// `ingest export-corrections` and `ingest load --curated` (#19), as a user runs them: corrections made
// on the demo graph, exported, the database emptied, the articles loaded with the export: the same
// graph, the same corrections (undone ones stay undone).
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toPlain } from "../../cypher/neo4j.ts";
import { readTx, writeTransaction } from "../../cypher/run.ts";
import { newCorrection, type CorrectionInput } from "../../cypher/corrections/correction.ts";
import { allCorrections, applyAndSave, findCorrection, undoAndSave } from "../../cypher/corrections/store.ts";
import { runIngest } from "../support/ingest.ts";
import { clearGraph, testConfig, useEmptyGraph } from "../support/neo4j.ts";

const database = testConfig.NEO4J_DATABASE;
const graph = useEmptyGraph();

async function column(query: string, params: object = {}): Promise<string[]> {
  return readTx(graph(), database, async (tx) =>
    (await tx.run(query, params)).records.map((r) => String(toPlain(r.get(0)))),
  );
}

/** The news graph (corrections left out) as sorted lines. */
async function dump(): Promise<string[]> {
  return readTx(graph(), database, async (tx) => {
    const line = (r: { get(k: string): unknown }) => {
      const props = toPlain(r.get("props")) as Record<string, unknown>;
      const sorted = Object.keys(props)
        .sort()
        .map((k) => [k, props[k]]);
      return `${String(r.get("key"))} ${JSON.stringify(sorted)}`;
    };
    const nodes = await tx.run(
      "MATCH (n) WHERE NOT n:Correction RETURN labels(n)[0] + ' ' + n.id AS key, properties(n) AS props",
    );
    const rels = await tx.run(
      "MATCH (a)-[r]->(b) RETURN a.id + ' ' + type(r) + ' ' + b.id AS key, properties(r) AS props",
    );
    return [...nodes.records.map(line), ...rels.records.map(line)].sort();
  });
}

async function correct(input: CorrectionInput, reviewer = "alice") {
  const correction = newCorrection(input, reviewer);
  const outcome = await writeTransaction({ driver: graph(), database }, (tx) => applyAndSave(tx, correction));
  expect(outcome.missing).toEqual([]);
  return correction;
}

describe("ingest export-corrections", () => {
  it("writes the corrections as a curated file that rebuilds the same graph on an empty database", async () => {
    expect(runIngest(["load", "data/articles"]).code).toBe(0);
    const [meeting, other] = await column("MATCH (m:Meeting) RETURN m.id ORDER BY m.id LIMIT 2");
    const [incident] = await column("MATCH (i:Incident) RETURN i.id ORDER BY i.id LIMIT 1");
    const [keep, drop] = await column(
      "MATCH (m:Meeting {id: $meeting})<-[:PARTICIPATED_IN]-(a:Actor) RETURN a.id ORDER BY a.id LIMIT 2",
      { meeting },
    );
    await correct({
      kind: "merge-actors",
      keep: `actor:${keep}`,
      drop: `actor:${drop}`,
      reason: "one person",
    });
    await correct({ kind: "reject", target: `meeting:${other}`, reason: "not a meeting" }, "bob");
    await correct({ kind: "edit-date", target: `incident:${incident}`, date: "2021-11-01" });
    const undone = await correct({ kind: "confirm", target: `incident:${incident}` });
    await writeTransaction({ driver: graph(), database }, async (tx) =>
      undoAndSave(tx, (await findCorrection(tx, undone.id))!, "bob"),
    );
    const corrected = await dump();
    const records = (await allCorrections(graph(), database)).map((s) => s.correction);

    const file = join(await mkdtemp(join(tmpdir(), "whomet-corrections-")), "corrections.yaml");
    const exported = runIngest(["export-corrections", file]);
    expect(exported.stdout).toContain(`Exported 4 corrections to ${file}`);
    expect(exported.code).toBe(0);
    expect(await readFile(file, "utf8")).toContain("reason: not a meeting");

    await clearGraph(graph());
    const reloaded = runIngest(["load", "data/articles", "--curated", file]);
    expect(reloaded.stderr).not.toMatch(/error:/);
    expect(reloaded.stdout).toMatch(/corrections\s+3 applied\s+0 with a target not in the graph/);
    expect(await dump()).toEqual(corrected);
    expect((await allCorrections(graph(), database)).map((s) => s.correction)).toEqual(records);
    const verify = runIngest(["verify"]);
    expect(verify.stderr).toBe("");
    expect(verify.code).toBe(0);
  }, 300_000);

  it("refuses a curated file with a malformed correction, naming its field", async () => {
    const dir = await mkdtemp(join(tmpdir(), "whomet-corrections-"));
    const file = join(dir, "bad.yaml");
    await writeFile(
      file,
      "corrections:\n  - { id: corr-0123456789abcdef, kind: edit-date, target: meeting:x, date: 2021-13-01, reviewer: a, at: 2026-01-01T00:00:00.000Z }\n",
    );
    const run = runIngest(["load", "data/articles", "--curated", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("corrections.0.date");
  });
});
