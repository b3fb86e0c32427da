// Cytoscape style: one shape and colour per kind of node, so the legend explains the graph.
import type { StylesheetJson } from "cytoscape";
import { RAMP } from "./style-rules.ts";

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

export const MEETING_COLORS: Record<string, string> = {
  phone_call: "#0891b2",
  talks: "#0d9488",
  visit: "#4f46e5",
  summit: "#9333ea",
  other: "#0891b2",
};

/** Each kind of node's shape (Cytoscape's names): actors by subtype, everything else by kind. */
export const KIND_SHAPES = {
  person: "ellipse",
  organization: "round-rectangle",
  state: "hexagon",
  group: "octagon",
  meeting: "diamond",
  incident: "star",
  place: "vee",
} as const;

/** Who-met-whom edges by corroboration: the independent outlets behind the pair's best-sourced meeting. */
export const CORROBORATION: { sources: number; label: string; color: string }[] = [
  { sources: 1, label: "1 source", color: "#cbd5e1" },
  { sources: 2, label: "2 sources", color: "#64748b" },
  { sources: 3, label: "3+ sources", color: "#0f172a" },
];

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
  // Events by kind and date ("call · 15 Nov 2021", captions.ts), where the explorer has set it (#20).
  { selector: "node[caption]", style: { label: "data(caption)" } },
  {
    selector: 'node[kind = "actor"]',
    style: { shape: KIND_SHAPES.person, "background-color": KIND_COLORS.person! },
  },
  {
    selector: 'node[subtype = "organization"]',
    style: { shape: KIND_SHAPES.organization, "background-color": KIND_COLORS.organization! },
  },
  {
    selector: 'node[subtype = "state"]',
    style: { shape: KIND_SHAPES.state, "background-color": KIND_COLORS.state! },
  },
  {
    selector: 'node[subtype = "group"]',
    style: { shape: KIND_SHAPES.group, "background-color": KIND_COLORS.group! },
  },
  {
    selector: 'node[kind = "meeting"]',
    style: {
      shape: KIND_SHAPES.meeting,
      width: 18,
      height: 18,
      "background-color": KIND_COLORS.meeting!,
      "font-size": 9,
    },
  },
  {
    selector: 'node[kind = "incident"]',
    style: {
      shape: KIND_SHAPES.incident,
      width: 22,
      height: 22,
      "background-color": KIND_COLORS.incident!,
      "font-size": 9,
    },
  },
  {
    selector: 'node[kind = "place"]',
    style: { shape: KIND_SHAPES.place, "background-color": KIND_COLORS.place! },
  },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#cbd5e1",
      "curve-style": "bezier",
    },
  },
  { selector: "node:selected", style: { "border-width": 3, "border-color": "#f59e0b" } },
  // Meeting kinds each get a colour of their own; the diamond says "meeting".
  { selector: 'node[subtype = "phone_call"]', style: { "background-color": MEETING_COLORS.phone_call! } },
  { selector: 'node[subtype = "talks"]', style: { "background-color": MEETING_COLORS.talks! } },
  { selector: 'node[subtype = "visit"]', style: { "background-color": MEETING_COLORS.visit! } },
  { selector: 'node[subtype = "summit"]', style: { "background-color": MEETING_COLORS.summit! } },
  // Bigger actors take part in more events (degree is set by the explorer).
  {
    selector: 'node[kind = "actor"][degree]',
    style: { width: "mapData(degree, 0, 12, 24, 54)", height: "mapData(degree, 0, 12, 24, 54)" },
  },
  // Labels vanish when zoomed out far enough to be unreadable: cheaper to draw, easier to read.
  { selector: "node", style: { "min-zoomed-font-size": 7 } },
  // Who-met-whom edges: width by number of meetings, darker with more independent sources (the
  // numbers themselves in the edge labels, on demand).
  {
    selector: 'edge[type = "MET"]',
    style: {
      width: "mapData(weight, 1, 10, 2, 12)",
      "line-color": CORROBORATION[0]!.color,
      "curve-style": "haystack",
    },
  },
  ...CORROBORATION.slice(1).map((c) => ({
    selector: `edge[type = "MET"][sources >= ${c.sources}]`,
    style: { "line-color": c.color },
  })),
  // A saved query's pairs of nodes, one edge a row (panels/query-pairs.ts, #20).
  { selector: 'edge[type = "PAIR"]', style: { width: 2.5, "line-color": "#64748b" } },
  {
    selector: "edge.labelled",
    style: {
      label: "data(edgeLabel)",
      "font-size": 9,
      "text-rotation": "autorotate",
      color: "#334155",
      "text-background-color": "#fff",
      "text-background-opacity": 1,
    },
  },
  // Styling rules (style-rules.ts, #20): size and colour by a property scaled to 0–1; after the kind and
  // corroboration rules, so a chosen rule wins, and before the states (selected, path) drawn over it.
  {
    selector: "node[styleSize]",
    style: { width: "mapData(styleSize, 0, 1, 14, 60)", height: "mapData(styleSize, 0, 1, 14, 60)" },
  },
  {
    selector: "node[styleColor]",
    style: { "background-color": `mapData(styleColor, 0, 1, ${RAMP[0]}, ${RAMP[1]})` },
  },
  { selector: "edge[styleSize]", style: { width: "mapData(styleSize, 0, 1, 1, 6)" } },
  {
    selector: "edge[styleColor]",
    style: { "line-color": `mapData(styleColor, 0, 1, ${RAMP[0]}, ${RAMP[1]})` },
  },
  { selector: ".faded", style: { opacity: 0.15 } },
  // #20 playback: what happened after the day shown (client/timebar/playback.ts).
  { selector: ".later", style: { display: "none" } },
  // More events than the API took from this node: "Show more" in its menu.
  {
    selector: "node.capped",
    style: { "border-width": 5, "border-style": "double", "border-color": "#0891b2" },
  },
  {
    selector: "node.pinned",
    style: { "border-width": 3, "border-style": "dashed", "border-color": "#475569" },
  },
  // A node whose branches were folded away says how many: "Migrants +3" (#20).
  { selector: "node[foldedLabel]", style: { label: "data(foldedLabel)" } },
  // Zoomed out, labels that find no room at the readable floor are left out (label-floor.ts, #20).
  { selector: "node.label-crowded", style: { label: "" } },
  { selector: "node.on-path", style: { "border-width": 4, "border-color": "#f59e0b" } },
  { selector: "edge.on-path", style: { "line-color": "#f59e0b", width: 4 } },
];
