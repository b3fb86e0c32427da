// A shared link as a reader opens it: in a fresh browser context (no storage, no history), which must
// show the same nodes at the same places, in the graph and on the screen, as the page it was copied from.
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { VIEWPORT, waitForGraphToSettle } from "./explorer-page.ts";
import { inGraph } from "./in-graph.ts";

export interface Place {
  x: number;
  y: number;
  screen: { x: number; y: number };
}

/** Every visible node's place in the graph and on the screen, by id. */
export function placesOf(page: Page): Promise<Record<string, Place>> {
  return inGraph(page, (cy) =>
    Object.fromEntries(
      cy
        .nodes(":visible")
        .map((n) => [n.id(), { ...n.position(), screen: { ...n.renderedPosition() } }] as const),
    ),
  );
}

/**
 * Opens `link` in a fresh context, expects the nodes of `shown` at their places (a unit in the graph,
 * 2 px on the screen), then hands the page to `more` for what else the test checks; closes the context.
 */
export async function reopenInFreshContext(
  browser: Browser,
  link: string,
  shown: Record<string, Place>,
  more: (page: Page) => Promise<void> = async () => undefined,
): Promise<void> {
  const fresh = await browser.newContext({ viewport: VIEWPORT });
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    await other.waitForSelector("body[data-ready=true]");
    await waitForGraphToSettle(other);
    const reopened = await placesOf(other);
    expect(Object.keys(reopened).sort()).toEqual(Object.keys(shown).sort());
    for (const [id, p] of Object.entries(shown)) {
      const q = reopened[id]!;
      expect(Math.abs(q.x - p.x), `${id} x`).toBeLessThanOrEqual(1);
      expect(Math.abs(q.y - p.y), `${id} y`).toBeLessThanOrEqual(1);
      expect(Math.abs(q.screen.x - p.screen.x), `${id} on screen x`).toBeLessThanOrEqual(2);
      expect(Math.abs(q.screen.y - p.screen.y), `${id} on screen y`).toBeLessThanOrEqual(2);
    }
    await more(other);
  } finally {
    await fresh.close();
  }
}
