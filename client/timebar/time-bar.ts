// The time bar (#20): meetings (blue) and incidents (red) per bin over the visible span, the bin chosen to
// fit the width (years, months, weeks or days; scale.ts). The wheel zooms about the pointer (shift or a
// sideways wheel pans), the − and + buttons about the selected range or the middle, ‹ › pan. Dragging
// across the bars brushes a range; clicking a bar picks its bin (shift-click extends the range). The
// selected range is opaque, the rest pale; playback (player.ts) marks the day shown with a playhead.
import type { Day } from "../../contract/timeline.ts";
import {
  axisTicks,
  binCounts,
  binLabel,
  chooseBin,
  clampDomain,
  dayAt,
  extentOf,
  nextBin,
  panDomain,
  toDate,
  toDay,
  xOf,
  zoomDomain,
  binStart,
  type Bin,
  type Domain,
} from "./scale.ts";

const NS = "http://www.w3.org/2000/svg";
const HEIGHT = 32;
/** About the room a label takes under the bar. */
const LABEL_PX = 64;
/** A button press zooms by this factor: three presses take the whole 2019–2022 span to days. */
export const ZOOM_STEP = 2.5;

export interface Range {
  from: string;
  to: string;
}

export interface TimeBarHandlers {
  /** A click on a day's bar: that day, or the range extended to it (shift). */
  pick(date: string, extend: boolean): void;
  /** A brushed range, or a clicked week, month or year: first and last day, both included. */
  brush(from: string, to: string): void;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** A tool button of the bar (zoom, pan, playback): a short text, its words for screen readers. */
export function toolButton(text: string, label: string, id: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.id = id;
  b.textContent = text;
  b.title = label;
  b.setAttribute("aria-label", label);
  b.addEventListener("click", onClick);
  return b;
}

export class TimeBar {
  private days: Day[] = [];
  private extent: Domain | undefined;
  /** The visible span; undefined: the whole extent (the bar follows new data until zoomed). */
  private zoomed: Domain | undefined;
  private range: Range = { from: "", to: "" };
  private handlers: TimeBarHandlers = { pick: () => {}, brush: () => {} };
  private playhead: number | undefined;
  private readonly axis: HTMLElement | undefined;
  private readonly overlay = el("g", { class: "playhead" });
  /** Controls beside the bar (zoom here; playback adds its own). */
  readonly tools: HTMLElement;
  /** Called after each drawing, so playback can follow a zoom. */
  onDraw: () => void = () => {};

  constructor(readonly svg: SVGSVGElement) {
    const next = svg.nextElementSibling;
    this.axis = next instanceof HTMLElement && next.classList.contains("timeline-axis") ? next : undefined;
    this.tools = document.createElement("div");
    this.tools.className = "timebar-tools";
    this.tools.setAttribute("role", "group");
    this.tools.setAttribute("aria-label", "Time bar");
    this.tools.append(
      toolButton("−", "Zoom out of the time bar", "time-zoom-out", () => this.zoomBy(ZOOM_STEP)),
      toolButton("+", "Zoom in to the time bar", "time-zoom-in", () => this.zoomBy(1 / ZOOM_STEP)),
      toolButton("‹", "Earlier", "time-earlier", () => this.panBy(-0.5)),
      toolButton("›", "Later", "time-later", () => this.panBy(0.5)),
    );
    svg.parentElement!.before(this.tools);
    svg.addEventListener("wheel", (e) => this.wheel(e), { passive: false });
    new ResizeObserver(() => this.draw()).observe(svg);
    this.wireBrush();
  }

  /** New days, range or handlers: drawn again, keeping the zoom (moved within the new days). */
  update(days: Day[], range: Range, handlers: TimeBarHandlers): void {
    this.days = days;
    this.extent = extentOf(days);
    this.range = range;
    this.handlers = handlers;
    if (this.zoomed && this.extent) this.zoomed = clampDomain(this.zoomed, this.extent);
    this.draw();
  }

  /** The visible span. */
  get domain(): Domain | undefined {
    return this.zoomed ?? this.extent;
  }

  private get width(): number {
    return Math.max(1, this.svg.clientWidth);
  }

