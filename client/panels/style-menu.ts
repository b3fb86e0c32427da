// The styling-rules menu and legend (#20): "Size by" and "Colour by" a property, and what the sizes
// and colours mean for the graph shown (the property's range).
import { shortDate } from "../dates.ts";
import { RAMP, STYLE_PROPERTIES, type StyleRange, type StyleRule } from "../graph/style-rules.ts";
import { el } from "./dom.ts";
import "./style-menu.css";

const CHANNELS = [
  ["size", "Size by"],
  ["color", "Colour by"],
] as const;

/**
 * Renders the two selects into `container`, folded under a "Style" button so the filter bar keeps its
 * height on a phone; returns a function that shows a rule (after Back, a link).
 */
export function mountStyleMenu(
  container: HTMLElement,
  rule: StyleRule | undefined,
  onChange: (rule: StyleRule) => void,
): (rule: StyleRule | undefined) => void {
  const menu = el("details", undefined, "menu style-menu");
  const summary = el("summary", "Style");
  summary.title = "Size and colour nodes and edges by a property";
  const box = el("div", undefined, "menu-items");
  menu.append(summary, box);
  container.append(menu);
  const selects = CHANNELS.map(([channel, text]) => {
    const select = el("select");
    select.id = `style-${channel}`;
    select.append(el("option", "—"), ...STYLE_PROPERTIES.map((p) => el("option", p)));
    select.options[0]!.value = "";
    for (const option of [...select.options].slice(1)) option.value = option.text;
    const label = el("label", `${text} `);
    label.append(select);
    box.append(label);
    return [channel, select] as const;
  });
  const read = (): StyleRule => {
    const rule: StyleRule = {};
    for (const [channel, select] of selects)
      if (select.value) rule[channel] = select.value as StyleRule["size"];
    return rule;
  };
  for (const [, select] of selects) select.addEventListener("change", () => onChange(read()));
  const show = (r: StyleRule | undefined) => {
    for (const [channel, select] of selects) select.value = r?.[channel] ?? "";
    summary.textContent = r?.size || r?.color ? "Style ●" : "Style";
  };
  show(rule);
  return show;
}

const DAY_MS = 86_400_000;

function formatValue(range: StyleRange, value: number): string {
  if (range.property === "date") return shortDate(new Date(value * DAY_MS).toISOString().slice(0, 10));
  if (range.property === "confidence") return value.toFixed(2);
  return String(Math.round(value));
}

function span(range: StyleRange): string {
  const low = formatValue(range, range.min);
  const high = formatValue(range, range.max);
  return low === high ? low : `${low} → ${high}`;
}

/** Adds the rule's entries to the legend (after the kinds), replacing earlier ones. */
export function renderStyleLegend(
  list: HTMLElement,
  ranges: { size?: StyleRange; color?: StyleRange },
): void {
  list.querySelectorAll(".style-rule").forEach((li) => li.remove());
  if (ranges.size) {
    const li = el("li", undefined, "style-rule");
    li.dataset.channel = "size";
    const small = el("i", undefined, "style-dot");
    const big = el("i", undefined, "style-dot big");
    li.append(small, big, `size: ${ranges.size.property} ${span(ranges.size)}`);
    list.append(li);
  }
  if (ranges.color) {
    const li = el("li", undefined, "style-rule");
    li.dataset.channel = "color";
    const ramp = el("i", undefined, "style-ramp");
    ramp.style.background = `linear-gradient(to right, ${RAMP[0]}, ${RAMP[1]})`;
    li.append(ramp, `colour: ${ranges.color.property} ${span(ranges.color)}`);
    list.append(li);
  }
}
