// Turns Neo4j nodes and relationships into Cytoscape elements JSON. Element ids are
// "<kind>:<id>" (e.g. "actor:lukashenko"), so ids of different labels never collide.
import type { Node, Relationship } from "neo4j-driver";
import { toPlain } from "../cypher/neo4j.ts";
import { isNodeLabel, type NodeLabel } from "../cypher/vocabulary.ts";

export type ElementKind = "actor" | "meeting" | "incident" | "place" | "article";

export interface NodeElement {
  group: "nodes";
  data: {
    id: string;
    kind: ElementKind;
    label: string;
    /** The node's id property ("lukashenko" of "actor:lukashenko"). */
    key: string;
    subtype: string | null;
    [key: string]: unknown;
  };
}

export interface EdgeElement {
  group: "edges";
  data: { id: string; source: string; target: string; type: string; [key: string]: unknown };
}

export type Element = NodeElement | EdgeElement;

export function kindOfLabel(label: NodeLabel): ElementKind {
  return label.toLowerCase() as ElementKind;
}

export function nodeLabel(node: Node): NodeLabel | undefined {
  return node.labels.find(isNodeLabel);
}

export function elementId(node: Node): string {
  const label = nodeLabel(node);
  return `${label ? kindOfLabel(label) : "node"}:${String(node.properties.id ?? node.elementId)}`;
}

function displayLabel(node: Node): string {
  const p = node.properties as Record<string, unknown>;
  return String(p.name ?? p.label ?? p.title ?? p.id ?? "");
}

/** toPlain over a property map, with strings, numbers and booleans passed through as they are
 * (toPlain would return them unchanged, after testing each against every Neo4j type). */
function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    const type = typeof value;
    out[key] = type === "string" || type === "number" || type === "boolean" ? value : toPlain(value);
  }
  return out;
}

export function nodeElement(node: Node): NodeElement {
  const label = nodeLabel(node);
  const props = plainProperties(node.properties);
  delete props.aliasText;
  return {
    group: "nodes",
    data: {
      ...props,
      id: elementId(node),
      key: String(node.properties.id ?? ""),
      kind: label ? kindOfLabel(label) : "actor",
      label: displayLabel(node),
      // A node's own `kind` property (person, phone_call…) is its subtype.
      subtype: typeof props.kind === "string" ? props.kind : null,
    },
  };
}

/** Collects unique nodes and relationships; relationships whose ends are missing are dropped. */
export class ElementSet {
  private nodes = new Map<string, NodeElement>();
  private edges = new Map<string, EdgeElement>();
  private idsByElementId = new Map<string, string>();

  addNode(node: Node): string {
    const id = elementId(node);
    if (!this.nodes.has(id)) this.nodes.set(id, nodeElement(node));
    this.idsByElementId.set(node.elementId, id);
    return id;
  }

  addRelationship(rel: Relationship): void {
    const source = this.idsByElementId.get(rel.startNodeElementId);
    const target = this.idsByElementId.get(rel.endNodeElementId);
    if (!source || !target) return;
    const id = `${rel.type}:${source}->${target}`;
    if (this.edges.has(id)) return;
    this.edges.set(id, {
      group: "edges",
      data: { ...plainProperties(rel.properties), id, source, target, type: rel.type },
    });
  }

  addEdge(edge: EdgeElement): void {
    if (!this.edges.has(edge.data.id)) this.edges.set(edge.data.id, edge);
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  toJSON(): Element[] {
    const nodeIds = new Set(this.nodes.keys());
    const edges = [...this.edges.values()].filter(
      (e) => nodeIds.has(e.data.source) && nodeIds.has(e.data.target),
    );
    return [...this.nodes.values(), ...edges];
  }
}

/** Splits "actor:lukashenko" into a label from the fixed vocabulary and the id property. */
export function parseElementId(id: string): { label: NodeLabel; key: string } | undefined {
  const at = id.indexOf(":");
  if (at <= 0) return undefined;
  const kind = id.slice(0, at);
  const label = (kind.charAt(0).toUpperCase() + kind.slice(1)) as string;
  if (!isNodeLabel(label)) return undefined;
  return { label, key: id.slice(at + 1) };
}
