// The postMessage protocol between an embedded view and the page that frames it. Events go out to
// the allowed host origins only; commands are accepted only from them (EMBED_ORIGINS; "*" = any).

export const MESSAGE_SOURCE = "whomet";

export interface SelectedNode {
  id: string;
  label: string;
  kind: string;
  subtype: string | null;
}

/** Embed → host. `view` is the saved view id (null for /embed?center=… pages). */
export type EmbedEvent =
  | { type: "ready"; nodes: number; edges: number }
  | { type: "node-selected"; node: SelectedNode }
  | { type: "size-changed"; width: number; height: number }
  | { type: "error"; message: string };

/** Host → embed. */
export type HostCommand =
  { type: "focus-node"; id: string } | { type: "set-time-range"; from: string | null; to: string | null };

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.includes("*") || allowed.includes(origin);
}

/** A valid command from `data`, or undefined: anything else a page posts is ignored. */
export function parseCommand(data: unknown): HostCommand | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.source !== MESSAGE_SOURCE) return undefined;
  if (m.type === "focus-node" && typeof m.id === "string" && m.id.length > 0 && m.id.length <= 300)
    return { type: "focus-node", id: m.id };
  if (m.type === "set-time-range") {
    const date = (v: unknown) => (typeof v === "string" && DATE.test(v) ? v : null);
    if ((m.from != null && !date(m.from)) || (m.to != null && !date(m.to))) return undefined;
    return { type: "set-time-range", from: date(m.from), to: date(m.to) };
  }
  return undefined;
}

export interface HostChannel {
  post(event: EmbedEvent): void;
  close(): void;
}

/** Connects to the framing page; outside a frame, posting does nothing. */
export function connectHost(
  allowed: readonly string[],
  view: string | null,
  onCommand: (command: HostCommand) => void,
): HostChannel {
  const parent = window.parent !== window ? window.parent : null;
  // postMessage drops a message whose target origin does not match, so only an allowed host gets it.
  const targets = allowed.includes("*") ? ["*"] : [...allowed];
  const listener = (event: MessageEvent) => {
    if (event.source !== parent || !originAllowed(event.origin, allowed)) return;
    const command = parseCommand(event.data);
    if (command) onCommand(command);
  };
  window.addEventListener("message", listener);
  return {
    post(event) {
      if (!parent) return;
      for (const target of targets) parent.postMessage({ source: MESSAGE_SOURCE, view, ...event }, target);
    },
    close() {
      window.removeEventListener("message", listener);
    },
  };
}
