// The explorer's map (client/map/map-view.ts) as e2e tests read it: where each point is drawn, through
// the map's typed test hook on its container, as plain data.
import type { Page } from "playwright-core";
import type { MapTestHook } from "../../client/map/map-view.ts";

export type MapPointOnPage = ReturnType<MapTestHook["points"]>[number];

export function mapPoints(page: Page): Promise<MapPointOnPage[]> {
  return page.evaluate(() => {
    const map = document.querySelector("#map") as (Element & { whometMap?: MapTestHook }) | null;
    return map?.whometMap?.points() ?? [];
  });
}

/** Waits until the map has drawn what the API answered (its caption no longer says "Loading"). */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForSelector("#map:not([hidden]):not([aria-busy])");
  await page.waitForFunction(() => {
    const caption = document.querySelector(".map-caption")?.textContent ?? "";
    return caption !== "" && !caption.startsWith("Loading");
  });
}
