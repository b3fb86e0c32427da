// Bench page drawing with vis-network configured as neovis.js configures it: its default visJs options
// (src/defaults.ts: physics on with adaptiveTimestep and 200 stabilisation iterations, improvedLayout off,
// font 26/stroke 7, edge length 200, no arrows), nodes grouped by label, the network built with all data.
import * as visModule from "vis-network/standalone";
import { emptyPointAmong, frameRecorder, frames, nextPaint, type BenchPage } from "./frames.ts";

// vis-network's typings resolve to nothing under NodeNext resolution: the few members used, typed here.
type Point = { x: number; y: number };
interface Network {
  once(event: string, callback: () => void): void;
  stopSimulation(): void;
  destroy(): void;
  getPositions(): Record<string, Point>;
  canvasToDOM(p: Point): Point;
  getBoundingBox(id: string): { left: number; right: number; top: number; bottom: number };
  getScale(): number;
}
type Options = Record<string, unknown>;
const { DataSet, Network } = visModule as unknown as {
  DataSet: new (items: object[]) => object;
  Network: new (container: HTMLElement, data: { nodes: object; edges: object }, options: Options) => Network;
};

// neovis.js src/defaults.ts (commit 7815563), `visJs`, verbatim apart from comments.
const NEOVIS_VIS_OPTIONS: Options = {
  nodes: { font: { size: 26, strokeWidth: 7 }, scaling: {} },
  edges: { arrows: { to: { enabled: false } }, length: 200 },
  layout: { improvedLayout: false, hierarchical: { enabled: false, sortMethod: "hubsize" } },
  physics: { adaptiveTimestep: true, stabilization: { iterations: 200, fit: true } },
};
// neovis.js stops the simulation 10 s after building the network.
const NEOVIS_STOP_MS = 10_000;

const container = document.querySelector<HTMLElement>("#graph")!;
let network: Network | undefined;

const page: BenchPage = {
  async draw(graph, timeoutMs) {
    const recorder = frameRecorder();
    const started = performance.now();
    network?.destroy();
    const nodes = new DataSet(graph.nodes.map((n) => ({ id: n.id, label: n.label, group: n.subtype })));
    const edges = new DataSet(graph.edges.map(([from, to], i) => ({ id: `e${i}`, from, to })));
    const net = new Network(container, { nodes, edges }, NEOVIS_VIS_OPTIONS);
    network = net;
    let stabilizedMs: number | null = null;
    net.once("stabilized", () => {
      stabilizedMs = performance.now() - started;
    });
    const done = await new Promise<boolean>((resolve) => {
      net.once("stabilizationIterationsDone", () => resolve(true));
      setTimeout(() => resolve(false), timeoutMs);
    });
    if (done) await nextPaint();
    const usableMs = done ? performance.now() - started : null;
    const longestGapMs = Math.max(0, ...recorder.stop());
    if (!done) {
      net.stopSimulation();
      return { usableMs, longestGapMs, stabilizedMs: null };
    }
    // Physics keeps moving nodes after the stabilisation iterations; wait as long as neovis.js would.
    const left = NEOVIS_STOP_MS - (performance.now() - started);
    if (stabilizedMs === null && left > 0)
      await new Promise<void>((resolve) => {
        net.once("stabilized", () => resolve());
        setTimeout(resolve, left);
      });
    // Pan and zoom are measured over a still graph, as on our side.
    net.stopSimulation();
    await nextPaint();
    return { usableMs, longestGapMs, stabilizedMs };
  },
  emptyPoint() {
    if (!network) return null;
    const net = network;
    const positions = net.getPositions();
    const occupied = Object.keys(positions).map((id) => {
      const dom = net.canvasToDOM(positions[id]!);
      const box = net.getBoundingBox(id);
      const r = ((box.right - box.left) / 2) * net.getScale();
      return { x: dom.x, y: dom.y, r };
    });
    return emptyPointAmong(occupied, container.clientWidth, container.clientHeight);
  },
  ...frames(),
};
(window as unknown as { bench: BenchPage }).bench = page;
