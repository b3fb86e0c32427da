// Collapsing a node folds away its branches: the nodes that reach the rest of the view only through it,
// as expanding it brought them in. What counts as "the rest" is what stays linked to an anchor: the
// view's centres and pinned nodes.
import type { CollectionReturnValue, NodeSingular } from "cytoscape";

/**
 * The elements collapsing `node` removes (nodes and their edges; empty when nothing hangs on it alone).
 * Of the groups of nodes that stay linked to each other once `node` is taken out, those touching it are
 * its branches unless they hold an anchor. Without any anchor elsewhere (the whole graph is shown) the
 * largest group is kept as the rest (the first in the view's node order on a tie). A collapsed centre
 * keeps only what holds another anchor.
 *
 * The groups are walked over plain maps of ids: Cytoscape's own components() on the whole view took
 * 0.7–0.9 s at 5,000 nodes and 10,000 edges (~20 ms this way), on every click of a node (its panel
 * asks whether Collapse applies).
 */
export function branchesOf(node: NodeSingular, anchors: ReadonlySet<string>): CollectionReturnValue {
  const cy = node.cy();
  const removedId = node.id();
  const order = new Map<string, number>();
  const locked = new Set<string>();
  cy.nodes().forEach((n, i) => {
    order.set(n.id(), i);
    if (n.locked()) locked.add(n.id());
  });
  const isAnchor = (id: string) => anchors.has(id) || locked.has(id);
  // Who links to whom once `node` is taken out (its edges go with it).
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = links.get(a);
    if (list) list.push(b);
    else links.set(a, [b]);
  };
  cy.edges().forEach((edge) => {
    const source = edge.data("source") as string;
    const target = edge.data("target") as string;
    if (source === removedId || target === removedId) return;
    link(source, target);
    link(target, source);
  });

  const seen = new Set<string>([removedId]);
  const touching: { ids: string[]; first: number; anchored: boolean }[] = [];
  node
    .neighborhood()
    .nodes()
    .forEach((start) => {
      if (seen.has(start.id())) return;
      const group = { ids: [start.id()], first: Infinity, anchored: false };
      seen.add(start.id());
      for (let i = 0; i < group.ids.length; i++) {
        const id = group.ids[i]!;
        group.first = Math.min(group.first, order.get(id) ?? Infinity);
        group.anchored ||= isAnchor(id);
        for (const next of links.get(id) ?? [])
          if (!seen.has(next)) {
            seen.add(next);
            group.ids.push(next);
          }
      }
      touching.push(group);
    });
  // In the view's node order, which decides ties for the largest.
  touching.sort((a, b) => a.first - b.first);

  let kept = touching.filter((group) => group.anchored);
  if (!kept.length && !isAnchor(removedId) && touching.length) {
    kept = [touching.reduce((a, b) => (b.ids.length > a.ids.length ? b : a))];
  }
  const removedIds = new Set(touching.filter((group) => !kept.includes(group)).flatMap((group) => group.ids));
  const removed = cy.nodes().filter((n) => removedIds.has(n.id()));
  return removed.union(removed.connectedEdges());
}
