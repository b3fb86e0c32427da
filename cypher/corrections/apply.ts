// Applies one correction to the graph, and undoes it. Applying is idempotent and starts from what
// the graph holds now, so the loader can run every correction again after a load (which rewrites the
// extracted facts) and end with the same graph. What a correction removed or replaced is returned as
// its `Applied` state, stored with it, and is what undo puts back. A re-application keeps what the
// earlier ones changed (links added or removed before a load are still the correction's own).
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
      /** "merge-actors": as stored before meetings, incidents and places could be merged too. */
      kind: "merge" | "merge-actors";
      /** The merged-away node as it was, with its links. */
      drop: NodeSnapshot;
      /** The kept actor's aliases before the merge (actors only). */
      keepAliases?: string[];
      /** Links the kept node gained (those it already had are not removed by undo). */
      added: LinkSnapshot[];
    }
  | {
      kind: "split-actor";
      /** The target's links to the facts that moved to the new actor. */
      moved: LinkSnapshot[];
      /** The target's aliases before the split. */
      previousAliases: string[];
    }
  | {
      kind: "edit";
      /** Each edited property as it was (null: it was not set). */
      previous: Record<string, unknown>;
      /** Participant or place links the edit removed, and those it added. */
      removed: LinkSnapshot[];
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

/** "meeting:m-1" for a link to (:Meeting {id: "m-1"}): the id a correction names it by. */
export const linkTarget = (l: Pick<LinkSnapshot, "label" | "id">): string =>
  `${l.label.toLowerCase()}:${l.id}`;

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

/** A meeting's or incident's corroboration, counted again from its REPORTED_IN links (as the loader does). */
async function recountSources(tx: Tx, r: NodeRef): Promise<void> {
  if (r.label !== "Meeting" && r.label !== "Incident") return;
  await tx.exec(
    `MATCH (n:${r.label} {id: $key})
     CALL (n) {
       MATCH (n)-[:REPORTED_IN]->(a:Article)
       RETURN count(DISTINCT coalesce(a.source, a.id)) AS sourceCount
     }
     SET n.sourceCount = sourceCount`,
    { key: r.key },
  );
}

/** Links of both lists, each once (the later list wins). */
function union(a: LinkSnapshot[], b: LinkSnapshot[]): LinkSnapshot[] {
  return [...new Map([...a, ...b].map((l) => [linkKey(l), l])).values()];
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

type MergeKind = "merge-actors" | "merge-meetings" | "merge-incidents" | "merge-places";

/**
 * One node takes over another: every link of the dropped one moves to the kept one (an incident keeps
 * its own place), the dropped one leaves the graph (kept inside the correction). A dropped actor's
 * names become the kept one's aliases, so search and extraction find it by them.
 */
async function mergeNodes(
  tx: Tx,
  c: Extract<Correction, { kind: MergeKind }>,
  prior: Applied | undefined,
): Promise<ApplyResult> {
  const keep = ref(c.keep);
  const keepProps = await readProps(tx, keep);
  if (!keepProps) return { missing: [c.keep] };
  const drop = await readSnapshot(tx, ref(c.drop));
  const priorMerge = prior?.kind === "merge" || prior?.kind === "merge-actors" ? prior : undefined;
  const dropped = drop ?? priorMerge?.drop;
  if (!dropped) return { missing: [c.drop] };
  const keepAliases = strings(keepProps.aliases);
  if (keep.label === "Actor") {
    const names = [String(dropped.props.name ?? ""), ...strings(dropped.props.aliases)].filter(Boolean);
    const aliases = [...new Set([...keepAliases, ...names])].filter((a) => a !== keepProps.name);
    await setAliases(tx, keep.key, aliases);
  }
  // Merged already and not brought back by a load: only the aliases needed refreshing.
  if (!drop) return { applied: priorMerge, missing: [] };
  const keepLinks = (await readSnapshot(tx, keep))!.links;
  const had = new Set(keepLinks.map(linkKey));
  const hasPlace = keepLinks.some((l) => l.type === "OCCURRED_AT" && l.out);
  const added = drop.links.filter(
    (l) => !had.has(linkKey(l)) && !(hasPlace && l.type === "OCCURRED_AT" && l.out),
  );
  await writeLinks(tx, keep.label, keep.key, added);
  await tx.exec(`MATCH (n:${keep.label} {id: $key}) DETACH DELETE n`, { key: ref(c.drop).key });
  await recountSources(tx, keep);
  return {
    applied: {
      kind: "merge",
      drop,
      ...(keep.label === "Actor" ? { keepAliases: priorMerge?.keepAliases ?? keepAliases } : {}),
      added: union(priorMerge?.added ?? [], added),
    },
    missing: [],
  };
}

/** Undoes a merge: the kept node loses what it gained, the dropped one comes back with its links. */
async function unmerge(
  tx: Tx,
  keepId: string,
  applied: Extract<Applied, { kind: "merge" | "merge-actors" }>,
) {
  const keep = ref(keepId);
  await deleteLinks(tx, keep.label, keep.key, applied.added);
  if (applied.keepAliases) await setAliases(tx, keep.key, applied.keepAliases);
  await restoreSnapshot(tx, applied.drop);
  await recountSources(tx, keep);
}

/**
 * A wrongly merged actor split in two: a new actor `into` (of the target's kind) takes the listed
 * facts and aliases. A load links the facts to the target again; applying again moves them back.
 */
async function splitActor(
  tx: Tx,
  c: Extract<Correction, { kind: "split-actor" }>,
  prior: Applied | undefined,
): Promise<ApplyResult> {
  const target = ref(c.target);
  const into = ref(c.into);
  const snapshot = await readSnapshot(tx, target);
  if (!snapshot) return { missing: [c.target] };
  const priorSplit = prior?.kind === "split-actor" ? prior : undefined;
  const facts = new Set(c.facts);
  const moved = snapshot.links.filter((l) => facts.has(linkTarget(l)));
  const aliases = strings(snapshot.props.aliases);
  const kept = aliases.filter((a) => !c.aliases.includes(a));
  const previousAliases = kept.length !== aliases.length ? aliases : (priorSplit?.previousAliases ?? aliases);
  await tx.exec(
    `MERGE (a:Actor {id: $key})
     SET a.name = $name, a.kind = $kind, a.aliases = $aliases, a.aliasText = $text`,
    {
      key: into.key,
      name: c.name,
      kind: typeof snapshot.props.kind === "string" ? snapshot.props.kind : null,
      aliases: c.aliases,
      text: c.aliases.join(" | "),
    },
  );
  await deleteLinks(tx, target.label, target.key, moved);
  await writeLinks(tx, into.label, into.key, moved);
  await setAliases(tx, target.key, kept);
  return {
    applied: { kind: "split-actor", moved: union(priorSplit?.moved ?? [], moved), previousAliases },
    missing: [],
  };
}

/** The graph properties an edit sets, by the correction's field. */
function editedProps(c: Extract<Correction, { kind: "edit-fact" | "edit-actor" }>): Record<string, unknown> {
  const props: Record<string, unknown> =
    c.kind === "edit-fact"
      ? { kind: c.factKind, cameo: c.cameo }
      : { name: c.name, kind: c.actorKind, aliases: c.aliases, title: c.title };
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Sets properties (aliases with their search text); null removes one. */
async function setProps(tx: Tx, r: NodeRef, props: Record<string, unknown>): Promise<void> {
  const withText =
    "aliases" in props
      ? { ...props, aliasText: props.aliases ? strings(props.aliases).join(" | ") : null }
      : props;
  await tx.exec(`MATCH (n:${r.label} {id: $key}) SET n += $props`, { key: r.key, props: withText });
}

/** The links a fact should have to a kind of node, and those it has that it should not. */
function relink(
  links: LinkSnapshot[],
  match: (l: LinkSnapshot) => boolean,
  wanted: LinkSnapshot[],
): { removed: LinkSnapshot[]; added: LinkSnapshot[] } {
  const have = links.filter(match);
  const keys = new Set(wanted.map(linkKey));
  const haveKeys = new Set(have.map(linkKey));
  return {
    removed: have.filter((l) => !keys.has(linkKey(l))),
    added: wanted.filter((l) => !haveKeys.has(linkKey(l))),
  };
}

/** Edits a fact (kind, CAMEO code, participants, place) or an actor (name, kind, aliases, title). */
async function edit(
  tx: Tx,
  c: Extract<Correction, { kind: "edit-fact" | "edit-actor" }>,
  prior: Applied | undefined,
): Promise<ApplyResult> {
  const target = ref(c.target);
  const snapshot = await readSnapshot(tx, target);
  const props = await readProps(tx, target);
  if (!snapshot || !props) return { missing: [c.target] };
  const priorEdit = prior?.kind === "edit" ? prior : undefined;
  const wanted = editedProps(c);
  const previous: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted))
    previous[key] = !same(props[key], value)
      ? (props[key] ?? null)
      : (priorEdit?.previous[key] ?? props[key] ?? null);
  let removed: LinkSnapshot[] = [];
  let added: LinkSnapshot[] = [];
  if (c.kind === "edit-fact") {
    const linked = [...(c.participants ?? []), ...(c.place ? [c.place] : [])];
    const missing: string[] = [];
    for (const id of linked) if (!(await readProps(tx, ref(id)))) missing.push(id);
    if (missing.length) return { missing };
    if (c.participants) {
      const type = target.label === "Meeting" ? "PARTICIPATED_IN" : "INVOLVED_IN";
      const linkProps: Record<string, string> = type === "INVOLVED_IN" ? { role: "participant" } : {};
      const want = c.participants.map((id) => ({
        type,
        out: false,
        label: "Actor",
        id: ref(id).key,
        props: linkProps,
      }));
      const change = relink(snapshot.links, (l) => l.type === type && !l.out && l.label === "Actor", want);
      removed.push(...change.removed);
      added.push(...change.added);
    }
    if (c.place) {
      const want = [{ type: "OCCURRED_AT", out: true, label: "Place", id: ref(c.place).key, props: {} }];
      const change = relink(snapshot.links, (l) => l.type === "OCCURRED_AT", want);
      removed.push(...change.removed);
      added.push(...change.added);
    }
  }
  await setProps(tx, target, wanted);
  await deleteLinks(tx, target.label, target.key, removed);
  await writeLinks(tx, target.label, target.key, added);
  removed = union(priorEdit?.removed ?? [], removed);
  added = union(priorEdit?.added ?? [], added);
  return { applied: { kind: "edit", previous, removed, added }, missing: [] };
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
    case "merge-meetings":
    case "merge-incidents":
    case "merge-places":
      return mergeNodes(tx, c, prior);
    case "split-actor":
      return splitActor(tx, c, prior);
    case "edit-fact":
    case "edit-actor":
      return edit(tx, c, prior);
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
    case "merge":
    case "merge-actors":
      if ("keep" in c) await unmerge(tx, c.keep, applied);
      return;
    case "split-actor": {
      if (c.kind !== "split-actor") return;
      const target = ref(c.target);
      await writeLinks(tx, target.label, target.key, applied.moved);
      await tx.exec("MATCH (a:Actor {id: $key}) DETACH DELETE a", { key: ref(c.into).key });
      await setAliases(tx, target.key, applied.previousAliases);
      return;
    }
    case "edit": {
      if (c.kind !== "edit-fact" && c.kind !== "edit-actor") return;
      const target = ref(c.target);
      await deleteLinks(tx, target.label, target.key, applied.added);
      await writeLinks(tx, target.label, target.key, applied.removed);
      await setProps(tx, target, applied.previous);
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
