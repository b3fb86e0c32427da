// The embed page (/embed/:viewId, /embed?center=…): one read-only graph that fills its frame, with
// optional title, legend, time slider and "open in whomet" link. The server inlines what to draw
// (client/embed.html + #whomet-boot), so the page needs one API call before it can draw.
import cytoscape, { type Core, type LayoutOptions, type NodeSingular } from "cytoscape";
import type { EmbedBoot } from "../contract/views.ts";
import "./embed/embed.css";
import { renderLegend } from "./embed/legend.ts";
import { loadElements, ViewLoadError } from "./embed/load.ts";
import { connectHost, type HostChannel, type HostCommand } from "./embed/messages.ts";
import { preferredHeight } from "./embed/size.ts";
import { embedStyle } from "./embed/theme.ts";
import { exposeHook } from "./explorer/hook.ts";
import { withCaptions } from "./graph/captions.ts";
import { keepLabelsReadable } from "./graph/label-floor.ts";
import { eventDates, visibleIds, type DateRange } from "./embed/time-range.ts";

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const message = byId("message");
let host: HostChannel | undefined;

function readBoot(): EmbedBoot | undefined {
  const text = byId("whomet-boot")?.textContent;
  return text ? (JSON.parse(text) as EmbedBoot) : undefined;
}

function fail(text: string): void {
  message.textContent = text;
  message.className = "message error";
  message.hidden = false;
  document.body.dataset.ready = "error";
  host?.post({ type: "error", message: text });
  host?.post({ type: "size-changed", width: document.documentElement.clientWidth, height: 160 });
}

function setUpChrome(boot: EmbedBoot): void {
  const header = byId("header");
  const open = byId<HTMLAnchorElement>("open");
  byId("title").textContent = boot.title;
  header.hidden = !boot.options.title;
  open.href = boot.explorerUrl;
  open.hidden = !boot.options.link;
  // Without the title bar the link floats over the graph's corner.
  if (boot.options.link && !boot.options.title) byId("graph").after(open);
}

let fcoseRegistered = false;

/** Saved positions when they cover every node (then the saved viewport applies); else a layout. */
async function layOut(cy: Core, layout: EmbedBoot["layout"]): Promise<boolean> {
  const positions = layout?.positions;
  if (
    positions &&
    cy
      .nodes()
      .toArray()
      .every((n) => positions[n.id()] !== undefined)
  ) {
    cy.batch(() => cy.nodes().forEach((n) => void n.position(positions[n.id()]!)));
    return true;
  }
  const name = layout && layout.name !== "preset" ? layout.name : "fcose";
  if (name === "fcose" && !fcoseRegistered) {
    // Loaded only when needed: views saved with positions never download it.
    const { default: fcose } = await import("cytoscape-fcose");
    cytoscape.use(fcose);
    fcoseRegistered = true;
  }
  const options =
    name === "fcose" ? { nodeRepulsion: () => 8000, idealEdgeLength: () => 80, randomize: true } : {};
  cy.layout({ name, animate: false, ...options } as LayoutOptions).run();
  return false;
}

/** Shows the saved extent (model coordinates) whatever the frame's size, or fits the visible graph. */
function fitView(cy: Core, viewport: EmbedBoot["viewport"]): void {
  cy.resize(); // the bars around the graph may have changed its container's size
  if (!viewport) {
    cy.fit(cy.elements(":visible"), 24);
    return;
  }
  const zoom = Math.min(cy.width() / (viewport.x2 - viewport.x1), cy.height() / (viewport.y2 - viewport.y1));
  cy.zoom(zoom);
  const z = cy.zoom();
  cy.pan({
    x: cy.width() / 2 - (z * (viewport.x1 + viewport.x2)) / 2,
    y: cy.height() / 2 - (z * (viewport.y1 + viewport.y2)) / 2,
  });
}

