// A view too large for a readable link (#20 state): with the API token at hand (typed in the Embed
// dialog, kept for the session), "Copy link" saves the view with its positions (POST /api/views) and
// gives the short /?view=<id>, which a fresh browser context opens to the same nodes at the same places.
import { describe, expect, it } from "vitest";
import { openExplorer, screenshot, useExplorer } from "../support/explorer-page.ts";
import { placesOf, reopenInFreshContext } from "../support/shared-link.ts";
import { inGraph } from "../support/in-graph.ts";

const TOKEN = "short-link-test-token";
const explorer = useExplorer({ API_TOKEN: TOKEN });

describe("a short link", () => {
  it("saves a long view as /?view=<id> that reopens the same picture", async () => {
    const { page, server, browser } = explorer;
    await openExplorer(page, server);
    await page.evaluate((token) => sessionStorage.setItem("whomet.apiToken", token), TOKEN);
    // The whole graph with its unlinked actors and every linked actor expanded: a link of every
    // position is well past 1,000 characters.
    const actors = await inGraph(page, (cy) =>
      cy
        .nodes('[kind = "actor"]')
        .filter((n) => n.degree(false) > 0)
        .map((n) => n.id()),
    );
    await openExplorer(page, server, `?lone=1&expand=${actors.join(",")}`);
    const shown = await placesOf(page);
    expect(Object.keys(shown).length).toBeGreaterThan(20);

    await page.click("#copy-link");
    await page.waitForFunction(() =>
      /\?view=/.test(document.querySelector<HTMLInputElement>("#share-link")?.value ?? ""),
    );
    const link = await page.locator("#share-link").inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?view=[A-Za-z0-9_-]{6,64}$/);
    await screenshot(page, "explorer-short-link");

    await reopenInFreshContext(browser, link, shown, async (other) => {
      // The short link's URL gives way to the state it stands for.
      expect(new URL(other.url()).searchParams.get("lone")).toBe("1");
    });
  });
});
