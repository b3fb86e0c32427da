// What a user can do with a node: the same list in the side panel and the context menu.
import type { NodeSingular } from "cytoscape";
import { branchesOf } from "../graph/collapse.ts";
import type { MenuAction } from "../panels/context-menu.ts";
import { centreOn, collapse, expand, hide, showMore, togglePin } from "./actions.ts";
import { showPath } from "./paths.ts";
import type { Session } from "./session.ts";
import { say } from "./status.ts";

export function nodeActions(s: Session, node: NodeSingular): MenuAction[] {
  const ref = { id: node.id(), label: String(node.data("label")) };
  const capped = s.capped.get(node.id());
  const actions: MenuAction[] = [
    { label: "Expand", run: () => void expand(s, node) },
    ...(branchesOf(node, new Set(s.store.state.center)).nonempty()
      ? [{ label: "Collapse", run: () => collapse(s, node) }]
      : []),
    ...(capped
      ? [{ label: `Show more (${capped.shown} of ${capped.total})`, run: () => void showMore(s, node) }]
      : []),
    { label: "Hide", run: () => hide(s, node) },
    { label: node.locked() ? "Unpin" : "Pin", run: () => togglePin(s, node) },
    { label: "Centre here", run: () => void centreOn(s, [node.id()]) },
  ];
  if (node.data("kind") === "actor") {
    const from = s.pathFrom;
    actions.push(
      from && from.id !== ref.id
        ? { label: `Path from ${from.label}`, run: () => void showPath(s, ref) }
        : {
            label: "Path from here…",
            run: () => {
              s.pathFrom = ref;
              say(`Pick another actor and choose "Path from ${ref.label}".`);
            },
          },
    );
  }
  return actions;
}
