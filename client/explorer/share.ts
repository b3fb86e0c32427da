// Links to what the explorer shows. "Copy link" gives the URL with every node's position added, so it
// reopens the same picture; when that URL grows long (expansions, many nodes) and the API token is
// at hand (the Embed dialog keeps it for the session), a short saved-view link (/?view=<id>, POST
// /api/views) instead. Opening /?view=<id> turns the saved view back into the explorer's state.
import type { SavedViewPayload, ViewResponse } from "../../contract/views.ts";
import { api, ApiError } from "../api.ts";
import { el } from "../panels/dom.ts";
import { readState, writeState, type ExplorerState, type Placed } from "../state.ts";
import type { Session } from "./session.ts";
import { explain, say } from "./status.ts";

/** Longer links than this become a saved view when they can: past it a link no longer reads in a chat
 * message or an e-mail line, and it grows by ~50 characters a node. */
export const LONG_LINK = 1000;
// The key the Embed dialog (client/embed/share.ts) keeps the token under.
const TOKEN_KEY = "whomet.apiToken";
const MAX_PARAM = 500;

const round = (n: number) => Math.round(n * 10) / 10;

/** Every node's place in the view. */
function positions(s: Session): Placed[] {
  return s.cy.nodes().map((n) => ({ id: n.id(), x: round(n.position().x), y: round(n.position().y) }));
}

/** The state with the view's positions and the part in view: what a link reopens. */
export function sharedState(s: Session): ExplorerState {
  const e = s.cy.extent();
  const extent = { x1: round(e.x1), y1: round(e.y1), x2: round(e.x2), y2: round(e.y2) };
  return { ...s.store.state, run: undefined, pos: positions(s), extent };
}

export function longLink(s: Session): string {
  return `${location.origin}${location.pathname}${writeState(sharedState(s))}`;
}

/** A saved view's `source.params`: the URL's fields but positions; undefined when one will not fit. */
function viewParams(state: ExplorerState): Record<string, string> | undefined {
  const params = Object.fromEntries(
    new URLSearchParams(writeState({ ...state, pos: undefined, extent: undefined })),
  );
  const fits = Object.values(params).every((v) => v.length <= MAX_PARAM);
  return fits && Object.keys(params).every((k) => /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(k))
    ? params
    : undefined;
}

/** A short link (/?view=<id>), or undefined when none can be made (no token, a field too long). */
async function shortLink(s: Session, state: ExplorerState): Promise<string | undefined> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const params = viewParams(state);
  if (!token || !params) return undefined;
  const names = state.center.map((id) => String(s.cy.getElementById(id).data("label") ?? id));
  const payload: SavedViewPayload = {
    title: names.length ? `whomet: ${names.join(", ")}` : "whomet graph",
    source: { kind: "graph", params },
    layout: {
      name: "preset",
      positions: Object.fromEntries((state.pos ?? []).map((p) => [p.id, { x: p.x, y: p.y }])),
    },
    ...(state.extent ? { viewport: state.extent } : {}),
  };
  const saved = await api<ViewResponse>("/api/views", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(payload),
  });
  return `${location.origin}${location.pathname}?view=${encodeURIComponent(saved.id)}`;
}

/** The link to give: the URL with positions, or a short one when that is long. */
export async function linkToView(s: Session): Promise<string> {
  const long = longLink(s);
  if (long.length <= LONG_LINK) return long;
  try {
    return (await shortLink(s, sharedState(s))) ?? long;
  } catch (error) {
    // The long link still works: it is given, and why there is no short one is said.
    say(`No short link: ${explain(error)}`, true);
    return long;
  }
}

/** The "Copy link" button: copies the link and shows it beside the button to copy by hand. */
export function mountCopyLink(s: Session, button: HTMLButtonElement): void {
  const box = el("div", undefined, "share-link");
  box.hidden = true;
  const field = el("input");
  field.id = "share-link";
  field.readOnly = true;
  field.setAttribute("aria-label", "Link to this view");
  const note = el("span", "", "share-note");
  note.setAttribute("role", "status");
  box.append(field, note);
  button.after(box);
  button.addEventListener("click", () => {
    void linkToView(s).then(async (link) => {
      field.value = link;
      box.hidden = false;
      field.select();
      const copied = await navigator.clipboard?.writeText(link).then(
        () => true,
        () => false,
      );
      note.textContent = copied ? "Copied." : "Copy it from here.";
    });
  });
}

/**
 * `/?view=<id>`: a saved view (this page's short link, or an embed's "open in whomet") becomes the
 * state; its positions place the nodes. Undefined when the URL names no view.
 */
export async function savedViewState(search: string): Promise<ExplorerState | undefined> {
  const id = new URLSearchParams(search).get("view");
  if (!id || id === "whomet") return undefined;
  try {
    const view = await api<ViewResponse>(`/api/views/${encodeURIComponent(id)}`);
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(view.source.params))
      if (value !== null) params.set(key, String(value));
    // An embed's view names the who-met-whom view `view=whomet`; the explorer's URL, `mode=whomet`.
    if (params.get("view") === "whomet") params.set("mode", "whomet");
    if (view.timeRange?.from) params.set("from", view.timeRange.from);
    if (view.timeRange?.to) params.set("to", view.timeRange.to);
    const state = readState(params.toString());
    const pos = Object.entries(view.layout.positions ?? {}).map(([id, p]) => ({ id, ...p }));
    return { ...state, pos: pos.length ? pos : undefined, extent: view.viewport ?? undefined };
  } catch (error) {
    say(error instanceof ApiError ? explain(error) : "The saved view could not be read.", true);
    return undefined;
  }
}
