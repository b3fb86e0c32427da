// Bench page for the explorer's map (client/map/map-view.ts): N points drawn over the country borders,
// timed from the data to the frame that shows them. The first draw also decodes the borders
// (TopoJSON → GeoJSON, once per page); redraws are what a filter change or a selection costs.
import type { MapPoint } from "../../contract/map.ts";
import { createMapView } from "../../client/map/map-view.ts";
import { nextPaint } from "./frames.ts";

export interface MapBenchResult {
  firstMs: number;
  redrawMs: number[];
}

/** Seeded points over the inhabited latitudes, a third of them meetings. */
function points(n: number): MapPoint[] {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => ({
    id: `incident:i${i}`,
    kind: i % 3 === 0 ? "meeting" : "incident",
    subtype: "clash",
    label: `event ${i}`,
    date: "2021-11-16",
    sourceCount: 1,
    place: { id: `place:p${i}`, name: `place ${i}`, lat: random() * 125 - 55, lon: random() * 360 - 180 },
  }));
}

async function drawMap(n: number, redraws: number): Promise<MapBenchResult> {
  const container = document.querySelector<HTMLElement>("#map")!;
  container.replaceChildren();
  const view = createMapView(container, () => undefined);
  const data = points(n);
  await nextPaint();
  const t0 = performance.now();
  view.show(data);
  await nextPaint();
  const firstMs = performance.now() - t0;
  const redrawMs: number[] = [];
  for (let i = 0; i < redraws; i++) {
    const t = performance.now();
    view.select(data[i]!.id);
    await nextPaint();
    redrawMs.push(performance.now() - t);
  }
  return { firstMs, redrawMs };
}

(window as unknown as { mapBench: { draw: typeof drawMap } }).mapBench = { draw: drawMap };
