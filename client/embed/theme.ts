// The explorer's Cytoscape style, plus overrides for the dark theme (later rules win in Cytoscape).
import type { StylesheetJson } from "cytoscape";
import { graphStyle } from "../graph/style.ts";

const DARK: StylesheetJson = [
  { selector: "node", style: { color: "#e2e8f0", "text-outline-color": "#0f172a" } },
  { selector: "edge", style: { "line-color": "#475569" } },
];

// Elements outside the time range are not drawn at all, so the fit and the legend ignore them.
const TIME: StylesheetJson = [{ selector: ".time-hidden", style: { display: "none" } }];

export function embedStyle(theme: "light" | "dark"): StylesheetJson {
  return [...graphStyle, ...(theme === "dark" ? DARK : []), ...TIME];
}
