// One user story (#19): an analyst opens the review queue, merges two duplicate actors found there,
// rejects a wrong meeting with a reason, edits an incident's date from its panel; the articles are
// loaded again; the graph is as corrected; one correction is undone from the node's history.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadExtraction } from "../../ingest/load.ts";
import { correctionExtraction } from "../fixtures/correction-extraction.ts";
import { structureExtraction } from "../fixtures/structure-extraction.ts";
import { launchBrowser, SCREENSHOT_DIR } from "../support/browser.ts";
import { clickNode, screenshot } from "../support/explorer-page.ts";
import { inGraph, waitForGraph } from "../support/in-graph.ts";
import { clearGraph } from "../support/neo4j.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const TOKEN = "alice-review-token-0123456789";
let server: TestServer;
let browser: Browser;
let page: Page;

const load = () =>
  loadExtraction(server.driver, correctionExtraction(), { database: server.config.NEO4J_DATABASE });

beforeAll(async () => {
  if (!existsSync("dist/client/index.html"))
    throw new Error("The client is not built: run `npm run build` first.");
  server = await startTestServer({ REVIEWER_TOKENS: `alice:${TOKEN}` });
  await clearGraph(server.driver);
  await load();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    await clearGraph(server.driver);
    await server.close();
  }
});

const drawnIds = () => page.evaluate(() => window.whomet!.cy.nodes().map((n) => n.id()));

/** Waits until the graph is drawn again without `id`. */
async function waitForGone(id: string): Promise<void> {
  await page.waitForFunction(
    (gone) => document.body.dataset.ready === "true" && window.whomet!.cy.getElementById(gone).empty(),
    id,
  );
}

async function incidentDate(): Promise<string> {
  const res = await fetch(`${server.url}/api/nodes/incident:i-2021-11-16-bruzgi`);
  return ((await res.json()) as { node: { properties: { date: string } } }).node.properties.date;
}

async function openIncident(): Promise<void> {
  await page.evaluate(() => window.whomet!.cy.getElementById("incident:i-2021-11-16-bruzgi").emit("tap"));
  await page.waitForSelector(".node-review .review-set-date");
}

describe("reviewing the graph", () => {
  it("merges duplicates, rejects a meeting and edits a date; a new load keeps them; undo puts one back", async () => {
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready=true]");
    expect(await drawnIds()).toEqual(
      expect.arrayContaining(["actor:alexander-lukashenka", "meeting:m-2021-11-17-call"]),
    );

    await page.click("#review");
    const duplicate = page.locator('[data-review-id^="duplicate:"]');
    await duplicate.waitFor();
    await page.fill("#reviewer-token", TOKEN);
    await page.dispatchEvent("#reviewer-token", "change");
    expect(await duplicate.locator("blockquote").allTextContents()).toEqual(
      expect.arrayContaining([
        "On November 15, Lukashenko and Merkel held a phone call.",
        "Lukashenko and Merkel have held another telephone conversation.",
      ]),
    );
    await page.screenshot({ path: join(SCREENSHOT_DIR, "review-queue.png") });

    await duplicate.locator('button:has-text("Merge into actor:lukashenko")').click();
    await page.locator('[data-review-id^="duplicate:"]').waitFor({ state: "detached" });
    await waitForGone("actor:alexander-lukashenka");

    const meeting = page.locator('[data-review-id="fact:meeting:m-2021-11-17-call"]');
    await meeting.locator(".review-reason").fill("the same call as on November 15");
    await meeting.locator(".review-reject").click();
    await meeting.waitFor({ state: "detached" });
    await waitForGone("meeting:m-2021-11-17-call");

    await openIncident();
    await page.fill(".node-review .review-date", "2021-11-15");
    await page.click(".node-review .review-set-date");
    await page.waitForSelector('.node-review .review-status:has-text("Saved")');
    expect(await incidentDate()).toBe("2021-11-15");

    // The articles are loaded again: the extraction brings back what was corrected, the loader re-applies.
    const summary = await load();
    expect(summary.corrections).toEqual({ applied: 3, missing: [] });
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    const ids = await drawnIds();
    expect(ids).toContain("actor:lukashenko");
    expect(ids).not.toContain("actor:alexander-lukashenka");
    expect(ids).not.toContain("meeting:m-2021-11-17-call");
    expect(await incidentDate()).toBe("2021-11-15");

    await openIncident();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "review-node-panel.png") });
    await page.click(".node-review .review-history .review-undo");
    // Polled from here: page.waitForFunction takes an async predicate's promise as truthy and never waits.
    await expect.poll(incidentDate, { timeout: 30_000 }).toBe("2021-11-16");
    expect(await incidentDate()).toBe("2021-11-16");
  }, 300_000);

  it("merges a duplicate meeting from its panel and splits a wrongly merged actor", async () => {
    await clearGraph(server.driver);
    await loadExtraction(server.driver, structureExtraction(), { database: server.config.NEO4J_DATABASE });
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready=true]");
    await page.evaluate((token) => sessionStorage.setItem("whomet.reviewerToken", token), TOKEN);
    const drawn = () => inGraph(page, (cy) => cy.nodes().map((n) => n.id()));
    expect(await drawn()).toEqual(
      expect.arrayContaining(["meeting:m-2021-11-17-call", "meeting:m-2021-11-17-call-2"]),
    );

    await clickNode(page, "meeting:m-2021-11-17-call");
    await page.waitForSelector(".node-review .review-duplicate");
    await page.fill(".node-review .review-duplicate", "meeting:m-2021-11-17-call-2");
    await page.click('.node-review button:has-text("Merge into this meeting")');
    await page.waitForSelector('.node-review .review-status:has-text("Saved (merge-meetings)")');
    await waitForGraph(page, (cy) => cy.getElementById("meeting:m-2021-11-17-call-2").empty());
    const merged = await fetch(`${server.url}/api/nodes/meeting:m-2021-11-17-call`);
    expect(
      ((await merged.json()) as { node: { properties: { sourceCount: number } } }).node.properties
        .sourceCount,
    ).toBe(2);

    await clickNode(page, "actor:alexander-lukashenka");
    await page.click(".node-review .review-split-box summary");
    await page.fill(".node-review .review-split-name", "Lukashenka's aide");
    await page.check('.node-review .review-split-fact[value="meeting:m-2021-11-17-call"]');
    await page.check('.node-review .review-split-alias[value="Lukashenka"]');
    await screenshot(page, "review-split");
    await page.click(".node-review .review-split");
    await page.waitForSelector('.node-review .review-status:has-text("Saved (split-actor)")');
    const aide = await fetch(`${server.url}/api/nodes/actor:lukashenkas-aide`);
    expect(aide.status).toBe(200);
    const details = (await aide.json()) as {
      node: { properties: Record<string, unknown> };
      meetings: { id: string }[];
    };
    expect(details.node.properties).toMatchObject({ name: "Lukashenka's aide", aliases: ["Lukashenka"] });
    expect(details.meetings.map((m) => m.id)).toEqual(["meeting:m-2021-11-17-call"]);

    // A new load keeps both corrections.
    const summary = await loadExtraction(server.driver, structureExtraction(), {
      database: server.config.NEO4J_DATABASE,
    });
    expect(summary.corrections).toEqual({ applied: 2, missing: [] });
    expect((await fetch(`${server.url}/api/nodes/meeting:m-2021-11-17-call-2`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/nodes/actor:lukashenkas-aide`)).status).toBe(200);
  }, 300_000);
});
