// On a narrow screen the selected node and its neighbours are labelled at a size read on screen (#20):
// fitted to a phone the graph's labels fall below Cytoscape's smallest drawn size and vanish, leaving
// unlabelled dots. Only the neighbourhood is labelled, so the labels do not cover each other.
import type { Core, NodeCollection } from "cytoscape";

/** Below this width of the view the labels are kept (styles.css's phone layout starts at 760 px). */
const NARROW = 760;
const SCREEN_FONT_PX = 12;
export const NEAR_SELECTED = "near-selected";

export function labelSelectedNeighbourhood(cy: Core): void {
  let labelled: NodeCollection = cy.collection();
  const refresh = () => {
    labelled.removeClass(NEAR_SELECTED).removeStyle("font-size");
    const selected = cy.nodes(":selected");
    if (selected.empty() || cy.width() > NARROW) {
      labelled = cy.collection();
      return;
    }
    labelled = selected.closedNeighborhood().nodes(":visible");
    // A font size in the graph's units that is SCREEN_FONT_PX on screen at the current zoom.
    labelled.addClass(NEAR_SELECTED).style("font-size", SCREEN_FONT_PX / cy.zoom());
  };
  cy.style()
    .selector(`node.${NEAR_SELECTED}`)
    .style({
      label: "data(label)",
      "min-zoomed-font-size": 0,
      "text-opacity": 1,
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
      "z-index": 10,
    })
    .update();
  cy.on("select unselect", "node", refresh);
  cy.on("zoom resize", () => {
    if (labelled.nonempty() || cy.nodes(":selected").nonempty()) refresh();
  });
}