  /** The bin the bars show now. */
  get bin(): Bin {
    const d = this.domain;
    return d ? chooseBin(d.end - d.start, this.width) : "day";
  }

  /** The selected range as day numbers (end excluded), open sides filled with the extent. */
  get selected(): Domain | undefined {
    const d = this.extent;
    if (!d) return undefined;
    return {
      start: this.range.from ? toDay(this.range.from) : d.start,
      end: this.range.to ? toDay(this.range.to) + 1 : d.end,
    };
  }

  zoomBy(factor: number, anchor?: number): void {
    const d = this.domain;
    if (!d || !this.extent) return;
    const sel = this.selected;
    const middle =
      sel && (this.range.from || this.range.to) && sel.end > d.start && sel.start < d.end
        ? (Math.max(sel.start, d.start) + Math.min(sel.end, d.end)) / 2
        : (d.start + d.end) / 2;
    this.zoomed = zoomDomain(d, factor, anchor ?? middle, this.extent);
    this.draw();
  }

  /** Pans by a share of the visible span (−0.5: half a span back). */
  panBy(share: number): void {
    const d = this.domain;
    if (!d || !this.extent) return;
    this.zoomed = panDomain(d, share * (d.end - d.start), this.extent);
    this.draw();
  }

  /** The day playback shows up to (excluded), or undefined. */
  setPlayhead(day: number | undefined): void {
    this.playhead = day;
    this.drawPlayhead();
  }

  private wheel(e: WheelEvent): void {
    const d = this.domain;
    if (!d || !this.extent) return;
    e.preventDefault();
    const box = this.svg.getBoundingClientRect();
    const sideways = e.shiftKey ? e.deltaY : e.deltaX;
    if (Math.abs(sideways) > Math.abs(e.shiftKey ? 0 : e.deltaY)) {
      this.zoomed = panDomain(d, (sideways / box.width) * (d.end - d.start), this.extent);
    } else {
      const anchor = d.start + ((e.clientX - box.left) / Math.max(1, box.width)) * (d.end - d.start);
      // One notch of a mouse wheel (100) zooms by ~1.35.
      this.zoomed = zoomDomain(d, Math.exp(e.deltaY * 0.003), anchor, this.extent);
    }
    this.draw();
  }

  draw(): void {
    const svg = this.svg;
    const domain = this.domain;
    const width = this.width;
    svg.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
    svg.setAttribute("preserveAspectRatio", "none");
    if (!domain) {
      svg.replaceChildren();
      this.axis?.replaceChildren();
      return;
    }
    const bin = this.bin;
    svg.dataset.bin = bin;
    svg.dataset.from = toDate(Math.floor(domain.start));
    svg.dataset.to = toDate(Math.ceil(domain.end) - 1);
    svg.setAttribute(
      "aria-label",
      `Meetings and incidents per ${bin}, ${binLabel(Math.floor(domain.start), "day")} to ${binLabel(Math.ceil(domain.end) - 1, "day")}`,
    );
    const bars = binCounts(this.days, domain, bin);
    const max = Math.max(1, ...bars.map((b) => b.meetings + b.incidents));
    const sel = this.selected;
    const chosen = this.range.from || this.range.to;
    // Bars a pixel apart once they are wide enough to tell apart.
    const gap = xOf(bars[0]?.end ?? 1, domain, width) - xOf(bars[0]?.start ?? 0, domain, width) > 4 ? 1 : 0;
    svg.replaceChildren(
      ...bars.map((bar) => {
        const x0 = xOf(bar.start, domain, width);
        const x1 = xOf(bar.end, domain, width);
        const g = el("g", {
          opacity: !chosen || !sel || (bar.end > sel.start && bar.start < sel.end) ? 1 : 0.25,
        });
        let y = HEIGHT;
        for (const [n, color] of [
          [bar.meetings, "#0891b2"],
          [bar.incidents, "#dc2626"],
        ] as const) {
          if (!n) continue;
          const h = Math.max(2, (n / max) * (HEIGHT - 2));
          y -= h;
          g.append(
            el("rect", { x: x0 + gap / 2, y, width: Math.max(1, x1 - x0 - gap), height: h, fill: color }),
          );
        }
        const hit = el("rect", { x: x0, y: 0, width: x1 - x0, height: HEIGHT, fill: "transparent" });
        hit.dataset.date = toDate(bar.start);
        hit.dataset.last = toDate(bar.end - 1);
        hit.dataset.bin = bin;
        const title = el("title", {});
        title.textContent = `${binLabel(bar.start, bin)}: ${bar.meetings} meetings, ${bar.incidents} incidents`;
        hit.append(title);
        g.append(hit);
        return g;
      }),
      this.overlay,
    );
    this.drawPlayhead();
    this.drawAxis(domain, width);
    this.onDraw();
  }

