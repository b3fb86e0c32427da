// In-page timing shared by the bench pages: rAF deltas (frame times) and the page API the bench drives.
import type { ScaleFreeGraph } from "../scale-free.ts";

export interface DrawResult {
  /** Data in hand → laid out and drawn; null when it did not happen within the timeout. */
  usableMs: number | null;
  /** Longest gap between animation frames meanwhile: how long the page was frozen at worst. */
  longestGapMs: number;
  /** Ours only: the first frame with the new graph drawn (already placed when the worker lays it out). */
  firstViewMs?: number;
  /** Ours only: when each step ended, ms from the start (where the time goes). */
  phases?: Record<string, number>;
  /** vis-network only: when physics came to rest, if it did before neovis.js stops it (10 s). */
  stabilizedMs?: number | null;
}

export interface BenchPage {
  draw(graph: ScaleFreeGraph, timeoutMs: number): Promise<DrawResult>;
  /** A point in the viewport with no node under it (so a drag pans), nearest the centre; null if none. */
  emptyPoint(): { x: number; y: number } | null;
  startFrames(): void;
  /** Frame-to-frame times (ms) since startFrames(). */
  stopFrames(): number[];
}

/** A graph some of whose nodes are dated events (meetings), for playback (#20). */
export interface DatedGraph extends ScaleFreeGraph {
  /** Node id → its date (YYYY-MM-DD); those nodes are meetings, the others actors. */
  dates: Record<string, string>;
}

export interface PlaybackResult {
  /** The graph laid out and drawn first (ms), as in draw(). */
  usableMs: number | null;
  /** Frame-to-frame times (ms) while playback stepped once a frame. */
  deltas: number[];
  /** Frame-to-frame times (ms) of as many frames redrawing the graph for a change that shows nothing. */
  redrawDeltas: number[];
  /** The time each step took to hide and show (ms), before Cytoscape draws it. */
  stepWork: number[];
  /** Nodes visible after the first step and after the last: the steps did change the view. */
  visibleAfterFirst: number;
  visibleAtEnd: number;
}

export interface PlaybackPage {
  /**
   * Draws `graph`, then plays it as the explorer's playback does (client/timebar/playback.ts), one
   * step a frame: `steps` steps of `stepDays` days from `start` (YYYY-MM-DD).
   */
  play(graph: DatedGraph, start: string, stepDays: number, steps: number): Promise<PlaybackResult>;
}

export interface ThresholdPage extends BenchPage {
  /** fcose on the main thread vs the worker layout, on the same graph. */
  compare(graph: ScaleFreeGraph, which: "fcose" | "worker"): Promise<{ ms: number; longestGapMs: number }>;
}

/** Records requestAnimationFrame deltas until stopped. */
export function frameRecorder(): { stop(): number[] } {
  const deltas: number[] = [];
  // From now, not from the first frame: work started synchronously after this call counts too.
  let last = performance.now();
  let on = true;
  const tick = (t: number) => {
    if (!on) return;
    deltas.push(Math.max(0, t - last));
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop() {
      on = false;
      return deltas;
    },
  };
}

export function frames(): Pick<BenchPage, "startFrames" | "stopFrames"> {
  let recorder: { stop(): number[] } | undefined;
  return {
    startFrames() {
      recorder = frameRecorder();
    },
    stopFrames() {
      const deltas = recorder?.stop() ?? [];
      recorder = undefined;
      return deltas;
    },
  };
}

/** Resolves after the next frame has been drawn (a rAF, then one more so that frame's paint is done). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Candidate points on a grid over the viewport, nearest the centre first, skipping those within `radius`
 * of any of the given screen positions.
 */
export function emptyPointAmong(
  occupied: Iterable<{ x: number; y: number; r: number }>,
  width: number,
  height: number,
): { x: number; y: number } | null {
  const cell = 20;
  const cols = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const blocked = new Uint8Array(cols * rows);
  for (const { x, y, r } of occupied) {
    const pad = r + 12;
    for (let cx = Math.floor((x - pad) / cell); cx <= Math.floor((x + pad) / cell); cx++)
      for (let cy = Math.floor((y - pad) / cell); cy <= Math.floor((y + pad) / cell); cy++)
        if (cx >= 0 && cy >= 0 && cx < cols && cy < rows) blocked[cy * cols + cx] = 1;
  }
  let best: { x: number; y: number } | null = null;
  let bestD = Infinity;
  // Keep off the edges: the drag that follows moves up to ±150 px.
  for (let cy = 0; cy < rows; cy++)
    for (let cx = 0; cx < cols; cx++) {
      if (blocked[cy * cols + cx]) continue;
      const x = cx * cell + cell / 2;
      const y = cy * cell + cell / 2;
      if (x < 200 || y < 200 || x > width - 200 || y > height - 200) continue;
      const d = Math.hypot(x - width / 2, y - height / 2);
      if (d < bestD) {
        bestD = d;
        best = { x, y };
      }
    }
  return best;
}
