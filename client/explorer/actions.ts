// What a user does to the graph: expand, show more, collapse, hide, pin, centre, select, undo. Each
// step changes the view at once and is one entry in the store's history (Back undoes it from the URL,
// a shared link replays it); undo takes the view's last step back and the state with it.
import type { ElementDefinition, NodeSingular } from "cytoscape";
import { fetchGraph } from "../api.ts";
import { branchesOf } from "../graph/collapse.ts";
import { runLayout } from "../graph/layout.ts";
import { graphParams, type Placed } from "../state.ts";
import { clearPanel, openNode } from "./panel.ts";
import { cappedNote, markFolded, noteCapped, refreshDerived, summary } from "./refresh.ts";
import type { Session } from "./session.ts";
import { count, explain, say } from "./status.ts";

const SHOW_MORE_STEP = 50;

const without = (list: string[] | undefined, id: string) => (list ?? []).filter((x) => x !== id);

export async function expand(s: Session, node: NodeSingular): Promise<void> {
  const { cy } = s;
  say(`Expanding ${node.data("label")}…`);
  try {
    const before = s.store.state;
    const { elements, truncated, capped = [] } = await fetchGraph(graphParams(before, [node.id()]));
    const fresh = elements.filter((e: ElementDefinition) => cy.getElementById(String(e.data.id)).empty());
    const added = cy.add(fresh);
    s.undo.push({ added: added.map((e) => e.id()), before });
    s.store.update({ expand: [...without(before.expand, node.id()), node.id()] });
    noteCapped(s, capped);
    refreshDerived(s);
    runLayout(cy, before.layout);
    say(
      `${count(added.nodes().length, "new node")} around ${node.data("label")}${truncated ? " (cut at the limit)" : ""}${cappedNote(s, node)}`,
    );
    // Its actions in the side panel change with what it brought in (Collapse).
    if (s.panel.dataset.node === node.id()) void openNode(s, node);
  } catch (error) {
    say(explain(error), true);
  }
}

/** The next newest events of a node the API capped: a larger per-node cap, fresh elements added. */
export async function showMore(s: Session, node: NodeSingular): Promise<void> {
  const { cy } = s;
  const c = s.capped.get(node.id());
  if (!c) return;
  say(`Loading more of ${node.data("label")}…`);
  try {
    const before = s.store.state;
    const perNode = Math.min(1000, c.shown + SHOW_MORE_STEP);
    const body = await fetchGraph({ ...graphParams(before, [node.id()]), perNode });
    const added = cy.add(body.elements.filter((e) => cy.getElementById(String(e.data.id)).empty()));
    s.undo.push({ added: added.map((e) => e.id()), before });
    const own = body.capped?.find((x) => x.id === node.id());
    if (own) s.capped.set(node.id(), { ...own, shown: Math.max(own.shown, perNode) });
    else s.capped.delete(node.id());
    noteCapped(
      s,
      (body.capped ?? []).filter((x) => x.id !== node.id()),
    );
    cy.batch(() => void node.toggleClass("capped", s.capped.has(node.id())));
    refreshDerived(s);
    runLayout(cy, before.layout);
    say(`${added.nodes().length} more nodes around ${node.data("label")}${cappedNote(s, node)}`);
  } catch (error) {
    say(explain(error), true);
  }
}

export function hide(s: Session, node: NodeSingular): void {
  const before = s.store.state;
  const shown = s.panel.dataset.node === node.id();
  s.undo.push({ removed: node.union(node.connectedEdges()).remove(), before });
  s.store.update({
    hide: [...without(before.hide, node.id()), node.id()],
    select: before.select === node.id() ? undefined : before.select,
    pin: before.pin?.filter((p) => p.id !== node.id()),
  });
  refreshDerived(s);
  say(`${node.data("label")} hidden. Undo brings it back.`);
  // The panel keeps what it shows (another node, the queries) unless it was this node.
  if (shown) clearPanel(s);
}

/** Folds away the nodes that hang on this one alone (see branchesOf); undone like a hide. */
export function collapse(s: Session, node: NodeSingular): void {
  const before = s.store.state;
  const removed = branchesOf(node, new Set(before.center)).remove();
  s.undo.push({ removed, before });
  s.store.update({ collapse: [...without(before.collapse, node.id()), node.id()] });
  markFolded(node, removed.nodes().length);
  refreshDerived(s);
  say(`${count(removed.nodes().length, "node")} folded into ${node.data("label")}. Undo brings them back.`);
  if (s.panel.dataset.node === node.id()) void openNode(s, node);
}

/** A pinned node keeps its place when layouts run again; its place is in the URL. */
export function togglePin(s: Session, node: NodeSingular): void {
  const pins = s.store.state.pin?.filter((p) => p.id !== node.id()) ?? [];
  if (node.locked()) node.unlock();
  else node.lock();
  node.toggleClass("pinned", node.locked());
  s.store.update({ pin: node.locked() ? [...pins, placed(node)] : pins });
  say(`${node.data("label")} ${node.locked() ? "pinned" : "unpinned"}.`);
  if (s.panel.dataset.node === node.id()) void openNode(s, node);
}

const placed = (node: NodeSingular): Placed => ({ id: node.id(), ...node.position() });

/** A new centre: what was done to the old view goes; `select` is the node to read in the panel. */
export function centreOn(s: Session, ids: string[], selected?: string): Promise<void> {
  s.store.update({
    center: ids,
    expand: undefined,
    collapse: undefined,
    hide: undefined,
    pin: undefined,
    select: selected,
    path: undefined,
  });
  return s.reload();
}

/** The node the user picked: selected, read in the panel, and in the URL (not a step of its own). */
export function select(s: Session, node: NodeSingular): void {
  if (!node.selected()) {
    s.cy.$(":selected").unselect();
    node.select();
  }
  s.store.update({ select: node.id() }, "replace");
}

export function undo(s: Session): void {
  const { cy } = s;
  const step = s.undo.pop();
  if (!step) return say("Nothing to undo.");
  if ("added" in step) {
    const ids = new Set(step.added);
    cy.remove(cy.elements().filter((e) => ids.has(e.id())));
  } else {
    step.removed.restore();
    // A fold undone: its node no longer says "+N" for what came back.
    for (const id of s.store.state.collapse ?? []) {
      const node = cy.getElementById(id);
      if (node.isNode() && !step.before.collapse?.includes(id))
        markFolded(node, -step.removed.nodes().length);
    }
  }
  s.store.update(step.before);
  refreshDerived(s);
  say(summary(s, false));
}
