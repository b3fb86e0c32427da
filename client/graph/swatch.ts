// A legend's sample of what the graph draws: a node's colour in its shape, or an edge's colour as a
// short line. Shared by the explorer's legend and the embed's, so both show what style.ts draws.
import { KIND_SHAPES } from "./style.ts";

export type NodeShape = (typeof KIND_SHAPES)[keyof typeof KIND_SHAPES];

// Cytoscape's shapes in CSS: a rounded box, or an outline to clip a square to.
const SHAPE_CSS: Record<NodeShape, { borderRadius: string; clipPath: string }> = {
  ellipse: { borderRadius: "50%", clipPath: "" },
  "round-rectangle": { borderRadius: "20%", clipPath: "" },
  hexagon: { borderRadius: "0", clipPath: "polygon(25% 3%,75% 3%,100% 50%,75% 97%,25% 97%,0 50%)" },
  octagon: {
    borderRadius: "0",
    clipPath: "polygon(30% 0,70% 0,100% 30%,100% 70%,70% 100%,30% 100%,0 70%,0 30%)",
  },
  diamond: { borderRadius: "0", clipPath: "polygon(50% 0,100% 50%,50% 100%,0 50%)" },
  star: {
    borderRadius: "0",
    clipPath: "polygon(50% 0,61% 35%,98% 35%,68% 57%,79% 91%,50% 70%,21% 91%,32% 57%,2% 35%,39% 35%)",
  },
  vee: { borderRadius: "0", clipPath: "polygon(0 0,50% 40%,100% 0,50% 100%)" },
};

/** A node sample: `element` (its size set by the page's CSS) coloured and cut to the shape. */
export function nodeSwatch<E extends HTMLElement>(element: E, color: string, shape: NodeShape): E {
  element.style.background = color;
  element.style.borderRadius = SHAPE_CSS[shape].borderRadius;
  element.style.clipPath = SHAPE_CSS[shape].clipPath;
  return element;
}

/** An edge sample: `element` (a short, thick line by the page's CSS) in the edge's colour. */
export function lineSwatch<E extends HTMLElement>(element: E, color: string): E {
  element.style.background = color;
  return element;
}
