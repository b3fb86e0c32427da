// A self-contained interactive HTML file of the current view: Cytoscape inlined, the elements with
// their positions, and each node's details and sources, so it opens offline (pan, zoom, click).
import type { Core } from "cytoscape";
import { api } from "../api.ts";
import type { NodeDetails } from "../../contract/nodes.ts";
import { visibleElementJsons } from "./visible-elements.ts";
import { graphStyle } from "./style.ts";

// Details are fetched for this many nodes at most; larger views export without the side panel text.
const MAX_DETAILS = 150;

const json = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export async function exportHtml(cy: Core, title: string): Promise<string> {
  // By path: cytoscape's package exports offer its browser build only to require().
  const { default: cytoscapeSource } = await import("../../node_modules/cytoscape/dist/cytoscape.min.js?raw");
  const nodes = cy.nodes(":visible");
  const elements = visibleElementJsons(cy);
  const details: Record<string, NodeDetails> = {};
  const ids = nodes.map((n) => n.id()).slice(0, MAX_DETAILS);
  for (let i = 0; i < ids.length; i += 8) {
    await Promise.all(
      ids.slice(i, i + 8).map(async (id) => {
        details[id] = await api<NodeDetails>(`/api/nodes/${encodeURIComponent(id)}`).catch(
          () => undefined as never,
        );
      }),
    );
  }
  const safeTitle = title.replace(
    /[<>&"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${safeTitle}</title>
<style>
html,body{margin:0;height:100%;font-family:system-ui,sans-serif;color:#0f172a}
body{display:flex;flex-direction:column}header{padding:.5rem 1rem;border-bottom:1px solid #e2e8f0;font-weight:600}
main{flex:1;display:flex;min-height:0}#cy{flex:1}aside{width:22rem;overflow:auto;padding:.8rem 1rem;border-left:1px solid #e2e8f0;font-size:14px}
blockquote{margin:.3rem 0;padding:.3rem .6rem;border-left:3px solid #0891b2;background:#f0f9ff;font-style:italic}
cite{display:block;color:#475569;font-size:.85em;font-style:normal}.event{border-top:1px solid #e2e8f0;padding:.4rem 0}
</style></head>
<body><header>${safeTitle} <small style="font-weight:400;color:#64748b">exported from whomet — click a node for its sources</small></header>
<main><div id="cy"></div><aside id="panel"><p>Click a node to read it here.</p></aside></main>
<script>${cytoscapeSource.replace(/<\/script/gi, "<\\/script")}</script>
<script>
const elements = ${json(elements)};
const details = ${json(details)};
const cy = cytoscape({ container: document.getElementById("cy"), elements, style: ${json(graphStyle)}, layout: { name: "preset", fit: true, padding: 30 } });
window.whomet = { cy };
const panel = document.getElementById("panel");
const text = (tag, value) => { const e = document.createElement(tag); e.textContent = value ?? ""; return e; };
cy.on("tap", "node", (evt) => {
  const d = details[evt.target.id()];
  panel.replaceChildren(text("h2", evt.target.data("label")));
  if (!d) return;
  for (const e of [...d.meetings, ...d.incidents]) {
    const box = document.createElement("div"); box.className = "event";
    box.append(text("strong", e.date + " · " + e.kind.replace(/_/g, " ")));
    box.append(text("div", (e.participants || e.actors || []).map((p) => p.label).join(", ")));
    for (const s of e.sources) { box.append(text("blockquote", s.quote)); box.append(text("cite", [s.source, s.date, s.title || s.article].filter(Boolean).join(" · "))); }
    panel.append(box);
  }
});
</script></body></html>
`;
}
