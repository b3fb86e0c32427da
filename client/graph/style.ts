// Cytoscape style: one shape and colour per kind of node, so the legend explains the graph.
import type { StylesheetJson } from "cytoscape";

export const KIND_COLORS: Record<string, string> = {
  person: "#2563eb",
  organization: "#7c3aed",
  state: "#059669",
  group: "#d97706",
  meeting: "#0891b2",
  incident: "#dc2626",
  place: "#64748b",
  article: "#94a3b8",
};

export const graphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": 11,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "140px",
      color: "#1e293b",
      "text-outline-color": "#ffffff",
      "text-outline-width": 2,
      width: 28,
      height: 28,
    },
  },
  { selector: 'node[kind = "actor"]', style: { shape: "ellipse", "background-color": KIND_COLORS.person! } },
  {
    selector: 'node[subtype = "organization"]',
    style: { shape: "round-rectangle", "background-color": KIND_COLORS.organization! },
  },
  {
    selector: 'node[subtype = "state"]',
    style: { shape: "hexagon", "background-color": KIND_COLORS.state! },
  },
  {
    selector: 'node[subtype = "group"]',
    style: { shape: "octagon", "background-color": KIND_COLORS.group! },
  },
  {
    selector: 'node[kind = "meeting"]',
    style: {
      shape: "diamond",
      width: 18,
      height: 18,
      "background-color": KIND_COLORS.meeting!,
      "font-size": 9,
    },
  },
  {
    selector: 'node[kind = "incident"]',
    style: {
      shape: "star",
      width: 22,
      height: 22,
      "background-color": KIND_COLORS.incident!,
      "font-size": 9,
    },
  },
  { selector: 'node[kind = "place"]', style: { shape: "vee", "background-color": KIND_COLORS.place! } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#cbd5e1",
      "curve-style": "bezier",
      "target-arrow-shape": "none",
    },
  },
  { selector: "node:selected", style: { "border-width": 3, "border-color": "#f59e0b" } },
];
