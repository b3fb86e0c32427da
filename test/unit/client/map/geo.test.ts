import { describe, expect, it } from "vitest";
import {
  extentOf,
  fitProjection,
  indexPoints,
  MIN_SPAN_DEGREES,
  nearestPoint,
  projectPoints,
} from "../../../../client/map/geo.ts";

const BRUZGI = { lat: 53.64, lon: 23.92 };
const BORDER = { lat: 53.4, lon: 23.7 };

describe("extentOf", () => {
  it("is the world when there are no points", () => {
    expect(extentOf([])).toEqual([
      [-180, -60],
      [180, 85],
    ]);
  });

  it("widens a small set to at least MIN_SPAN_DEGREES each way, centred on it", () => {
    const [[w, s], [e, n]] = extentOf([BRUZGI, BORDER]);
    expect(e - w).toBeGreaterThanOrEqual(MIN_SPAN_DEGREES);
    expect(n - s).toBeGreaterThanOrEqual(MIN_SPAN_DEGREES);
    expect((w + e) / 2).toBeCloseTo((23.92 + 23.7) / 2, 6);
    expect((s + n) / 2).toBeCloseTo((53.64 + 53.4) / 2, 6);
  });

  it("pads a wide set by a tenth and keeps it within the globe", () => {
    expect(
      extentOf([
        { lat: -80, lon: -170 },
        { lat: 80, lon: 170 },
      ]),
    ).toEqual([
      [-180, -89],
      [180, 89],
    ]);
  });
});

describe("fitProjection and projectPoints", () => {
  it("puts every point inside the box, north up and east right", () => {
    const points = [BRUZGI, BORDER, { lat: 21.03, lon: 105.85 }, { lat: -33.87, lon: 151.21 }];
    const xy = projectPoints(points, fitProjection(points, 800, 600, 16));
    for (let i = 0; i < points.length; i++) {
      expect(xy[2 * i]).toBeGreaterThanOrEqual(16);
      expect(xy[2 * i]).toBeLessThanOrEqual(784);
      expect(xy[2 * i + 1]).toBeGreaterThanOrEqual(16);
      expect(xy[2 * i + 1]).toBeLessThanOrEqual(584);
    }
    // Bruzgi is north-east of the border's point; Hanoi east of both; Sydney south of all.
    expect(xy[0]).toBeGreaterThan(xy[2]!);
    expect(xy[1]).toBeLessThan(xy[3]!);
    expect(xy[4]).toBeGreaterThan(xy[0]!);
    expect(xy[7]).toBeGreaterThan(xy[5]!);
  });

  it("draws two points 30 km apart without overlap (points have a 5 px radius)", () => {
    const xy = projectPoints([BRUZGI, BORDER], fitProjection([BRUZGI, BORDER], 900, 600));
    expect(Math.hypot(xy[0]! - xy[2]!, xy[1]! - xy[3]!)).toBeGreaterThan(12);
  });
});

describe("nearestPoint", () => {
  const xy = new Float64Array([10, 10, 40, 10, 41, 11, NaN, NaN]);
  const index = indexPoints(xy, 16);

  it("finds the nearest point within the radius, across cell edges", () => {
    expect(nearestPoint(index, 12, 9, 10)).toBe(0);
    expect(nearestPoint(index, 33, 10, 8)).toBe(1);
    expect(nearestPoint(index, 42, 12, 10)).toBe(2);
  });

  it("answers -1 when no point is within the radius, and never a point it could not place", () => {
    expect(nearestPoint(index, 100, 100, 10)).toBe(-1);
    expect(nearestPoint(index, 25, 10, 5)).toBe(-1);
  });

  it("picks the later point (drawn on top) of two at the same place", () => {
    const same = indexPoints(new Float64Array([5, 5, 5, 5]));
    expect(nearestPoint(same, 5, 5, 3)).toBe(1);
  });

  it("agrees with a scan of every point on 2,000 random points", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 500;
    const many = new Float64Array(4000).map(random);
    const grid = indexPoints(many, 16);
    for (let q = 0; q < 200; q++) {
      const [x, y] = [random(), random()];
      let best = -1;
      let bestD = 12 * 12;
      for (let i = 0; i < 2000; i++) {
        const d = (many[2 * i]! - x) ** 2 + (many[2 * i + 1]! - y) ** 2;
        if (d < bestD || (d === bestD && i > best)) [best, bestD] = [i, d];
      }
      expect(nearestPoint(grid, x, y, 12)).toBe(best);
    }
  });
});
