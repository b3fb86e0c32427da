// cytoscape-svg ships no types: it registers cy.svg(options) → string.
declare module "cytoscape-svg" {
  const extension: cytoscape.Ext;
  export default extension;
}

declare namespace cytoscape {
  interface Core {
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
