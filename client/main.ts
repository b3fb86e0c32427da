// The explorer page: loads the graph from the API and draws it with Cytoscape.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { ApiError, fetchGraph } from "./api.ts";
import { graphStyle } from "./graph/style.ts";

cytoscape.use(fcose);

const status = document.querySelector<HTMLElement>("#status")!;

async function main(): Promise<void> {
  const cy = cytoscape({ container: document.querySelector<HTMLElement>("#graph"), style: graphStyle });
  (window as unknown as { cy: cytoscape.Core }).cy = cy;
  try {
    const { elements, truncated } = await fetchGraph();
    cy.add(elements);
    cy.layout({
      name: "fcose",
      animate: false,
      nodeRepulsion: () => 8000,
      idealEdgeLength: () => 80,
    } as cytoscape.LayoutOptions).run();
    const actors = cy.nodes('[kind = "actor"]').length;
    status.textContent = elements.length
      ? `${actors} actors, ${cy.nodes().length - actors} events and places${truncated ? " (cut at the limit)" : ""}`
      : "The graph is empty: run `npm run ingest -- load data/articles`.";
  } catch (error) {
    status.textContent =
      error instanceof ApiError ? error.message : "Something went wrong loading the graph.";
  }
  document.body.dataset.ready = "true";
}

void main();
