// Labelled random scale-free graphs (Barabási–Albert preferential attachment) for the client bench
// and the large-graph tests: a few hubs and many small actors, as in the news graph. Seeded, so every
// run and both renderers see the same graph.

import { mulberry32 } from "../client/graph/prng.ts";

export interface ScaleFreeGraph {
  nodes: { id: string; label: string; subtype: string }[];
  edges: [string, string][];
}

const SUBTYPES = ["person", "person", "person", "organization", "state", "group"];
const GIVEN = ["Anna", "Boris", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jana", "Kofi"];
const FAMILY = ["Adams", "Bauer", "Costa", "Dvorak", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanova"];

/** n nodes, each new node linked to m distinct earlier nodes picked in proportion to their degree. */
export function barabasiAlbert(n: number, m = 2, seed = 42): ScaleFreeGraph {
  const random = mulberry32(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    label: `${pick(GIVEN)} ${pick(FAMILY)} ${i}`,
    subtype: pick(SUBTYPES),
  }));
  const edges: [string, string][] = [];
  // Every edge end appears once in `ends`: a uniform pick from it is a pick by degree.
  const ends: number[] = [];
  for (let i = 1; i < n; i++) {
    const targets = new Set<number>();
    const want = Math.min(m, i);
    while (targets.size < want)
      targets.add(ends.length && random() < 0.95 ? pick(ends) : Math.floor(random() * i));
    for (const t of targets) {
      edges.push([`a${i}`, `a${t}`]);
      ends.push(i, t);
    }
  }
  return { nodes, edges };
}
