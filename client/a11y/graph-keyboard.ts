// The graph by keyboard and screen reader (#20): the view takes the focus; arrow keys move the selection
// to the neighbour lying in the arrow's direction on screen, Enter opens the selected node, + and −
// zoom, and a live region says which node is selected (however it was selected) and what it links to.
import type { Core, NodeCollection, NodeSingular } from "cytoscape";

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};
const ZOOM_STEP = 1.25;

/**
 * The node among `candidates` that lies most in `direction` from `from`: within 60° of it, the nearest
 * counted with a penalty for straying off the line; none ahead, the one closest to it in angle.
 */
export function neighbourToward(
  from: { x: number; y: number },
  candidates: { id: string; x: number; y: number }[],
  direction: { x: number; y: number },
): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const cos = (dx * direction.x + dy * direction.y) / distance;
    if (cos <= 0) continue;
    // Ahead within 60° ranks by distance; further off the line it ranks after all of those.
    const score = cos >= 0.5 ? distance * (2 - cos) : 1e12 * (2 - cos);
    if (!best || score < best.score) best = { id: c.id, score };
  }
  return best?.id;
}

/** A node in words: its name, kind and how many nodes it links to in view. */
export function describeNode(node: NodeSingular): string {
  const kind = String(node.data("subtype") ?? node.data("kind") ?? "node").replaceAll("_", " ");
  const links = node.neighborhood().nodes(":visible").length;
  return `${String(node.data("label"))}, ${kind}, ${links} linked node${links === 1 ? "" : "s"}. Arrow keys move to a neighbour, Enter opens it.`;
}

export interface GraphKeyboard {
  /** Selects `node` alone, brings it into view and says so; with `focus`, the graph takes the focus. */
  select(node: NodeSingular, options?: { focus?: boolean }): void;
  /** Puts the focus on the graph (e.g. while a search's centre is loading). */
  focus(): void;
}

export function mountGraphKeyboard(
  cy: Core,
  container: HTMLElement,
  open: (node: NodeSingular) => void,
): GraphKeyboard {
  container.tabIndex = 0;
  container.setAttribute("role", "application");
  container.setAttribute("aria-roledescription", "graph");
  const help = document.createElement("p");
  help.id = "graph-keys-help";
  help.className = "visually-hidden";
  help.textContent =
    "Arrow keys move the selection between linked nodes, Enter opens the selected node, plus and minus zoom, Escape clears the selection.";
  const live = document.createElement("p");
  live.id = "graph-announcer";
  live.className = "visually-hidden";
  live.setAttribute("aria-live", "polite");
  container.after(help, live);
  container.setAttribute("aria-describedby", help.id);

  // Every selection is said, a click's as much as a key's.
  cy.on("select", "node", (evt) => {
    live.textContent = describeNode(evt.target as NodeSingular);
  });

  const visibleNodes = (): NodeCollection => cy.nodes(":visible");

  const select = (node: NodeSingular, { focus = false } = {}) => {
    cy.$(":selected").unselect();
    node.select();
    const box = node.renderedBoundingBox();
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height())
      cy.animate({ center: { eles: node } }, { duration: 200 });
    if (focus) container.focus();
  };

  /** Where a walk starts with nothing selected: the node nearest the middle of the view. */
  const nearestMiddle = (): NodeSingular | undefined => {
    const middle = { x: cy.width() / 2, y: cy.height() / 2 };
    let best: { node: NodeSingular; d: number } | undefined;
    visibleNodes().forEach((n) => {
      const p = n.renderedPosition();
      const d = Math.hypot(p.x - middle.x, p.y - middle.y);
      if (!best || d < best.d) best = { node: n, d };
    });
    return best?.node;
  };

  const zoomBy = (factor: number) => {
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  container.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const selected = cy.nodes(":selected:visible").first();
    const direction = DIRECTIONS[e.key];
    if (direction) {
      e.preventDefault();
      if (selected.empty()) {
        const start = nearestMiddle();
        if (start) select(start);
        return;
      }
      const from = selected.renderedPosition();
      const candidates = selected
        .neighborhood()
        .nodes(":visible")
        .map((n) => ({ id: n.id(), ...n.renderedPosition() }));
      const next = neighbourToward(from, candidates, direction);
      if (next) select(cy.getElementById(next));
      else live.textContent = `No linked node in that direction from ${String(selected.data("label"))}.`;
    } else if (e.key === "Enter" && selected.nonempty()) {
      e.preventDefault();
      open(selected);
    } else if (e.key === "+" || e.key === "=") {
      e.preventDefault();
      zoomBy(ZOOM_STEP);
    } else if (e.key === "-" || e.key === "_") {
      e.preventDefault();
      zoomBy(1 / ZOOM_STEP);
    }
  });

  return { select, focus: () => container.focus() };
}