  private drawPlayhead(): void {
    const domain = this.domain;
    const day = this.playhead;
    if (!domain || day === undefined) return void this.overlay.replaceChildren();
    const x = Math.max(0, Math.min(this.width, xOf(day, domain, this.width)));
    this.overlay.replaceChildren(
      el("rect", {
        x,
        y: 0,
        width: Math.max(0, this.width - x),
        height: HEIGHT,
        fill: "rgba(255,255,255,0.7)",
      }),
      el("line", { x1: x, x2: x, y1: 0, y2: HEIGHT, stroke: "#f59e0b", "stroke-width": 2 }),
    );
  }

  /** Date labels under the bar, each at the left edge of its day. */
  private drawAxis(domain: Domain, width: number): void {
    if (!this.axis) return;
    const ticks = axisTicks(domain, Math.floor(width / LABEL_PX));
    this.axis.replaceChildren(
      ...ticks
        // A label starting in the last ~50 px would be cut off by the end of the bar.
        .filter((t, i) => i === 0 || xOf(t.day, domain, width) < width - 50)
        .map((t) => {
          const span = document.createElement("span");
          span.style.left = `${(xOf(t.day, domain, width) / width) * 100}%`;
          span.textContent = t.label;
          return span;
        }),
    );
  }

  /** Pointer drag over the bar: a shaded band follows the pointer; release sets the range. */
  private wireBrush(): void {
    const svg = this.svg;
    const band = el("rect", {
      class: "brush",
      y: 0,
      height: HEIGHT,
      fill: "rgba(8, 145, 178, 0.18)",
      stroke: "#0891b2",
      "vector-effect": "non-scaling-stroke",
    });
    const binOf = (clientX: number): Domain | undefined => {
      const domain = this.domain;
      if (!domain) return undefined;
      const box = svg.getBoundingClientRect();
      const day = dayAt(Math.max(0, Math.min(box.width - 0.5, clientX - box.left)), domain, box.width);
      const start = binStart(day, this.bin);
      return { start, end: nextBin(start, this.bin) };
    };
    let start: Domain | undefined;
    svg.addEventListener("pointerdown", (e) => {
      if (e.button !== 0) return;
      start = binOf(e.clientX);
      if (start) svg.setPointerCapture(e.pointerId);
    });
    svg.addEventListener("pointermove", (e) => {
      const here = start && binOf(e.clientX);
      const domain = this.domain;
      if (!start || !here || !domain) return;
      const lo = Math.min(start.start, here.start);
      const hi = Math.max(start.end, here.end);
      if (!band.isConnected) svg.append(band);
      band.style.display = here.start !== start.start ? "" : "none";
      band.setAttribute("x", String(xOf(lo, domain, this.width)));
      band.setAttribute("width", String(xOf(hi, domain, this.width) - xOf(lo, domain, this.width)));
    });
    svg.addEventListener("pointerup", (e) => {
      const here = start && binOf(e.clientX);
      const first = start;
      start = undefined;
      band.style.display = "none";
      if (!first || !here) return;
      const lo = Math.min(first.start, here.start);
      const hi = Math.max(first.end, here.end);
      if (here.start !== first.start || this.bin !== "day") {
        if (e.shiftKey && here.start === first.start) {
          this.handlers.pick(toDate(lo), true);
          this.handlers.pick(toDate(hi - 1), true);
        } else this.handlers.brush(toDate(lo), toDate(hi - 1));
      } else this.handlers.pick(toDate(lo), e.shiftKey);
    });
    svg.addEventListener("pointercancel", () => {
      start = undefined;
      band.style.display = "none";
    });
  }
}
