// Country borders drawn offline (#20): Natural Earth admin-0 countries as TopoJSON from the world-atlas
// package, bundled with the page, so no tile server is needed. 1:110m for a view of continents (five
// times fewer vertices to project), 1:50m for a region, where 1:110m's borders look angular.
import { feature, mesh } from "topojson-client";
import countries110m from "world-atlas/countries-110m.json" with { type: "json" };
import countries50m from "world-atlas/countries-50m.json" with { type: "json" };

// The TopoJSON types as @types/topojson-client takes them (topojson-specification, one of its own).
type Topology = Parameters<typeof mesh>[0];
type Objects = NonNullable<Parameters<typeof mesh>[1]>;

export interface Borders {
  land: ReturnType<typeof feature>;
  /** Each shared border once (a mesh), so a border between two countries is not stroked twice. */
  borders: ReturnType<typeof mesh>;
}

export type BorderDetail = "110m" | "50m";

const cached = new Map<BorderDetail, Borders>();

/** The detail for a view `spanDegrees` wide: 1:50m below 60°. */
export function borderDetail(spanDegrees: number): BorderDetail {
  return spanDegrees < 60 ? "50m" : "110m";
}

export function worldBorders(detail: BorderDetail): Borders {
  const known = cached.get(detail);
  if (known) return known;
  const topology = (detail === "50m" ? countries50m : countries110m) as unknown as Topology & {
    objects: { countries: Objects; land: Objects };
  };
  const borders = {
    land: feature(topology, topology.objects.land),
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
  cached.set(detail, borders);
  return borders;
}
