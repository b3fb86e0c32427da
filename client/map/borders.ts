// Country borders drawn offline (#20): Natural Earth 1:50m admin-0 countries as TopoJSON from the
// world-atlas package, bundled with the page, so no tile server is needed.
import { feature, mesh } from "topojson-client";
import countries50m from "world-atlas/countries-50m.json" with { type: "json" };

// The TopoJSON types as @types/topojson-client takes them (topojson-specification, one of its own).
type Topology = Parameters<typeof mesh>[0];
type Objects = NonNullable<Parameters<typeof mesh>[1]>;

export interface Borders {
  land: ReturnType<typeof feature>;
  /** Each shared border once (a mesh), so a border between two countries is not stroked twice. */
  borders: ReturnType<typeof mesh>;
}

let cached: Borders | undefined;

export function worldBorders(): Borders {
  if (cached) return cached;
  const topology = countries50m as unknown as Topology & { objects: { countries: Objects; land: Objects } };
  cached = {
    land: feature(topology, topology.objects.land),
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
  return cached;
}
