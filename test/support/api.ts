// GETs of the JSON API and reading Cytoscape elements, shared by the integration tests of the routes.
import { expect } from "vitest";
import type { TestServer } from "./server.ts";

/** GET `path`, expecting `status` (200 unless told); the JSON body. */
export async function getJson<T>(server: TestServer, path: string, status = 200): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status, `${path} → ${res.status}`).toBe(status);
  return (await res.json()) as T;
}

export type Elements = { elements: { group: string; data: Record<string, unknown> }[]; truncated: boolean };

/** The ids of the nodes among `b`'s elements, sorted. */
export const nodeIds = (b: Elements) =>
  b.elements
    .filter((e) => e.group === "nodes")
    .map((e) => e.data.id as string)
    .sort();

/** The data of the edges among `b`'s elements. */
export const edges = (b: Elements) => b.elements.filter((e) => e.group === "edges").map((e) => e.data);
