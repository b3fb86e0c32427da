// The legend: the shape and colour of every kind of node, always the same list so it can be learnt,
// and in the who-met-whom view the shades of the edges (corroboration).
import { CORROBORATION, KIND_COLORS, MEETING_COLORS } from "../graph/style.ts";

const ENTRIES: [string, string, string][] = [
  ["Person", KIND_COLORS.person!, "50%"],
  ["Organization", KIND_COLORS.organization!, "3px"],
  ["State", KIND_COLORS.state!, "30%"],
  ["Group", KIND_COLORS.group!, "20%"],
  ["Phone call", MEETING_COLORS.phone_call!, "0"],
  ["Talks", MEETING_COLORS.talks!, "0"],
  ["Visit", MEETING_COLORS.visit!, "0"],
  ["Incident", KIND_COLORS.incident!, "0"],
  ["Place", KIND_COLORS.place!, "0"],
];

/** The kinds of node; in the who-met-whom view also what an edge's shade says. */
export function renderLegend(list: HTMLElement, view: "full" | "whomet" = "full"): void {
  list.replaceChildren(
    ...ENTRIES.map(([name, color, radius]) => {
      const li = document.createElement("li");
      const swatch = document.createElement("i");
      swatch.style.background = color;
      swatch.style.borderRadius = radius;
      if (["Phone call", "Talks", "Visit"].includes(name))
        swatch.style.transform = "rotate(45deg) scale(0.8)";
      if (name === "Incident")
        swatch.style.clipPath =
          "polygon(50% 0,61% 35%,98% 35%,68% 57%,79% 91%,50% 70%,21% 91%,32% 57%,2% 35%,39% 35%)";
      if (name === "Place") swatch.style.clipPath = "polygon(0 0,50% 40%,100% 0,50% 100%)";
      li.append(swatch, name);
      return li;
    }),
    ...(view === "whomet" ? CORROBORATION.map((c) => lineEntry(`met, ${c.label}`, c.color)) : []),
  );
}

function lineEntry(name: string, color: string): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "line";
  const swatch = document.createElement("i");
  swatch.style.background = color;
  li.append(swatch, name);
  return li;
}
