// When the API cannot answer (Neo4j down: 503 neo4j_unavailable; the server gone; another 5xx), each
// place that lost its data says so in its own spot with a Retry button, and registers how to reload
// itself; /api/health is then polled with backoff, and once it answers every registered place reloads.
// Without this, search showed no results and the timeline stayed empty until a page reload.
import { api, ApiError } from "./api.ts";
import { el } from "./panels/dom.ts";

const FIRST_DELAY_MS = 1_000;
// The longest a user waits after the database is back, once it has been down for a while.
const MAX_DELAY_MS = 10_000;

/** Plain words for a failed call. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof ApiError)) return "Something went wrong.";
  if (error.code === "neo4j_unavailable") return "The database is unavailable.";
  if (error.code === "network") return "The whomet server cannot be reached.";
  return error.message;
}

/**
 * What a place shows instead of its data: the failure in plain words, and for a failure that may pass
 * (ApiError.retriable) that it comes back by itself, and a Retry button that calls `retry` at once.
 * `what` names the place's data ("the timeline").
 */
export function failureNotice(
  error: unknown,
  what: string,
  retry: () => unknown,
  options: { compact?: boolean } = {},
): HTMLElement {
  const box = el("div", undefined, options.compact ? "failure compact" : "failure");
  box.setAttribute("role", "alert");
  const text = el("p");
  text.append(el("strong", describeFailure(error)));
  if (error instanceof ApiError && error.retriable) {
    const back = error.code === "network" ? "the server answers" : "the database is back";
    text.append(` ${what[0]!.toUpperCase()}${what.slice(1)} will load again once ${back}.`);
  }
  box.append(text);
  if (error instanceof ApiError && error.retriable) {
    const button = el("button", "Retry");
    button.type = "button";
    button.className = "retry";
    button.addEventListener("click", () => {
      button.disabled = true;
      button.textContent = "Retrying…";
      retry();
    });
    box.append(button);
  }
  return box;
}

// One reload per place: a place that fails again replaces its own entry.
const pending = new Map<string, () => unknown>();
let delay = FIRST_DELAY_MS;
let scheduled = false;

/**
 * Reloads the place `key` once /api/health answers 200 (polled after 1 s, then ever less often, up to
 * every 10 s). A failure that is not retriable (a 4xx) is not registered: asking again would fail again.
 */
export function reloadWhenBack(key: string, error: unknown, reload: () => unknown): void {
  if (!(error instanceof ApiError && error.retriable)) return;
  pending.set(key, reload);
  schedule();
}

/** The place loaded (or went on to something else): nothing to reload for it. */
export function loaded(key: string): void {
  pending.delete(key);
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => void check(), delay);
}

async function check(): Promise<void> {
  if (!pending.size) {
    scheduled = false;
    delay = FIRST_DELAY_MS;
    return;
  }
  const back = await api("/api/health", { cache: "no-store" }).then(
    () => true,
    () => false,
  );
  if (back) {
    const due = [...pending.values()];
    pending.clear();
    // A place that fails again registers anew (a 5xx while the database answers): back off for it too.
    await Promise.allSettled(due.map(async (reload) => reload()));
  }
  delay = pending.size ? Math.min(delay * 2, MAX_DELAY_MS) : FIRST_DELAY_MS;
  scheduled = false;
  if (pending.size) schedule();
}
