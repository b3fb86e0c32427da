// The map's geometry (#20), free of the DOM: a projection fitted to the points shown, the points'
// screen positions, and a grid index that finds the point under the pointer among 10,000 quickly.
import { geoNaturalEarth1, type GeoProjection } from "d3-geo";

export interface LonLat {
  lon: number;
  lat: number;
}

/** The smallest box (degrees) a view is fitted to: two points 30 km apart stay apart, a region keeps context. */
export const MIN_SPAN_DEGREES = 8;

/**
 * The box around `points`, widened to at least MIN_SPAN_DEGREES each way and padded by a tenth; the
 * whole world when there are none. Longitudes are not wrapped: a set spanning the antimeridian is
 * shown as the world, which is right for event data (a few such sets, and all of them world-wide).
 */
export function extentOf(points: readonly LonLat[]): [[number, number], [number, number]] {
  if (!points.length)
    return [
      [-180, -60],
      [180, 85],
    ];
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const p of points) {
    if (p.lon < west) west = p.lon;
    if (p.lon > east) east = p.lon;
    if (p.lat < south) south = p.lat;
    if (p.lat > north) north = p.lat;
  }
  const widen = (lo: number, hi: number, min: number, limit: number): [number, number] => {
    const pad = Math.max(min - (hi - lo), 0) / 2 + (hi - lo) / 10;
    return [Math.max(-limit, lo - pad), Math.min(limit, hi + pad)];
  };
  const [w, e] = widen(west, east, MIN_SPAN_DEGREES, 180);
  const [s, n] = widen(south, north, MIN_SPAN_DEGREES, 89);
  return [
    [w, s],
    [e, n],
  ];
}

/** A Natural Earth projection showing `points` (see extentOf) in a width × height box with a margin. */
export function fitProjection(
  points: readonly LonLat[],
  width: number,
  height: number,
  margin = 16,
): GeoProjection {
  const [[w, s], [e, n]] = extentOf(points);
  // The box as a polygon of its corners and edge midpoints, so the fit holds for a curved projection.
  const ring: [number, number][] = [];
  for (let i = 0; i <= 8; i++) ring.push([w + ((e - w) * i) / 8, s]);
  for (let i = 0; i <= 8; i++) ring.push([e, s + ((n - s) * i) / 8]);
  for (let i = 8; i >= 0; i--) ring.push([w + ((e - w) * i) / 8, n]);
  for (let i = 8; i >= 0; i--) ring.push([w, s + ((n - s) * i) / 8]);
  return geoNaturalEarth1().fitExtent(
    [
      [margin, margin],
      [Math.max(margin + 1, width - margin), Math.max(margin + 1, height - margin)],
    ],
    { type: "MultiPoint", coordinates: ring },
  );
}

/** Screen x, y of each point, packed [x0, y0, x1, y1, …] (NaN where the projection cannot place one). */
export function projectPoints(points: readonly LonLat[], projection: GeoProjection): Float64Array {
  const xy = new Float64Array(points.length * 2);
  points.forEach((p, i) => {
    const at = projection([p.lon, p.lat]);
    xy[2 * i] = at ? at[0] : NaN;
    xy[2 * i + 1] = at ? at[1] : NaN;
  });
  return xy;
}

/** Points bucketed by screen cell, for the point under the pointer without a scan of all of them. */
export interface PointIndex {
  cell: number;
  xy: Float64Array;
  cells: Map<string, number[]>;
}

export function indexPoints(xy: Float64Array, cell = 16): PointIndex {
  const cells = new Map<string, number[]>();
  for (let i = 0; i < xy.length / 2; i++) {
    const x = xy[2 * i]!;
    const y = xy[2 * i + 1]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  }
  return { cell, xy, cells };
}

/** The index of the point nearest (x, y) within `radius` pixels, or -1; on a tie the later point (drawn on top). */
export function nearestPoint(index: PointIndex, x: number, y: number, radius: number): number {
  const { cell, xy, cells } = index;
  let best = -1;
  let bestD = radius * radius;
  for (let cx = Math.floor((x - radius) / cell); cx <= Math.floor((x + radius) / cell); cx++)
    for (let cy = Math.floor((y - radius) / cell); cy <= Math.floor((y + radius) / cell); cy++)
      for (const i of cells.get(`${cx},${cy}`) ?? []) {
        const dx = xy[2 * i]! - x;
        const dy = xy[2 * i + 1]! - y;
        const d = dx * dx + dy * dy;
        if (d < bestD || (d === bestD && i > best)) {
          best = i;
          bestD = d;
        }
      }
  return best;
}
