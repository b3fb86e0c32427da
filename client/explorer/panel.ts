// The side panel as the explorer uses it: a node's details with its actions, a who-met-whom pair,
// a notice (no path), the hint when nothing is picked, and a failure with Retry.
import type { EdgeSingular, NodeSingular } from "cytoscape";
import { keepingFocus } from "../a11y/keep-focus.ts";
import { showNode, showPair } from "../panels/details.ts";
import { el } from "../panels/dom.ts";
import { mountNodeReview } from "../panels/review.ts";
import { failureNotice, loaded, reloadWhenBack } from "../recovery.ts";
import type { Session } from "./session.ts";

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = el("button", text);
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}

/** The panel shows what it said before anything was picked. */
export function clearPanel(s: Session): void {
  s.panel.replaceChildren(s.panelHint.cloneNode(true));
  delete s.panel.dataset.node;
}

/** A short notice in the panel (a path not found), with a heading. */
export function showNotice(s: Session, heading: string, text: string): void {
  delete s.panel.dataset.node;
  const box = el("div", undefined, "notice");
  box.setAttribute("role", "status");
  box.append(el("h2", heading), el("p", text));
  s.panel.replaceChildren(box);
}

/** The side panel could not load what was asked: it says why, offers Retry, and reloads by itself. */
export function showPanelFailure(
  s: Session,
  error: unknown,
  what: string,
  reopen: () => Promise<unknown>,
): void {
  const notice = failureNotice(error, what, () => void reopen());
  s.panel.replaceChildren(notice);
  // Unless the panel went on to show something else meanwhile.
  reloadWhenBack("panel", error, () => (s.panel.contains(notice) ? reopen() : undefined));
}

export async function openNode(s: Session, node: NodeSingular): Promise<void> {
  const id = node.id();
  s.panel.dataset.node = id;
  try {
    // #20: a button pressed in the panel keeps the focus when the panel is drawn again.
    await keepingFocus(s.panel, () =>
      showNode(
        s.panel,
        id,
        s.actionsFor(node).map((a) => button(a.label, a.run)),
      ),
    );
    // Corrections (#19): after one, the graph is drawn again as corrected.
    await mountNodeReview(s.panel, id, () => void s.reload());
    loaded("panel");
  } catch (error) {
    showPanelFailure(s, error, `the details of ${node.data("label")}`, async () => {
      // The graph may have been loaded again meanwhile: the node as it is now.
      const now = s.cy.getElementById(id);
      if (now.nonempty()) await openNode(s, now);
    });
  }
}

export async function openPair(s: Session, edge: EdgeSingular): Promise<void> {
  const labels: [string, string] = [String(edge.source().data("label")), String(edge.target().data("label"))];
  delete s.panel.dataset.node;
  try {
    await showPair(s.panel, labels, edge.data("meetings") as string[]);
    loaded("panel");
  } catch (error) {
    showPanelFailure(s, error, `the meetings of ${labels.join(" and ")}`, () => openPair(s, edge));
  }
}
