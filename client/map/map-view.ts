// The map view (#20): country borders (borders.ts) and the meetings and incidents as points on one
// canvas, fitted to the points shown; a click picks the point under the pointer, hovering names it.
// Canvas, not SVG or DOM nodes: 10,000 points draw in one pass (`npm run bench -- client`).
import { geoPath, type GeoProjection } from "d3-geo";
import type { MapPoint } from "../../contract/map.ts";
import { KIND_COLORS } from "../graph/style.ts";
import { borderDetail, worldBorders, type BorderDetail } from "./borders.ts";
import { extentOf, fitProjection, indexPoints, nearestPoint, projectPoints, type PointIndex } from "./geo.ts";

const RADIUS = 5;
const PICK_RADIUS = 10;

/** Where the map drew each point, in page coordinates: what e2e tests click (test/support/on-map.ts). */
export interface MapTestHook {
  points(): { id: string; place: string; x: number; y: number; selected: boolean }[];
}

export interface MapView {
  /** Draws `points` (replacing any before), fitted to them. */
  show(points: MapPoint[]): void;
  /** Rings the point of this fact, or none. */
  select(id: string | undefined): void;
  /** Draws again at the container's current size. */
  redraw(): void;
}

export function createMapView(container: HTMLElement, onPick: (point: MapPoint) => void): MapView {
  const canvas = document.createElement("canvas");
  canvas.className = "map-canvas";
  canvas.setAttribute("role", "img");
  container.append(canvas);
  let points: MapPoint[] = [];
  let selected: string | undefined;
  let projection: GeoProjection | undefined;
  let index: PointIndex | undefined;

  // The borders of the current fit, drawn once into their own canvas: a selection redraws points only.
  let background: HTMLCanvasElement | undefined;

  const draw = (refit = true) => {
    const { width, height } = container.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    if (refit || !background || !index) {
      canvas.width = Math.max(1, Math.round(width * ratio));
      canvas.height = Math.max(1, Math.round(height * ratio));
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      const places = points.map((p) => p.place);
      projection = fitProjection(places, width, height);
      background = document.createElement("canvas");
      background.width = canvas.width;
      background.height = canvas.height;
      const bg = background.getContext("2d")!;
      bg.setTransform(ratio, 0, 0, ratio, 0, 0);
      const [[west], [east]] = extentOf(places);
      drawBorders(bg, projection, width, height, borderDetail(east - west));
      index = indexPoints(projectPoints(places, projection));
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(background, 0, 0);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawPoints(ctx, points, index.xy, selected);
    canvas.setAttribute(
      "aria-label",
      `Map of ${points.length} meeting${points.length === 1 ? "" : "s"} and incidents with a known place`,
    );
  };

  const at = (event: MouseEvent): MapPoint | undefined => {
    if (!index) return undefined;
    const box = canvas.getBoundingClientRect();
    const i = nearestPoint(index, event.clientX - box.left, event.clientY - box.top, PICK_RADIUS);
    return i >= 0 ? points[i] : undefined;
  };
  canvas.addEventListener("click", (event) => {
    const point = at(event);
    if (point) onPick(point);
  });
  canvas.addEventListener("mousemove", (event) => {
    const point = at(event);
    canvas.style.cursor = point ? "pointer" : "default";
    canvas.title = point ? `${point.label}${point.date ? ` · ${point.date}` : ""} · ${point.place.name}` : "";
  });

  const hook: MapTestHook = {
    points: () => {
      const box = canvas.getBoundingClientRect();
      return points.map((p, i) => ({
        id: p.id,
        place: p.place.name,
        x: box.left + (index?.xy[2 * i] ?? NaN),
        y: box.top + (index?.xy[2 * i + 1] ?? NaN),
        selected: p.id === selected,
      }));
    },
  };
  (container as HTMLElement & { whometMap?: MapTestHook }).whometMap = hook;

  return {
    show(next) {
      points = next;
      draw();
    },
    select(id) {
      if (id === selected) return;
      selected = id;
      draw(false);
    },
    redraw: () => draw(),
  };
}

function drawBorders(
  ctx: CanvasRenderingContext2D,
  projection: GeoProjection,
  width: number,
  height: number,
  detail: BorderDetail,
) {
  const { land, borders } = worldBorders(detail);
  ctx.fillStyle = "#dbeafe";
  ctx.fillRect(0, 0, width, height);
  const path = geoPath(projection, ctx);
  ctx.beginPath();
  path(land);
  ctx.fillStyle = "#f8fafc";
  ctx.fill();
  ctx.beginPath();
  path(borders);
  ctx.strokeStyle = "#94a3b8";
  ctx.lineWidth = 0.8;
  ctx.stroke();
}

/** Meetings and incidents in their graph colours, one path per colour; the selected one ringed on top. */
function drawPoints(
  ctx: CanvasRenderingContext2D,
  points: readonly MapPoint[],
  xy: Float64Array,
  selected: string | undefined,
) {
  for (const kind of ["meeting", "incident"] as const) {
    ctx.beginPath();
    points.forEach((p, i) => {
      if (p.kind !== kind) return;
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      ctx.moveTo(x + RADIUS, y);
      ctx.arc(x, y, RADIUS, 0, 2 * Math.PI);
    });
    ctx.fillStyle = KIND_COLORS[kind] ?? "#475569";
    ctx.globalAlpha = 0.85;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = "#fff";
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  const s = selected === undefined ? -1 : points.findIndex((p) => p.id === selected);
  if (s >= 0) {
    ctx.beginPath();
    ctx.arc(xy[2 * s]!, xy[2 * s + 1]!, RADIUS + 4, 0, 2 * Math.PI);
    ctx.strokeStyle = "#f59e0b";
    ctx.lineWidth = 3;
    ctx.stroke();
  }
}
