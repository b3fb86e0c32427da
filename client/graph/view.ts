// The explorer's Cytoscape view, built in one place for the page (client/main.ts) and the client bench,
// so the bench measures what users get.
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { withDerived } from "./derived.ts";
import { nodeCount } from "./layout.ts";
import { applyLevelOfDetail, lodOptions } from "./lod.ts";
import { graphStyle } from "./style.ts";

/** Fitting a handful of nodes would blow them up to poster size: a fit goes no closer than this. */
const FIT_MAX_ZOOM = 1.4;

export function createExplorerView(container: HTMLElement): Core {
  const cy = cytoscape({
    container,
    style: graphStyle,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    // WebGL only where there is a real GPU; the viewport flags then follow the graph's size.
    ...lodOptions(),
  });
  cy.on("layoutstop", () => {
    if (cy.zoom() > FIT_MAX_ZOOM) {
      cy.zoom(FIT_MAX_ZOOM);
      cy.center(cy.elements(":visible"));
    }
  });
  return cy;
}

/**
 * Adds a new graph to an emptied view: the stylesheet for its size first and the derived data on the
 * definitions, so thousands of elements are styled once, not twice.
 */
export function addNewGraph(cy: Core, elements: ElementDefinition[], labelled: boolean): void {
  applyLevelOfDetail(cy, nodeCount(elements));
  cy.add(withDerived(elements, labelled));
}
