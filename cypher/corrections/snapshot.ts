// A node with its links as plain JSON, and back: what a rejected fact or a merged-away actor is kept
// as (inside its correction), what undo rebuilds it from, and the fingerprint a reviewer's client sends
// back so that a correction made on a stale view is refused (409).
import { createHash } from "node:crypto";
import neo4j from "neo4j-driver";
import { z } from "zod";
import { toPlain } from "../neo4j.ts";
import type { Tx } from "../run.ts";
import { isNodeLabel, isRelationshipType, NODE_LABELS } from "../vocabulary.ts";
import type { NodeRef } from "./correction.ts";

/** A property value that survives JSON: Neo4j integers and dates are tagged so they come back typed. */
type Stored = string | number | boolean | null | Stored[] | { int: string } | { date: string };

export interface LinkSnapshot {
  type: string;
  /** true: (node)-[type]->(other); false: (other)-[type]->(node). */
  out: boolean;
  label: string;
  id: string;
  props: Record<string, Stored>;
}

export interface NodeSnapshot {
  label: string;
  props: Record<string, Stored>;
  links: LinkSnapshot[];
}

function store(value: unknown): Stored {
  if (neo4j.isInt(value)) return { int: String(value) };
  if (neo4j.isDate(value as never)) return { date: String(value) };
  if (Array.isArray(value)) return value.map(store);
  const plain = toPlain(value);
  // Graph properties are scalars, dates and lists; anything else is kept as its JSON text.
  return isScalar(plain) ? plain : JSON.stringify(plain);
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

function revive(value: Stored): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === "object" && "int" in value) return neo4j.int(value.int);
  if (value && typeof value === "object" && "date" in value) {
    const [y, m, d] = value.date.split("-").map(Number);
    return new neo4j.types.Date(y!, m!, d!);
  }
  return value;
}

const mapValues = <A, B>(o: Record<string, A>, f: (v: A) => B): Record<string, B> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

const READ_NODE = (label: string) => `
MATCH (n:${label} {id: $key})
RETURN properties(n) AS props,
  [(n)-[r]->(o) WHERE o.id IS NOT NULL | {type: type(r), out: true, labels: labels(o), id: o.id, props: properties(r)}] +
  [(n)<-[r]-(o) WHERE o.id IS NOT NULL | {type: type(r), out: false, labels: labels(o), id: o.id, props: properties(r)}]
  AS links`;

// Raw Neo4j values (integers, dates) stay as they are: store() tags them so they come back typed.
const RawProps = z.record(z.string(), z.unknown());
const RawLinks = z.array(
  z.object({
    type: z.string(),
    out: z.boolean(),
    labels: z.array(z.string()),
    id: z.unknown(),
    props: RawProps,
  }),
);

/** The node and its links, or undefined when it is not in the graph. */
export async function readSnapshot(tx: Tx, ref: NodeRef): Promise<NodeSnapshot | undefined> {
  const found = await tx.first(READ_NODE(ref.label), { key: ref.key }, (row) => ({
    props: RawProps.parse(row.raw("props")),
    links: RawLinks.parse(row.raw("links")),
  }));
  if (!found) return undefined;
  const links = found.links.flatMap((l) => {
    const label = l.labels.find((x) => (NODE_LABELS as readonly string[]).includes(x));
    if (!label) return [];
    return [{ type: l.type, out: l.out, label, id: String(l.id), props: mapValues(l.props, store) }];
  });
  return { label: ref.label, props: mapValues(found.props, store), links };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  return value;
}

export function linkKey(l: Pick<LinkSnapshot, "type" | "out" | "label" | "id">): string {
  return `${l.out ? "" : "<"}${l.type}${l.out ? ">" : ""}${l.label}:${l.id}`;
}

/** 16 hex digits over the node's properties and links: any change to either changes it. */
export function fingerprint(snapshot: NodeSnapshot | undefined): string {
  if (!snapshot) return "absent";
  const links = snapshot.links.map((l) => JSON.stringify(sortKeys(l))).sort();
  const text = JSON.stringify([sortKeys(snapshot.props), links]);
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** Links go back one statement per (type, other label, direction), each checked against the vocabulary. */
export async function writeLinks(tx: Tx, label: string, key: string, links: LinkSnapshot[]): Promise<void> {
  if (!isNodeLabel(label)) throw new Error(`not a graph label: ${label}`);
  const groups = new Map<string, LinkSnapshot[]>();
  for (const l of links) {
    const k = `${l.type}|${l.label}|${l.out}`;
    groups.set(k, [...(groups.get(k) ?? []), l]);
  }
  for (const group of groups.values()) {
    const { type, label: other, out } = group[0]!;
    if (!isRelationshipType(type) || !isNodeLabel(other))
      throw new Error(`not in the vocabulary: ${type} to ${other}`);
    const pattern = out ? `(n)-[r:${type}]->(o)` : `(n)<-[r:${type}]-(o)`;
    await tx.exec(
      `MATCH (n:${label} {id: $key})
       UNWIND $rows AS row
       MATCH (o:${other} {id: row.id})
       MERGE ${pattern}
       SET r = row.props`,
      { key, rows: group.map((l) => ({ id: l.id, props: mapValues(l.props, revive) })) },
    );
  }
}

/** Deletes the given links of a node (those a merge added, when it is undone). */
export async function deleteLinks(tx: Tx, label: string, key: string, links: LinkSnapshot[]): Promise<void> {
  if (!isNodeLabel(label)) throw new Error(`not a graph label: ${label}`);
  await tx.exec(
    `MATCH (n:${label} {id: $key})-[r]-(o)
     WHERE [type(r), startNode(r) = n, o.id] IN $links
     DELETE r`,
    { key, links: links.map((l) => [l.type, l.out, l.id]) },
  );
}

/** Rebuilds a node (kept by a correction) with its properties and links. */
export async function restoreSnapshot(tx: Tx, snapshot: NodeSnapshot): Promise<void> {
  if (!isNodeLabel(snapshot.label)) throw new Error(`not a graph label: ${snapshot.label}`);
  const props = mapValues(snapshot.props, revive);
  await tx.exec(`MERGE (n:${snapshot.label} {id: $props.id}) SET n = $props`, { props });
  await writeLinks(tx, snapshot.label, String(props.id), snapshot.links);
}
