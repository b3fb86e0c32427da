// The explorer's Cytoscape style, plus overrides for the dark theme (later rules win in Cytoscape).
import type { StylesheetJson } from "cytoscape";
import { CORROBORATION, graphStyle } from "../graph/style.ts";

// On a dark page more sources means lighter lines.
const DARK_CORROBORATION = ["#334155", "#94a3b8", "#f1f5f9"];

const DARK: StylesheetJson = [
  { selector: "node", style: { color: "#e2e8f0", "text-outline-color": "#0f172a" } },
  { selector: "edge", style: { "line-color": "#475569" } },
  ...CORROBORATION.map((c, i) => ({
    selector: `edge[type = "MET"][sources >= ${c.sources}]`,
    style: { "line-color": DARK_CORROBORATION[i]! },
  })),
];

// Elements outside the time range are not drawn at all, so the fit and the legend ignore them.
const TIME: StylesheetJson = [{ selector: ".time-hidden", style: { display: "none" } }];

export function embedStyle(theme: "light" | "dark"): StylesheetJson {
  return [...graphStyle, ...(theme === "dark" ? DARK : []), ...TIME];
}
