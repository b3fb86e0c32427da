// The pure half of the worker layout (client/graph/fa2.ts): what layout.worker.ts runs off the main thread.
import { describe, expect, it } from "vitest";
import { barabasiAlbert } from "../../../../bench/scale-free.ts";
import {
  computeLayout,
  iterationsFor,
  medianNearest,
  seedLayout,
  settingsFor,
  type LayoutRequest,
} from "../../../../client/graph/fa2.ts";

function request(n: number, options: LayoutRequest["options"] = {}): LayoutRequest {
  const graph = barabasiAlbert(n, 2, 7);
  return { nodes: graph.nodes.map((node) => node.id), edges: graph.edges, options };
}

const xy = (positions: Float64Array, i: number) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]! });

describe("ForceAtlas2 layout for the worker", () => {
  const req = request(600);
  const positions = computeLayout(req);

  it("gives every node a finite position", () => {
    expect(positions).toHaveLength(2 * req.nodes.length);
    expect([...positions].every(Number.isFinite)).toBe(true);
  });

  it("spreads nodes apart: no two share a spot, and the typical gap is the requested spacing", () => {
    const seen = new Set<string>();
    for (let i = 0; i < req.nodes.length; i++) {
      const { x, y } = xy(positions, i);
      seen.add(`${Math.round(x)},${Math.round(y)}`);
    }
    expect(seen.size).toBeGreaterThan(req.nodes.length * 0.99);
    const xs = Float64Array.from({ length: req.nodes.length }, (_, i) => positions[2 * i]!);
    const ys = Float64Array.from({ length: req.nodes.length }, (_, i) => positions[2 * i + 1]!);
    expect(medianNearest(xs, ys)).toBeCloseTo(45, 0);
  });

  it("draws linked nodes closer together than unlinked ones", () => {
    const index = new Map(req.nodes.map((id, i) => [id, i]));
    const dist = (a: number, b: number) =>
      Math.hypot(xy(positions, a).x - xy(positions, b).x, xy(positions, a).y - xy(positions, b).y);
    const linked = req.edges.map(([s, t]) => dist(index.get(s)!, index.get(t)!));
    const random = req.nodes.map((_, i) => dist(i, (i * 7919 + 13) % req.nodes.length));
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    expect(mean(linked)).toBeLessThan(mean(random) * 0.7);
  });

  it("is deterministic: the same graph and seed give the same positions; another seed another layout", () => {
    expect(computeLayout(request(600))).toEqual(positions);
    expect(computeLayout(request(600, { seed: 2 }))).not.toEqual(positions);
  });

  it("leaves pinned nodes exactly where they are and builds the layout around them", () => {
    const pinned = { a0: { x: 5000, y: -3000 }, a1: { x: 5200, y: -3000 } };
    const out = computeLayout(request(300, { fixed: pinned }));
    expect(xy(out, 0)).toEqual(pinned.a0);
    expect(xy(out, 1)).toEqual(pinned.a1);
    const cx = Array.from({ length: 300 }, (_, i) => out[2 * i]!).reduce((a, b) => a + b) / 300;
    expect(Math.abs(cx - 5100)).toBeLessThan(1500);
  });

  it("starts from positions already on screen, so an expand keeps the picture in place", () => {
    const first = computeLayout(request(400));
    const initial = Object.fromEntries(
      request(400)
        .nodes.slice(0, 350)
        .map((id, i) => [id, { x: first[2 * i]! + 10_000, y: first[2 * i + 1]! }]),
    );
    const again = computeLayout(request(400, { initial }));
    let moved = 0;
    for (let i = 0; i < 350; i++)
      moved += Math.hypot(again[2 * i]! - first[2 * i]! - 10_000, again[2 * i + 1]! - first[2 * i + 1]!);
    // The old nodes stay near where they were drawn (they are not thrown back to the origin).
    expect(moved / 350).toBeLessThan(150);
  });

  it("ignores edges to unknown nodes and self-loops, and copes with empty and one-node graphs", () => {
    const out = computeLayout({
      nodes: ["a", "b"],
      edges: [
        ["a", "b"],
        ["a", "a"],
        ["a", "zz"],
      ],
    });
    expect([...out].every(Number.isFinite)).toBe(true);
    expect(computeLayout({ nodes: [], edges: [] })).toHaveLength(0);
    expect([...computeLayout({ nodes: ["only"], edges: [] })].every(Number.isFinite)).toBe(true);
  });

  it("shows a seed placement that the layout starts from, keeping known positions exactly", () => {
    const seed = seedLayout(request(300, { initial: { a5: { x: 1, y: 2 } } }));
    expect(xy(seed, 5)).toEqual({ x: 1, y: 2 });
    expect([...seed].every(Number.isFinite)).toBe(true);
    expect(seedLayout(request(300))).toEqual(seedLayout(request(300)));
  });

  it("spends fewer iterations per node as graphs grow, with Barnes-Hut only on larger graphs", () => {
    const sizes = [100, 400, 1000, 5000, 20000];
    const iterations = sizes.map(iterationsFor);
    expect(iterations).toEqual([...iterations].sort((a, b) => b - a));
    expect(settingsFor(100).barnesHutOptimize).toBe(false);
    expect(settingsFor(5000).barnesHutOptimize).toBe(true);
  });
});

describe("medianNearest", () => {
  it("measures the typical gap between neighbours", () => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < 30; i++)
      for (let j = 0; j < 30; j++) {
        xs.push(i * 3);
        ys.push(j * 3);
      }
    expect(medianNearest(xs, ys)).toBeCloseTo(3, 5);
  });
});