function setUpTime(cy: Core, boot: EmbedBoot, onChange: () => void): (range: DateRange) => void {
  const rangeNodes = cy.nodes().map((n) => ({ id: n.id(), kind: n.data("kind"), date: n.data("date") }));
  const rangeEdges = cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
  const dates = eventDates(rangeNodes);
  const from = byId<HTMLInputElement>("from");
  const to = byId<HTMLInputElement>("to");
  const output = byId<HTMLOutputElement>("range");

  const apply = (range: DateRange) => {
    const visible = visibleIds(rangeNodes, rangeEdges, range);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass("time-hidden", !visible.has(n.id()));
      });
    });
    const first = dates.findIndex((d) => !range.from || d.slice(0, range.from.length) >= range.from);
    const last = dates.findLastIndex((d) => !range.to || d.slice(0, range.to.length) <= range.to);
    from.value = String(Math.max(0, first));
    to.value = String(last < 0 ? dates.length - 1 : last);
    output.textContent = dates.length ? `${range.from ?? dates[0]} – ${range.to ?? dates.at(-1)}` : "";
    document.body.dataset.timeRange = `${range.from ?? ""}..${range.to ?? ""}`;
    onChange();
  };

  if (boot.options.slider && dates.length > 1) {
    byId("slider").hidden = false;
    from.max = to.max = String(dates.length - 1);
    const onInput = (moved: HTMLInputElement) => () => {
      let f = Number(from.value);
      let t = Number(to.value);
      if (f > t) [f, t] = moved === from ? [f, f] : [t, t];
      apply({ from: dates[f], to: dates[t] });
    };
    from.addEventListener("input", onInput(from));
    to.addEventListener("input", onInput(to));
  }
  apply(boot.timeRange);
  return apply;
}

function focusNode(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  cy.$(":selected").unselect();
  node.select();
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
}

async function main(): Promise<void> {
  const boot = readBoot();
  if (!boot) return fail("This page must be opened through the whomet server (/embed/<view>).");
  document.documentElement.dataset.theme = boot.options.theme;
  setUpChrome(boot);

  // Commands that arrive before the graph is drawn are ignored: the host waits for "ready".
  const drawn: { cy?: Core; applyRange?: (range: DateRange) => void } = {};
  const onCommand = (command: HostCommand) => {
    if (!drawn.cy || !drawn.applyRange) return;
    if (command.type === "focus-node") focusNode(drawn.cy, command.id);
    else drawn.applyRange({ from: command.from, to: command.to });
  };
  host = connectHost(boot.hostOrigins, boot.viewId, onCommand);
  if (boot.error || !boot.source) return fail(boot.error ?? "Nothing to show.");

  const cy = cytoscape({
    container: byId("graph"),
    style: embedStyle(boot.options.theme),
    // Read-only: nothing can be moved; no wheel zoom, so scrolling the article never gets stuck.
    autoungrabify: true,
    boxSelectionEnabled: false,
    userZoomingEnabled: false,
    selectionType: "single",
    minZoom: 0.05,
    // Small graphs would otherwise be blown up to fill the frame.
    maxZoom: 1.5,
  });
  exposeHook(cy);

  try {
    const elements = await loadElements(boot.source);
    if (elements.length === 0) return fail("Nothing to show: this view has no nodes.");
    // #20: events captioned by kind and date, labels held readable as in the explorer.
    cy.add(withCaptions(elements));
    keepLabelsReadable(cy);
  } catch (error) {
    return fail(error instanceof ViewLoadError ? error.message : "Something went wrong loading this view.");
  }
  const preset = await layOut(cy, boot.layout);
  const viewport = preset ? boot.viewport : null;
  message.hidden = true;

  const header = byId("header");
  const slider = byId("slider");
  const legend = byId("legend");
  // Bars first: they take height from the graph, and the fit below must see its final size.
  if (boot.options.legend) renderLegend(legend, cy);
  let lastHeight = 0;
  const reportSize = () => {
    const width = document.documentElement.clientWidth;
    const box = cy.elements(":visible").boundingBox();
    const height = preferredHeight(
      width,
      box,
      header.offsetHeight + slider.offsetHeight + legend.offsetHeight,
    );
    if (height === lastHeight) return;
    lastHeight = height;
    host?.post({ type: "size-changed", width, height });
  };
  const applyRange = setUpTime(cy, boot, () => {
    if (!viewport) fitView(cy, null);
  });
  drawn.cy = cy;
  drawn.applyRange = applyRange;
  fitView(cy, viewport);

  cy.on("tap", "node", (event) => {
    const node = event.target as NodeSingular;
    host?.post({
      type: "node-selected",
      node: {
        id: node.id(),
        label: node.data("label"),
        kind: node.data("kind"),
        subtype: node.data("subtype"),
      },
    });
  });
  window.addEventListener("resize", () => {
    cy.resize();
    fitView(cy, viewport);
    reportSize();
  });

  reportSize();
  host.post({ type: "ready", nodes: cy.nodes().length, edges: cy.edges().length });
  document.body.dataset.ready = "true";
}

void main();
