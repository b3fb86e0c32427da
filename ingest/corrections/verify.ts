// `ingest verify` for corrections (#19): every live correction must still hold in the graph. One
// whose target is gone (the fact is no longer extracted, the actor was renamed) is reported, never
// silently dropped, so an analyst can look at it again.
import type { Driver } from "neo4j-driver";
import { readProps } from "../../cypher/corrections/apply.ts";
import { readTransaction } from "../../cypher/run.ts";
import { parseNodeRef, type Correction } from "../../cypher/corrections/correction.ts";
import { allCorrections } from "../../cypher/corrections/store.ts";

/** The shape of verify.ts's problems (not imported from there: verify.ts imports this module). */
interface VerifyProblem {
  node: string;
  message: string;
}

async function nodeProps(
  driver: Driver,
  database: string,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const ref = parseNodeRef(id);
  if (!ref) return undefined;
  return readTransaction({ driver, database }, (tx) => readProps(tx, ref));
}

function describeCorrection(c: Correction): string {
  return `correction ${c.id} (${c.kind} by ${c.reviewer})`;
}

/** The problems of the live corrections; `checked` counts them. */
export async function verifyCorrections(
  driver: Driver,
  database: string,
): Promise<{ checked: number; problems: VerifyProblem[] }> {
  const live = (await allCorrections(driver, database)).filter((s) => !s.correction.undone);
  const problems: VerifyProblem[] = [];
  const problem = (c: Correction, message: string) =>
    problems.push({ node: `correction:${c.id}`, message: `${describeCorrection(c)} ${message}` });
  for (const { correction: c, applied } of live) {
    if (c.kind === "merge-actors") {
      if (!(await nodeProps(driver, database, c.keep)))
        problem(c, `keeps ${c.keep}, which is not in the graph`);
      if (await nodeProps(driver, database, c.drop))
        problem(c, `merges away ${c.drop}, which is still in the graph: run \`ingest load\` again`);
      if (!applied && !(await nodeProps(driver, database, c.drop)))
        problem(c, `merges away ${c.drop}, which was never in the graph`);
      continue;
    }
    const target = await nodeProps(driver, database, c.target);
    if (c.kind === "reject") {
      if (target) problem(c, `rejects ${c.target}, which is still shown: run \`ingest load\` again`);
      else if (!applied) problem(c, `rejects ${c.target}, which is not in the graph`);
      continue;
    }
    if (!target) {
      problem(c, `targets ${c.target}, which is not in the graph`);
      continue;
    }
    if (c.kind === "edit-date" && String(target.date) !== c.date)
      problem(c, `dates ${c.target} ${c.date}, but the graph says ${String(target.date)}`);
    if (c.kind === "confirm" && target.reviewed !== true)
      problem(c, `confirms ${c.target}, which is not marked reviewed`);
  }
  return { checked: live.length, problems };
}
