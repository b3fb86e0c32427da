// Corrections (#19) as the integration tests make them: applied and saved as alice, undone as bob, and
// the news graph (corrections and their links left out) read back as sorted text to compare.
import type { Driver } from "neo4j-driver";
import { expect } from "vitest";
import { toPlain } from "../../cypher/neo4j.ts";
import { readTx, writeTransaction } from "../../cypher/run.ts";
import { newCorrection, type Correction, type CorrectionInput } from "../../cypher/corrections/correction.ts";
import { applyAndSave, findCorrection, undoAndSave } from "../../cypher/corrections/store.ts";

export function correctionsOn(graph: () => Driver, database: string) {
  /** Applies and saves a correction whose targets all exist. */
  async function correct(input: CorrectionInput): Promise<Correction> {
    const correction = newCorrection(input, "alice");
    const outcome = await writeTransaction({ driver: graph(), database }, (tx) =>
      applyAndSave(tx, correction),
    );
    expect(outcome.missing).toEqual([]);
    return correction;
  }

  async function undo(id: string): Promise<void> {
    await writeTransaction({ driver: graph(), database }, async (tx) =>
      undoAndSave(tx, (await findCorrection(tx, id))!, "bob"),
    );
  }

  /** The news graph (corrections left out) as sorted text: nodes with properties, relationships. */
  async function dump(): Promise<string[]> {
    return readTx(graph(), database, async (tx) => {
      const nodes = await tx.run(
        `MATCH (n) WHERE NOT n:Correction RETURN labels(n)[0] + ' ' + n.id AS key, properties(n) AS props`,
      );
      const rels = await tx.run(
        `MATCH (a)-[r]->(b) WHERE NOT a:Correction
         RETURN labels(a)[0] + ':' + a.id + ' ' + type(r) + ' ' + labels(b)[0] + ':' + b.id AS key,
                properties(r) AS props`,
      );
      const line = (r: { get(k: string): unknown }) => {
        const props = toPlain(r.get("props")) as Record<string, unknown>;
        const sorted = Object.keys(props)
          .sort()
          .map((k) => [k, props[k]]);
        return `${String(r.get("key"))} ${JSON.stringify(sorted)}`;
      };
      return [...nodes.records.map(line), ...rels.records.map(line)].sort();
    });
  }

  return { correct, undo, dump };
}
