// The explorer's "Embed" action: saves what the explorer shows (source, time range, node positions,
// visible extent, embed options) as a view with a PNG snapshot, then offers the code to paste.
// Hook for the explorer: mountEmbedButton(cy, () => currentView) or openEmbedDialog(cy, currentView).
import type { Core } from "cytoscape";
import type {
  EmbedOptions,
  SavedViewPayload,
  TimeRange,
  ViewResponse,
  ViewSource,
} from "../../contract/views.ts";
import { api, ApiError } from "../api.ts";
import "./share.css";

/** What the explorer currently shows, in its own terms. */
export interface ExplorerView {
  title: string;
  description?: string;
  source: ViewSource;
  timeRange?: TimeRange;
  options?: Partial<EmbedOptions>;
}

// The server refuses more (see contract/views.ts); past that, the embed lays the graph out anew.
const MAX_POSITIONS = 5000;
const TOKEN_KEY = "whomet.apiToken";

const round = (n: number) => Math.round(n * 10) / 10;

/** The POST /api/views body for what `cy` shows now: positions and the visible extent included. */
export function buildViewPayload(cy: Core, view: ExplorerView): SavedViewPayload {
  const nodes = cy.nodes();
  const positions: Record<string, { x: number; y: number }> = {};
  if (nodes.length <= MAX_POSITIONS)
    nodes.forEach((n) => {
      const p = n.position();
      positions[n.id()] = { x: round(p.x), y: round(p.y) };
    });
  const e = cy.extent();
  // Headless or zero-size graphs report an unbounded extent; then the embed just fits the graph.
  const bounded = [e.x1, e.y1, e.x2, e.y2].every((v) => Math.abs(v) < 1e7);
  const hasExtent = nodes.length > 0 && bounded && e.x2 > e.x1 && e.y2 > e.y1;
  return {
    title: view.title,
    ...(view.description ? { description: view.description } : {}),
    source: view.source,
    ...(view.timeRange ? { timeRange: view.timeRange } : {}),
    layout: nodes.length <= MAX_POSITIONS ? { name: "preset", positions } : { name: "fcose" },
    ...(hasExtent
      ? { viewport: { x1: round(e.x1), y1: round(e.y1), x2: round(e.x2), y2: round(e.y2) } }
      : {}),
    options: view.options ?? {},
  };
}

/** Saves the view, then its PNG (a failed snapshot leaves a working view without the image). */
export async function saveView(cy: Core, view: ExplorerView, token: string): Promise<ViewResponse> {
  const auth = { authorization: `Bearer ${token}` };
  const saved = await api<ViewResponse>("/api/views", {
    method: "POST",
    headers: { "content-type": "application/json", ...auth },
    body: JSON.stringify(buildViewPayload(cy, view)),
  });
  try {
    const png = await cy.png({
      output: "blob-promise",
      full: true,
      maxWidth: 1200,
      maxHeight: 900,
      bg: "#ffffff",
    });
    await api<null>(`/api/views/${saved.id}/snapshot`, {
      method: "PUT",
      headers: { "content-type": "image/png", ...auth },
      body: png,
    });
    return await api<ViewResponse>(`/api/views/${saved.id}`);
  } catch {
    return saved;
  }
}

function field(label: string, value: string): HTMLElement {
  const wrap = document.createElement("label");
  const area = document.createElement("textarea");
  area.readOnly = true;
  area.rows = Math.min(4, value.split("\n").length + 1);
  area.value = value;
  const copy = document.createElement("button");
  copy.type = "button";
  copy.textContent = "Copy";
  copy.addEventListener("click", () => {
    area.select();
    void navigator.clipboard?.writeText(value).then(() => (copy.textContent = "Copied"));
  });
  wrap.append(label, area, copy);
  return wrap;
}

/** A modal that asks for a title and the API token, saves, and shows the snippets. */
export function openEmbedDialog(cy: Core, view: ExplorerView): HTMLDialogElement {
  const dialog = document.createElement("dialog");
  dialog.className = "whomet-embed-dialog";
  const form = document.createElement("form");
  form.method = "dialog";
  const heading = document.createElement("h2");
  heading.textContent = "Embed this view";
  const title = document.createElement("input");
  title.required = true;
  title.maxLength = 200;
  title.value = view.title;
  const token = document.createElement("input");
  token.type = "password";
  token.autocomplete = "off";
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
  const titleLabel = document.createElement("label");
  titleLabel.append("Title", title);
  const tokenLabel = document.createElement("label");
  tokenLabel.append("API token", token);
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  const result = document.createElement("div");
  const save = document.createElement("button");
  save.type = "submit";
  save.textContent = "Save and get the code";
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "Close";
  close.addEventListener("click", () => dialog.close());
  form.append(heading, titleLabel, tokenLabel, save, close, status, result);
  dialog.append(form);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save.disabled = true;
    status.textContent = "Saving…";
    sessionStorage.setItem(TOKEN_KEY, token.value);
    saveView(cy, { ...view, title: title.value }, token.value)
      .then((saved) => {
        status.textContent = `Saved as ${saved.id}.`;
        result.replaceChildren(
          field("iframe", saved.snippets.iframe),
          field("Script and custom element", saved.snippets.script),
          ...(saved.snippets.image ? [field("Image (no scripts)", saved.snippets.image)] : []),
          field("Link (oEmbed)", saved.links.embed),
        );
      })
      .catch((error: unknown) => {
        status.textContent = error instanceof ApiError ? error.message : "Saving failed.";
      })
      .finally(() => (save.disabled = false));
  });
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** Adds an "Embed" button (to the explorer's top bar by default) that opens the dialog. */
export function mountEmbedButton(
  cy: Core,
  currentView: () => ExplorerView,
  container: Element | null = document.querySelector(".topbar"),
): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "whomet-embed-button";
  button.textContent = "Embed";
  button.addEventListener("click", () => openEmbedDialog(cy, currentView()));
  container?.append(button);
  return button;
}
