// The toolbar and filters show the store's state (after a load, Back or Forward, or a shared link).
import { renderLegend } from "../panels/legend.ts";
import { renderStyleLegend } from "../panels/style-menu.ts";
import { drawTimeline } from "../panels/timeline.ts";
import type { Session } from "./session.ts";

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;

export function syncControls(s: Session): void {
  const state = s.store.state;
  renderLegend($("#legend"), state.view);
  renderStyleLegend($("#legend"), s.styleRanges); // #20 styling rules
  s.showStyleRule?.(state.style);
  $<HTMLInputElement>("#whomet-view").checked = state.view === "whomet";
  $<HTMLSelectElement>("#layout").value = state.layout;
  $<HTMLInputElement>("#from").value = state.from;
  $<HTMLInputElement>("#to").value = state.to;
  $<HTMLInputElement>("#min-sources").value = String(state.minSources);
  $<HTMLInputElement>("#lone").checked = state.lone;
  document.querySelectorAll<HTMLInputElement>("#kinds input[value]").forEach((box) => {
    box.checked = state.kinds.includes(box.value);
  });
  document.querySelectorAll<HTMLInputElement>("#rels input[value]").forEach((box) => {
    box.checked = state.rels.includes(box.value);
  });
  // The who-met-whom view draws its own edges (one per pair of actors).
  $<HTMLFieldSetElement>("#rels").disabled = state.view === "whomet";
  drawDays(s);
}

export const timelineBar = () => $("#timeline") as unknown as SVGSVGElement;

/** Draws the timeline's days; a picked day or brushed range loads the graph for it. */
export function drawDays(s: Session): void {
  drawTimeline(timelineBar(), s.days, s.store.state, pickDay(s), (from, to) => {
    s.store.update({ from, to });
    void s.reload();
  });
}

export function pickDay(s: Session): (date: string, extend: boolean) => void {
  return (date, extend) => {
    const state = s.store.state;
    if (extend && (state.from || state.to)) {
      const lo = [state.from || date, date].sort()[0]!;
      const hi = [state.to || date, date].sort()[1]!;
      s.store.update({ from: lo, to: hi });
    } else s.store.update({ from: date, to: date });
    void s.reload();
  };
}
