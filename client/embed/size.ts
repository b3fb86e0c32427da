// The height an embed would like for a given width: its bars plus a graph area shaped like the drawn
// graph, within bounds. It depends on the width only, so resizing the frame's height never loops.

export const MIN_GRAPH_HEIGHT = 220;
export const MAX_GRAPH_HEIGHT = 720;

export function preferredHeight(
  width: number,
  graph: { w: number; h: number },
  chrome: number,
  padding = 32,
): number {
  const aspect = graph.w > 0 && graph.h > 0 ? graph.h / graph.w : 0.75;
  const graphHeight = Math.round((width - padding) * aspect + padding);
  return chrome + Math.min(MAX_GRAPH_HEIGHT, Math.max(MIN_GRAPH_HEIGHT, graphHeight));
}
