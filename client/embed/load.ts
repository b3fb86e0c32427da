// Loads a view's elements: GET /api/graph with its parameters, or its saved query run through the API.
// Failures become sentences for the reader, shown inside the frame.
import type { ElementDefinition } from "cytoscape";
import type { QueryResult } from "../../contract/queries.ts";
import type { ViewSource } from "../../contract/views.ts";
import { api, ApiError, fetchGraph } from "../api.ts";

export class ViewLoadError extends Error {}

export async function loadElements(source: ViewSource): Promise<ElementDefinition[]> {
  const params = Object.fromEntries(
    Object.entries(source.params).map(([k, v]) => [k, v === null ? undefined : String(v)]),
  );
  try {
    if (source.kind === "graph") return (await fetchGraph(params)).elements;
    const result = await api<Partial<QueryResult>>(`/api/queries/${encodeURIComponent(source.query)}/run`, {
      method: "POST",
      body: JSON.stringify({ params: source.params }),
    });
    if (!Array.isArray(result.elements))
      throw new ViewLoadError(`The saved query "${source.query}" does not return a graph.`);
    return result.elements;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === "network") throw new ViewLoadError("The whomet server cannot be reached.");
    if (source.kind === "query") {
      const what = error.status === 404 ? "does not exist" : "could not be run";
      throw new ViewLoadError(`The saved query "${source.query}" ${what}: ${error.message}`);
    }
    throw new ViewLoadError(`This view cannot be shown: ${error.message}`);
  }
}
