// Styling rules (#20), Bloom's rule-based styling made simple: size and/or colour nodes and edges by one
// property (degree, sources, date, confidence). Each element's value is scaled to 0–1 over the elements
// shown and set as `styleSize` / `styleColor`, which the stylesheet maps to sizes and a colour ramp
// (style.ts); an element without the value keeps its usual look. Kept in the URL as
// `style=size:degree,color:date`.
import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from "cytoscape";

export const STYLE_PROPERTIES = ["degree", "sources", "date", "confidence"] as const;
export type StyleProperty = (typeof STYLE_PROPERTIES)[number];

export interface StyleRule {
  size?: StyleProperty;
  color?: StyleProperty;
}

/** The colour ramp's ends (low → high), shared by the stylesheet and the legend. */
export const RAMP = ["#fde68a", "#b91c1c"] as const;

function isProperty(value: string): value is StyleProperty {
  return (STYLE_PROPERTIES as readonly string[]).includes(value);
}

/** "size:degree,color:date" → the rule; unknown parts are dropped. */
export function parseStyleRule(text: string | null): StyleRule {
  const rule: StyleRule = {};
  for (const part of (text ?? "").split(",")) {
    const [channel, property = ""] = part.split(":");
    if ((channel === "size" || channel === "color") && isProperty(property)) rule[channel] = property;
  }
  return rule;
}

/** The rule as the URL keeps it; "" when there is none. */
export function formatStyleRule(rule: StyleRule | undefined): string {
  return [rule?.size && `size:${rule.size}`, rule?.color && `color:${rule.color}`].filter(Boolean).join(",");
}

const DAY_MS = 86_400_000;

function eventValue(n: NodeSingular, property: StyleProperty): number | undefined {
  const d = n.data() as Record<string, unknown>;
  if (property === "degree") return n.degree(false);
  if (property === "sources") return typeof d.sourceCount === "number" ? d.sourceCount : undefined;
  if (property === "confidence") return typeof d.confidence === "number" ? d.confidence : undefined;
  const time = typeof d.date === "string" ? Date.parse(d.date) : NaN;
  return Number.isNaN(time) ? undefined : Math.round(time / DAY_MS);
}

const isEvent = (n: NodeSingular) => n.data("kind") === "meeting" || n.data("kind") === "incident";

/**
 * A node's value: an event's own; for actors and places, from their events in view (sources summed,
 * the latest date, the mean confidence). Degree is every node's links in view.
 */
export function nodeValue(n: NodeSingular, property: StyleProperty): number | undefined {
  if (property === "degree" || isEvent(n)) return eventValue(n, property);
  const values = n
    .neighborhood("node")
    .filter((e) => isEvent(e as NodeSingular))
    .map((e) => eventValue(e as NodeSingular, property))
    .filter((v): v is number => v !== undefined);
  if (!values.length) return undefined;
  if (property === "sources") return values.reduce((a, b) => a + b, 0);
  if (property === "date") return Math.max(...values);
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** An edge's value: a who-met-whom pair's own (meetings, sources), else its event end's. */
export function edgeValue(e: EdgeSingular, property: StyleProperty): number | undefined {
  const d = e.data() as Record<string, unknown>;
  if (d.type === "MET") {
    if (property === "degree") return Number(d.weight);
    if (property === "sources") return Number(d.sources);
    return undefined;
  }
  const event = [e.source(), e.target()].find(isEvent);
  return event ? nodeValue(event, property) : undefined;
}

/** The range of a channel's values over the elements shown, for the legend. */
export interface StyleRange {
  property: StyleProperty;
  min: number;
  max: number;
}

function scale(
  elements: SingularElementArgument[],
  key: "styleSize" | "styleColor",
  property: StyleProperty | undefined,
): StyleRange | undefined {
  const values = new Map<SingularElementArgument, number>();
  if (property)
    for (const ele of elements) {
      const v = ele.isNode() ? nodeValue(ele, property) : edgeValue(ele as EdgeSingular, property);
      if (v !== undefined && Number.isFinite(v)) values.set(ele, v);
    }
  const all = [...values.values()];
  const min = Math.min(...all);
  const max = Math.max(...all);
  for (const ele of elements) {
    const v = values.get(ele);
    const scaled = v === undefined ? undefined : max > min ? (v - min) / (max - min) : 0.5;
    // Setting data restyles the element even when the value is the same.
    if (ele.data(key) === scaled) continue;
    if (scaled === undefined) ele.removeData(key);
    else ele.data(key, scaled);
  }
  return property && all.length ? { property, min, max } : undefined;
}

/** Sets each element's scaled values for `rule` (or clears them); the ranges shown, for the legend. */
export function applyStyleRule(
  cy: Core,
  rule: StyleRule | undefined,
): { size?: StyleRange; color?: StyleRange } {
  const elements = cy.elements(":visible").toArray();
  const hidden = cy.elements(":hidden").toArray();
  let ranges: { size?: StyleRange; color?: StyleRange } = {};
  cy.batch(() => {
    ranges = {
      size: scale(elements, "styleSize", rule?.size),
      color: scale(elements, "styleColor", rule?.color),
    };
    scale(hidden, "styleSize", undefined);
    scale(hidden, "styleColor", undefined);
  });
  return ranges;
}
