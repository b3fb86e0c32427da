// Collapsing a node folds away its branches: the nodes that reach the rest of the view only through it,
// as expanding it brought them in. What counts as "the rest" is what stays linked to an anchor: the
// view's centres and pinned nodes.
import type { CollectionReturnValue, NodeSingular } from "cytoscape";

/**
 * The elements collapsing `node` removes (nodes and their edges; empty when nothing hangs on it alone).
 * Of the groups of nodes that stay linked to each other once `node` is taken out, those touching it are
 * its branches unless they hold an anchor. Without any anchor elsewhere (the whole graph is shown) the
 * largest group is kept as the rest. A collapsed centre keeps only what holds another anchor.
 */
export function branchesOf(node: NodeSingular, anchors: ReadonlySet<string>): CollectionReturnValue {
  const cy = node.cy();
  const isAnchor = (n: NodeSingular) => anchors.has(n.id()) || n.locked();
  const without = cy.elements().difference(node.closedNeighborhood().edges()).difference(node);
  const neighbours = node.neighborhood().nodes();
  const touching = without.components().filter((c) => c.nodes().intersection(neighbours).nonempty());
  let kept = touching.filter((c) => c.nodes().some((n) => isAnchor(n as NodeSingular)));
  if (!kept.length && !isAnchor(node) && touching.length) {
    kept = [touching.reduce((a, b) => (b.nodes().length > a.nodes().length ? b : a))];
  }
  const branches = touching.filter((c) => !kept.includes(c));
  const removed = branches.reduce((all, c) => all.union(c.nodes()), cy.collection());
  return removed.union(removed.connectedEdges());
}
