// The status line under the graph: what the explorer is doing or just did, or why it failed. Every
// message replaces the one before, so an error does not linger once the next step worked (#20).
import { ApiError } from "../api.ts";
import { describeFailure } from "../recovery.ts";

const status = () => document.querySelector<HTMLElement>("#status")!;

export function say(text: string, error = false): void {
  status().textContent = text;
  status().classList.toggle("error", error);
}

/** A failed action in words for the status line. */
export function explain(error: unknown): string {
  const words = describeFailure(error);
  return error instanceof ApiError && error.retriable ? `${words} Try again in a moment.` : words;
}

/** "1 meeting", "2 meetings". */
export function count(n: number, one: string): string {
  return `${n} ${n === 1 ? one : `${one}s`}`;
}
