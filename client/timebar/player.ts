// Playback controls beside the time bar (#20): play/pause, one step, stop, and steps a second. A step
// is one bin of the bar as it is drawn (zoom to a year: weeks; to a month: days) over the visible span
// within the selected dates; the graph shows what happened up to the end of that step, cumulatively
// (GraphAsOf). Stop shows everything again. Nothing is fetched: playback works on the graph in the page.
import type { Core } from "cytoscape";
import { GraphAsOf } from "./playback.ts";
import { binLabel, nextBin, toDate, type Domain } from "./scale.ts";
import { toolButton, type TimeBar } from "./time-bar.ts";

export const SPEEDS = [0.5, 1, 2, 4, 8];
const DEFAULT_SPEED = 2;

export interface Player {
  play(): void;
  pause(): void;
  step(): void;
  stop(): void;
}

export function mountPlayback(cy: Core, bar: TimeBar): Player {
  const asOf = new GraphAsOf(cy);
  /** The day shown up to (excluded); undefined: not playing, everything shows. */
  let until: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const playButton = document.createElement("button");
  playButton.type = "button";
  playButton.id = "play";
  const stepButton = toolButton("Step", "One step", "play-step", () => {
    pause();
    step();
  });
  const stopButton = toolButton("Stop", "Stop: show every date", "play-stop", () => stop());
  const speed = document.createElement("select");
  speed.id = "play-speed";
  speed.setAttribute("aria-label", "Playback speed, steps a second");
  speed.title = "Playback speed: steps a second";
  speed.append(
    ...SPEEDS.map((s) => {
      const o = document.createElement("option");
      o.value = String(s);
      o.textContent = `${s}/s`;
      o.selected = s === DEFAULT_SPEED;
      return o;
    }),
  );
  const stepMs = () => 1000 / Number(speed.value);
  const shown = document.createElement("output");
  shown.id = "play-day";
  shown.className = "play-day";
  const group = document.createElement("span");
  group.className = "playback";
  group.append(playButton, stepButton, stopButton, speed, shown);
  bar.tools.append(group);
  playButton.addEventListener("click", () => (timer === undefined ? play() : pause()));
  speed.addEventListener("change", () => {
    playButton.dataset.stepMs = String(stepMs());
    // A new speed takes effect at once, not after the step under way.
    if (timer !== undefined) {
      clearTimeout(timer);
      schedule();
    }
  });
  showPlaying(false);

  function showPlaying(playing: boolean): void {
    playButton.textContent = playing ? "Pause" : "Play";
    playButton.title = playing ? "Pause" : "Play: the graph as of each step";
    playButton.setAttribute("aria-label", playing ? "Pause" : "Play");
    playButton.dataset.stepMs = String(stepMs());
    group.dataset.state = playing ? "playing" : until === undefined ? "stopped" : "paused";
  }

  /** What plays: the visible span within the selected dates. */
  function span(): Domain | undefined {
    const d = bar.domain;
    if (!d) return undefined;
    const sel = bar.selected ?? d;
    const start = Math.max(Math.floor(d.start), sel.start);
    const end = Math.min(Math.ceil(d.end), sel.end);
    return end > start ? { start, end } : undefined;
  }

  /** One bin further; false at the end. */
  function step(): boolean {
    const s = span();
    if (!s) return false;
    if (until !== undefined && until >= s.end) return false;
    // From the start of the span when not playing yet, or when a zoom left the day shown before it.
    const from = until === undefined || until < s.start ? s.start : until;
    const next = Math.min(s.end, nextBin(from, bar.bin));
    until = next;
    asOf.showUntil(toDate(next));
    bar.setPlayhead(next);
    shown.textContent = `as of ${binLabel(next - 1, "day")}`;
    group.dataset.day = toDate(next - 1);
    showPlaying(timer !== undefined);
    return next < s.end;
  }

  function schedule(): void {
    timer = setTimeout(() => {
      if (step()) schedule();
      else pause();
    }, stepMs());
  }

  function play(): void {
    const s = span();
    if (!s) return;
    // From the start again once the end was reached.
    if (until !== undefined && until >= s.end) until = undefined;
    if (until === undefined) step();
    schedule();
    showPlaying(true);
  }

  function pause(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    showPlaying(false);
  }

  function stop(): void {
    pause();
    until = undefined;
    asOf.clear();
    bar.setPlayhead(undefined);
    shown.textContent = "";
    delete group.dataset.day;
    showPlaying(false);
  }

  return { play, pause, step: () => void step(), stop };
}
