// <whomet-graph view="…"> (or center="actor:x" depth="1", or query="…" params='{"…":…}'): a web
// component that shows a whomet embed page in an iframe inside its own shadow root and takes the
// height the page asks for (size-changed). Built as its own small script with no imports, so
// `<script async src=".../embed/whomet-graph.js">` works as a classic script on any page.
// It re-dispatches the page's messages as `whomet-ready`, `whomet-node-selected` and `whomet-error`
// events, and has focusNode(id) / setTimeRange(from, to) methods.
import type { EmbedEvent } from "./embed/messages.ts";

// Where the script came from is where the embeds live (captured now: currentScript is only set
// while the script runs).
const SCRIPT_SRC = (document.currentScript as HTMLScriptElement | null)?.src;
const DEFAULT_SERVER = SCRIPT_SRC ? new URL("..", SCRIPT_SRC).href.replace(/\/$/, "") : location.origin;
const SOURCE_ATTRIBUTES = ["view", "center", "depth", "limit", "query", "params"];
const OPTION_ATTRIBUTES = ["theme", "legend", "slider", "link", "from", "to"];

class WhometGraph extends HTMLElement {
  static observedAttributes = [...SOURCE_ATTRIBUTES, ...OPTION_ATTRIBUTES, "heading", "height", "server"];
  private frame: HTMLIFrameElement;
  private readonly onMessage = (event: MessageEvent) => this.receive(event);

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent =
      ":host{display:block;width:100%}iframe{display:block;width:100%;height:var(--whomet-height,420px);border:0}";
    this.frame = document.createElement("iframe");
    this.frame.setAttribute("loading", "lazy");
    root.append(style, this.frame);
  }

  get server(): string {
    return (this.getAttribute("server") ?? DEFAULT_SERVER).replace(/\/$/, "");
  }

  /** The embed page URL for the current attributes. */
  get src(): string {
    const query = new URLSearchParams();
    for (const name of [...SOURCE_ATTRIBUTES, ...OPTION_ATTRIBUTES]) {
      const value = this.getAttribute(name);
      if (name !== "view" && value !== null) query.set(name, value);
    }
    // `title` is the element's tooltip and the frame's accessible name; `heading="0"` hides the title bar.
    const heading = this.getAttribute("heading");
    if (heading !== null) query.set("title", heading);
    const view = this.getAttribute("view");
    const path = view ? `/embed/${encodeURIComponent(view)}` : "/embed";
    const qs = query.toString();
    return `${this.server}${path}${qs ? `?${qs}` : ""}`;
  }

  connectedCallback(): void {
    window.addEventListener("message", this.onMessage);
    this.render();
  }

  disconnectedCallback(): void {
    window.removeEventListener("message", this.onMessage);
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.render();
  }

  focusNode(id: string): void {
    this.command({ type: "focus-node", id });
  }

  setTimeRange(from: string | null, to: string | null): void {
    this.command({ type: "set-time-range", from, to });
  }

  private render(): void {
    const height = this.getAttribute("height");
    if (height) this.style.setProperty("--whomet-height", /^\d+$/.test(height) ? `${height}px` : height);
    this.frame.title = this.getAttribute("title") ?? "whomet graph";
    const src = this.src;
    if (this.frame.src !== src) this.frame.src = src;
  }

  private command(message: Record<string, unknown>): void {
    this.frame.contentWindow?.postMessage({ source: "whomet", ...message }, new URL(this.server).origin);
  }

  private receive(event: MessageEvent): void {
    if (event.source !== this.frame.contentWindow || event.origin !== new URL(this.server).origin) return;
    const data = event.data as (EmbedEvent & { source?: string }) | null;
    if (!data || data.source !== "whomet") return;
    if (data.type === "size-changed" && !this.hasAttribute("height"))
      this.style.setProperty("--whomet-height", `${Math.round(data.height)}px`);
    this.dispatchEvent(
      new CustomEvent(`whomet-${data.type}`, { detail: data, bubbles: true, composed: true }),
    );
  }
}

if (!customElements.get("whomet-graph")) customElements.define("whomet-graph", WhometGraph);
