// Labels readable at the first fit (#20). Zoomed out to fit a graph, 9–11 px labels shrink to 4–6 px
// on screen: unreadable, and all drawn over each other. Below LABEL_FLOOR_PX of rendered size the labels
// are held at the floor instead (a font size in graph units that renders at the floor), and, since
// floor-size labels on a zoomed-out graph would cover each other, only those that find room are shown:
// the selection and its neighbours first, then the most connected nodes. Large graphs (lod.ts) label
// the nodes in view once zoomed in, and are left to it.
import type { Core, NodeSingular } from "cytoscape";
import { LOD_NODES } from "./lod.ts";

/** The smallest label size drawn on screen, in CSS px. */
export const LABEL_FLOOR_PX = 10;
/** The stylesheet's label sizes (style.ts): events smaller than actors and places. */
const EVENT_FONT_PX = 9;
const NODE_FONT_PX = 11;
const MAX_WIDTH_PX = 140;
const SETTLE_MS = 120;
const FLOORED = "whometLabelFloor";
/** The class of a node whose label finds no room at the floor (style.ts draws none). */
export const CROWDED_LABEL = "label-crowded";

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function baseFont(n: NodeSingular): number {
  const kind = n.data("kind") as string;
  return kind === "meeting" || kind === "incident" ? EVENT_FONT_PX : NODE_FONT_PX;
}

/** Where node `n`'s label is drawn at `px` on screen: under the node, clipped to MAX_WIDTH_PX. */
function labelBox(n: NodeSingular, px: number): Box {
  const text = String(n.style("label") || n.data("caption") || n.data("label") || "");
  const width = Math.min(MAX_WIDTH_PX, text.length * px * 0.58);
  const { x, y } = n.renderedPosition();
  const top = y + n.renderedHeight() / 2 + 2;
  return { x1: x - width / 2, y1: top, x2: x + width / 2, y2: top + px * 1.3 };
}

/** Most important first: the selection, its neighbours, then by number of links. */
function byImportance(cy: Core): NodeSingular[] {
  const selected = cy.nodes(":selected");
  const near = new Set(
    selected
      .closedNeighborhood()
      .nodes()
      .map((n) => n.id()),
  );
  const rank = (n: NodeSingular) => (n.selected() ? 2 : near.has(n.id()) ? 1 : 0);
  return cy
    .nodes(":visible")
    .toArray()
    .sort((a, b) => rank(b) - rank(a) || b.degree(false) - a.degree(false) || a.id().localeCompare(b.id()));
}

/** Holds every label at LABEL_FLOOR_PX or more on screen, showing those that fit; undoes it when zoomed in. */
export function applyLabelFloor(cy: Core): void {
  const floored = cy.nodes().filter((n) => n.scratch(FLOORED) === true);
  const zoom = cy.zoom();
  const large = cy.nodes(":visible").length >= LOD_NODES;
  const needed = !large && EVENT_FONT_PX * zoom < LABEL_FLOOR_PX;
  cy.batch(() => {
    floored.forEach((n) => {
      n.removeStyle("font-size text-max-width");
      n.removeClass(CROWDED_LABEL);
      n.removeScratch(FLOORED);
    });
    if (!needed) return;
    const taken: Box[] = [];
    for (const n of byImportance(cy)) {
      const px = Math.max(LABEL_FLOOR_PX, baseFont(n) * zoom);
      const box = labelBox(n, px);
      const fits = !taken.some((t) => overlaps(t, box));
      n.scratch(FLOORED, true);
      if (fits) {
        taken.push(box);
        n.style({ "font-size": px / zoom, "text-max-width": `${MAX_WIDTH_PX / zoom}px` });
      } else n.addClass(CROWDED_LABEL);
    }
  });
}

/** Keeps the floor applied as the view, the graph and the selection change. */
export function keepLabelsReadable(cy: Core): void {
  // Adding a large graph fires an event per element: each only notes the time, and one timer waits
  // until SETTLE_MS have passed since the last.
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    const wait = last + SETTLE_MS - performance.now();
    if (wait > 0) {
      timer = setTimeout(fire, wait);
      return;
    }
    timer = undefined;
    if (!cy.destroyed()) applyLabelFloor(cy);
  };
  const schedule = () => {
    last = performance.now();
    timer ??= setTimeout(fire, SETTLE_MS);
  };
  cy.on("viewport layoutstop add remove select unselect", schedule);
  schedule();
}
