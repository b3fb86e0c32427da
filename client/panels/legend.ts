// The legend: the shape and colour of every kind of node, always the same list so it can be learnt,
// and in the who-met-whom view the shades of the edges (corroboration).
import { lineSwatch, nodeSwatch, type NodeShape } from "../graph/swatch.ts";
import { CORROBORATION, KIND_COLORS, KIND_SHAPES, MEETING_COLORS } from "../graph/style.ts";

const ENTRIES: [string, string, NodeShape][] = [
  ["Person", KIND_COLORS.person!, KIND_SHAPES.person],
  ["Organization", KIND_COLORS.organization!, KIND_SHAPES.organization],
  ["State", KIND_COLORS.state!, KIND_SHAPES.state],
  ["Group", KIND_COLORS.group!, KIND_SHAPES.group],
  ["Phone call", MEETING_COLORS.phone_call!, KIND_SHAPES.meeting],
  ["Talks", MEETING_COLORS.talks!, KIND_SHAPES.meeting],
  ["Visit", MEETING_COLORS.visit!, KIND_SHAPES.meeting],
  ["Incident", KIND_COLORS.incident!, KIND_SHAPES.incident],
  ["Place", KIND_COLORS.place!, KIND_SHAPES.place],
];

/** The kinds of node; in the who-met-whom view also what an edge's shade says. */
export function renderLegend(list: HTMLElement, view: "full" | "whomet" = "full"): void {
  list.replaceChildren(
    ...ENTRIES.map(([name, color, shape]) => {
      const li = document.createElement("li");
      li.append(nodeSwatch(document.createElement("i"), color, shape), name);
      return li;
    }),
    ...(view === "whomet" ? CORROBORATION.map((c) => lineEntry(`met, ${c.label}`, c.color)) : []),
  );
}

function lineEntry(name: string, color: string): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "line";
  li.append(lineSwatch(document.createElement("i"), color), name);
  return li;
}
