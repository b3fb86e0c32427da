// Exports of the current view: PNG, SVG, Cytoscape JSON, GraphML (Gephi, yEd) and interactive HTML.
import type { Core } from "cytoscape";
import { withAllLabels } from "./lod.ts";
import { visibleElementJsons } from "./visible-elements.ts";

const esc = (s: unknown) =>
  String(s ?? "").replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );

const NODE_KEYS = ["label", "kind", "subtype", "date", "sourceCount"];
const EDGE_KEYS = ["type", "weight"];

export function toGraphML(cy: Core): string {
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
  ];
  const data = (prefix: string, names: string[], d: Record<string, unknown>) =>
    names
      .filter((k) => d[k] !== undefined && d[k] !== null)
      .map((k) => `<data key="${prefix}_${k}">${esc(d[k])}</data>`)
      .join("");
  const nodes = cy
    .nodes(":visible")
    .map((n) => `    <node id="${esc(n.id())}">${data("n", NODE_KEYS, n.data())}</node>`);
  const edges = cy
    .edges(":visible")
    .map(
      (e) =>
        `    <edge id="${esc(e.id())}" source="${esc(e.source().id())}" target="${esc(e.target().id())}">${data("e", EDGE_KEYS, e.data())}</edge>`,
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="whomet" edgedefault="undirected">',
    ...nodes,
    ...edges,
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}

export function toJSON(cy: Core): string {
  return JSON.stringify({ elements: visibleElementJsons(cy) }, null, 2);
}

export function download(name: string, data: Blob | string, type = "application/octet-stream"): void {
  const blob = typeof data === "string" ? new Blob([data], { type }) : data;
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export async function exportView(cy: Core, format: string, title = "whomet graph"): Promise<void> {
  // Images show the whole graph, so every label: a large view labels only the nodes in view (lod.ts).
  if (format === "svg")
    download(
      "whomet.svg",
      withAllLabels(cy, () => cy.svg({ full: true, bg: "#ffffff" })),
      "image/svg+xml",
    );
  if (format === "html") {
    const { exportHtml } = await import("./export-html.ts");
    download("whomet.html", await exportHtml(cy, title), "text/html");
  }
  if (format === "png")
    download(
      "whomet.png",
      withAllLabels(cy, () => cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }) as Blob),
    );
  if (format === "json") download("whomet.json", toJSON(cy), "application/json");
  if (format === "graphml") download("whomet.graphml", toGraphML(cy), "application/graphml+xml");
}
