// Applies one correction to the graph, and undoes it. Applying is idempotent and starts from what
// the graph holds now, so the loader can run every correction again after a load (which rewrites the
// extracted facts) and end with the same graph. What a correction removed or replaced is returned as
// its `Applied` state, stored with it, and is what undo puts back.
import { z } from "zod";
import type { Tx } from "../run.ts";
import { parseNodeRef, type Correction, type NodeRef } from "./correction.ts";
import {
  deleteLinks,
  linkKey,
  readSnapshot,
  restoreSnapshot,
  writeLinks,
  type LinkSnapshot,
  type NodeSnapshot,
} from "./snapshot.ts";

export type Applied =
  | {
      kind: "merge-actors";
      /** The merged-away actor as it was, with its links. */
      drop: NodeSnapshot;
      /** The kept actor's aliases before the merge. */
      keepAliases: string[];
      /** Links the kept actor gained (those it already had are not removed by undo). */
      added: LinkSnapshot[];
    }
  | { kind: "reject"; fact: NodeSnapshot }
  | { kind: "edit-date"; previous: string }
  | {
      kind: "confirm";
      previous: { reviewed: boolean | null; reviewedBy: string | null; reviewedAt: string | null };
    };

export interface ApplyResult {
  applied?: Applied;
  /** Targets not in the graph: the correction could not be applied. */
  missing: string[];
}

function ref(id: string): NodeRef {
  const r = parseNodeRef(id);
  if (!r) throw new Error(`not a node id: ${id}`);
  return r;
}

const Props = z.record(z.string(), z.unknown());

/** The node's properties as plain JSON (dates as text), or undefined when it is not in the graph. */
export async function readProps(tx: Tx, r: NodeRef): Promise<Record<string, unknown> | undefined> {
  return tx.first(`MATCH (n:${r.label} {id: $key}) RETURN properties(n) AS p`, { key: r.key }, (row) =>
    row.plain("p", Props),
  );
}

async function setAliases(tx: Tx, key: string, aliases: string[]): Promise<void> {
  await tx.exec("MATCH (a:Actor {id: $key}) SET a.aliases = $aliases, a.aliasText = $text", {
    key,
    aliases,
    text: aliases.join(" | "),
  });
}

/** A fact's review marks before a confirm, for undo. */
const ReviewState = z.object({
  reviewed: z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
  reviewedBy: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  reviewedAt: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
});

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

async function mergeActors(
  tx: Tx,
  c: Extract<Correction, { kind: "merge-actors" }>,
  prior: Applied | undefined,
): Promise<ApplyResult> {
  const keep = ref(c.keep);
  const keepProps = await readProps(tx, keep);
  if (!keepProps) return { missing: [c.keep] };
  const drop = await readSnapshot(tx, ref(c.drop));
  const keepAliases = strings(keepProps.aliases);
  const priorDrop = prior?.kind === "merge-actors" ? prior : undefined;
  const dropped = drop ?? priorDrop?.drop;
  if (!dropped) return { missing: [c.drop] };
  // The dropped actor's names become aliases of the kept one, so search and extraction find it by them.
  const names = [String(dropped.props.name ?? ""), ...strings(dropped.props.aliases)].filter(Boolean);
  const aliases = [...new Set([...keepAliases, ...names])].filter((a) => a !== keepProps.name);
  await setAliases(tx, keep.key, aliases);
  // Merged already and not brought back by a load: only the aliases needed refreshing.
  if (!drop) return { applied: priorDrop, missing: [] };
  const keepLinks = (await readSnapshot(tx, keep))!.links;
  const had = new Set(keepLinks.map(linkKey));
  const added = drop.links.filter((l) => !had.has(linkKey(l)));
  await writeLinks(tx, keep.label, keep.key, added);
  await tx.exec("MATCH (a:Actor {id: $key}) DETACH DELETE a", { key: ref(c.drop).key });
  return { applied: { kind: "merge-actors", drop, keepAliases, added }, missing: [] };
}

async function reject(
  tx: Tx,
  c: Extract<Correction, { kind: "reject" }>,
  prior: Applied | undefined,
): Promise<ApplyResult> {
  const target = ref(c.target);
  const fact = await readSnapshot(tx, target);
  if (!fact) return prior ? { applied: prior, missing: [] } : { missing: [c.target] };
  // Kept inside the correction, out of the graph: so no read (graph, search, paths, saved or ad-hoc
  // queries) can show it, whatever it matches on.
  await tx.exec(`MATCH (n:${target.label} {id: $key}) DETACH DELETE n`, { key: target.key });
  return { applied: { kind: "reject", fact }, missing: [] };
}

async function editDate(
  tx: Tx,
  c: Extract<Correction, { kind: "edit-date" }>,
  prior: Applied | undefined,
): Promise<ApplyResult> {
  const target = ref(c.target);
  const props = await readProps(tx, target);
  if (!props) return { missing: [c.target] };
  const current = String(props.date);
  const previous = current !== c.date ? current : prior?.kind === "edit-date" ? prior.previous : current;
  await tx.exec(`MATCH (n:${target.label} {id: $key}) SET n.date = date($date)`, {
    key: target.key,
    date: c.date,
  });
  return { applied: { kind: "edit-date", previous }, missing: [] };
}

async function confirm(
  tx: Tx,
  c: Extract<Correction, { kind: "confirm" }>,
  prior: Applied | undefined,
): Promise<ApplyResult> {
  const target = ref(c.target);
  const props = await readProps(tx, target);
  if (!props) return { missing: [c.target] };
  const previous = prior?.kind === "confirm" ? prior.previous : ReviewState.parse(props);
  await tx.exec(
    `MATCH (n:${target.label} {id: $key}) SET n.reviewed = true, n.reviewedBy = $by, n.reviewedAt = $at`,
    { key: target.key, by: c.reviewer, at: c.at },
  );
  return { applied: { kind: "confirm", previous }, missing: [] };
}

/** Applies `c` to the graph as it is now; `prior` is what an earlier application stored. */
export async function applyCorrection(tx: Tx, c: Correction, prior?: Applied): Promise<ApplyResult> {
  switch (c.kind) {
    case "merge-actors":
      return mergeActors(tx, c, prior);
    case "reject":
      return reject(tx, c, prior);
    case "edit-date":
      return editDate(tx, c, prior);
    case "confirm":
      return confirm(tx, c, prior);
  }
}

/** Puts back what `applied` says the correction changed. */
export async function undoCorrection(tx: Tx, c: Correction, applied: Applied): Promise<void> {
  switch (applied.kind) {
    case "merge-actors": {
      if (c.kind !== "merge-actors") return;
      const keep = ref(c.keep);
      await deleteLinks(tx, keep.label, keep.key, applied.added);
      await setAliases(tx, keep.key, applied.keepAliases);
      await restoreSnapshot(tx, applied.drop);
      return;
    }
    case "reject":
      await restoreSnapshot(tx, applied.fact);
      return;
    case "edit-date": {
      if (c.kind !== "edit-date") return;
      const target = ref(c.target);
      await tx.exec(`MATCH (n:${target.label} {id: $key}) SET n.date = date($date)`, {
        key: target.key,
        date: applied.previous,
      });
      return;
    }
    case "confirm": {
      if (c.kind !== "confirm") return;
      const target = ref(c.target);
      await tx.exec(
        `MATCH (n:${target.label} {id: $key})
         SET n.reviewed = $p.reviewed, n.reviewedBy = $p.reviewedBy, n.reviewedAt = $p.reviewedAt`,
        { key: target.key, p: applied.previous },
      );
      return;
    }
  }
}
