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

/** Whether an actor is linked to a fact (a split moves the link to the new actor). */
async function linked(driver: Driver, database: string, actor: string, fact: string): Promise<boolean> {
  const a = parseNodeRef(actor);
  const f = parseNodeRef(fact);
  if (!a || !f) return false;
  return readTransaction({ driver, database }, async (tx) =>
    Boolean(
      await tx.first(
        `MATCH (:Actor {id: $a})-[:PARTICIPATED_IN|INVOLVED_IN]->(f:${f.label} {id: $f}) RETURN 1 AS x LIMIT 1`,
        { a: a.key, f: f.key },
        () => true,
      ),
    ),
  );
}

function describeCorrection(c: Correction): string {
  return `correction ${c.id} (${c.kind} by ${c.reviewer})`;
}

/** What an edit sets, by graph property, as the graph stores it. */
function editedValues(c: Extract<Correction, { kind: "edit-fact" | "edit-actor" }>): Record<string, unknown> {
  const values: Record<string, unknown> =
    c.kind === "edit-fact"
      ? { kind: c.factKind, cameo: c.cameo }
      : { name: c.name, kind: c.actorKind, aliases: c.aliases, title: c.title };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
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
  const present = async (id: string) => Boolean(await nodeProps(driver, database, id));
  for (const { correction: c, applied } of live) {
    if ("keep" in c) {
      if (!(await present(c.keep))) problem(c, `keeps ${c.keep}, which is not in the graph`);
      if (await present(c.drop))
        problem(c, `merges away ${c.drop}, which is still in the graph: run \`ingest load\` again`);
      else if (!applied) problem(c, `merges away ${c.drop}, which was never in the graph`);
      continue;
    }
    if (c.kind === "split-actor") {
      if (!(await present(c.target))) problem(c, `splits ${c.target}, which is not in the graph`);
      else if (!(await present(c.into)))
        problem(
          c,
          `splits ${c.into} off ${c.target}, but ${c.into} is not in the graph: run \`ingest load\` again`,
        );
      for (const fact of c.facts)
        if (await linked(driver, database, c.target, fact))
          problem(
            c,
            `moves ${fact} to ${c.into}, but ${c.target} is still linked to it: run \`ingest load\` again`,
          );
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
    if (c.kind === "edit-fact")
      for (const id of [...(c.participants ?? []), ...(c.place ? [c.place] : [])])
        if (!(await present(id))) problem(c, `links ${c.target} to ${id}, which is not in the graph`);
    if (c.kind === "edit-fact" || c.kind === "edit-actor")
      for (const [key, value] of Object.entries(editedValues(c)))
        if (JSON.stringify(target[key] ?? null) !== JSON.stringify(value))
          problem(
            c,
            `sets ${key} of ${c.target} to ${JSON.stringify(value)}, but the graph says ${JSON.stringify(target[key] ?? null)}`,
          );
  }
  return { checked: live.length, problems };
}
