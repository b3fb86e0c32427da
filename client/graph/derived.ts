// Data the stylesheet reads but the API does not send: actors' degree (their size), edge labels and
// events' captions (captions.ts).
// A new graph gets them on its element definitions before Cytoscape holds it, so it is styled once;
// setting them after adding would style every element a second time (~0.5 s at 15,000 elements).
// Later changes (expand, hide) go through refreshDerivedData, which touches only what changed.
import type { Core, ElementDefinition, NodeCollection, SingularElementArgument } from "cytoscape";
import { caption } from "./captions.ts";

/** An edge's label: meetings and sources for a who-met-whom pair, else its relationship type. */
export function edgeLabel(data: Record<string, unknown>): string {
  if (data.type === "MET") {
    const weight = Number(data.weight);
    return `${weight} meeting${weight > 1 ? "s" : ""} · ${String(data.sources)} src`;
  }
  // A query's pair (panels/query-pairs.ts): what its row says about it.
  if (data.type === "PAIR") return String(data.about ?? "");
  return String(data.type).toLowerCase().replaceAll("_", " ");
}

/** The definitions with `degree` on actors (edges at the node, loops excluded), `edgeLabel` and the
 * `labelled` class on edges, as refreshDerivedData would set them once added. */
export function withDerived(elements: ElementDefinition[], labelled: boolean): ElementDefinition[] {
  const degree = new Map<string, number>();
  for (const e of elements) {
    const { source, target } = e.data;
    if (source === undefined || source === target) continue;
    degree.set(String(source), (degree.get(String(source)) ?? 0) + 1);
    degree.set(String(target), (degree.get(String(target)) ?? 0) + 1);
  }
  return elements.map((e) => {
    if (e.data.source !== undefined) {
      const classes = labelled ? `${e.classes ?? ""} labelled`.trim() : e.classes;
      return { ...e, classes, data: { ...e.data, edgeLabel: edgeLabel(e.data) } };
    }
    if (e.data.kind !== "actor") {
      const text = caption(e.data);
      return text === undefined ? e : { ...e, data: { ...e.data, caption: text } };
    }
    return { ...e, data: { ...e.data, degree: degree.get(String(e.data.id)) ?? 0 } };
  });
}

function set(ele: SingularElementArgument, key: string, value: unknown): void {
  // Setting data restyles the element even when the value is the same.
  if (ele.data(key) !== value) ele.data(key, value);
}

/** Brings degree, edge labels and the `labelled` class up to date, changing only what differs. */
export function refreshDerivedData(cy: Core, labelled: boolean): void {
  cy.batch(() => {
    cy.nodes('[kind = "actor"]').forEach((n) => set(n, "degree", n.degree(false)));
    cy.nodes('[kind = "meeting"], [kind = "incident"]').forEach((n) =>
      set(n, "caption", caption(n.data() as Record<string, unknown>)),
    );
    cy.edges().forEach((e) => {
      set(e, "edgeLabel", edgeLabel(e.data() as Record<string, unknown>));
      if (e.hasClass("labelled") !== labelled) e.toggleClass("labelled", labelled);
    });
  });
}

/** The nodes matching `selector` left without a link (loops aside), but for those in `keep`. */
export function loneNodes(cy: Core, selector: string, keep: readonly string[] = []): NodeCollection {
  return cy.nodes(selector).filter((n) => n.degree(false) === 0 && !keep.includes(n.id()));
}
