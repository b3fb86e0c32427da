// Reading the Cytoscape graph a page draws (window.whomet.cy, the typed hook client/explorer/hook.ts that
// client/main.ts, client/embed.ts and the HTML export set) from a test, always as plain data.
import type { Core } from "cytoscape";
import type { Frame, Page } from "playwright-core";
import type { WhometHook } from "../../client/explorer/hook.ts";

/**
 * What page.evaluate hands back quickly: JSON-like data. Not a Cytoscape element or collection: Playwright
 * walks the whole object graph behind one to serialize it (it took "lays the graph out again" ~25 s).
 */
export type Plain =
  string | number | boolean | null | undefined | void | readonly Plain[] | { readonly [key: string]: Plain };

/**
 * Runs `read` in the page (or frame) on its Cytoscape and returns what it returns, which the type holds
 * to plain data (spread a position: `{ ...n.position() }`). `read` runs in the page: it sees only its
 * arguments, and `arg` goes there as JSON.
 */
export function inGraph<R extends Plain, A extends Plain = undefined>(
  page: Page | Frame,
  read: (cy: Core, arg: A) => R,
  arg?: A,
): Promise<R> {
  return page.evaluate<R>(`(${read.toString()})(window.whomet.cy, ${JSON.stringify(arg)})`);
}

/** Waits until `holds` (run in the page as for inGraph) is true. */
export async function waitForGraph<A extends Plain = undefined>(
  page: Page | Frame,
  holds: (cy: Core, arg: A) => boolean,
  arg?: A,
): Promise<void> {
  // The page's CSP refuses eval from its own scripts, and a string predicate is evaluated again on every
  // poll: `holds` is made a function once, here (an evaluation Playwright starts is allowed), and called.
  const fn = await page.evaluateHandle<(cy: unknown, arg: unknown) => boolean>(`(${holds.toString()})`);
  const args: [typeof fn, unknown] = [fn, arg];
  try {
    // Until the page has set its hook, `holds` is not asked.
    await page.waitForFunction(([fn, arg]) => {
      const hook: WhometHook | undefined = window.whomet;
      return hook !== undefined && fn(hook.cy, arg);
    }, args);
  } finally {
    await fn.dispose();
  }
}
