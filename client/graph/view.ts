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
  keepSelectionInView(cy, container);
  return cy;
}

/**
 * When the view's box changes (on a narrow screen the side panel opens below the graph and takes
 * half of it), the selected element is brought back into view if it left it.
 */
function keepSelectionInView(cy: Core, container: HTMLElement): void {
  new ResizeObserver(() => {
    if (cy.destroyed()) return;
    cy.resize();
    const selected = cy.$(":selected");
    if (selected.empty()) return;
    const box = selected.renderedBoundingBox();
    const inView = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    if (!inView) cy.animate({ center: { eles: selected } }, { duration: 200 });
  }).observe(container);
}

/**
 * Adds a new graph to an emptied view: the stylesheet for its size first and the derived data on the
 * definitions, so thousands of elements are styled once, not twice.
 */
export function addNewGraph(cy: Core, elements: ElementDefinition[], labelled: boolean): void {
  applyLevelOfDetail(cy, nodeCount(elements));
  cy.add(withDerived(elements, labelled));
}
