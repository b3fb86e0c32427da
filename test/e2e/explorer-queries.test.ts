// Asking the graph a question in the Queries panel: a saved query with parameters draws its graph and
// shows its table, and a link to it runs it again; Cypher written by hand is highlighted and completed,
// runs read-only into the graph and the URL, and its errors are marked where Neo4j found them.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openExplorer, screenshot, visibleLabels, useExplorer } from "../support/explorer-page.ts";

const explorer = useExplorer();

/** Waits for the query's answer: its table, or the error the panel shows instead, which fails the test. */
async function resultOf(page: Page): Promise<void> {
  await page.waitForSelector(".result table, .query-error");
  const error = page.locator(".query-error");
  expect(await error.count(), (await error.allTextContents()).join(" ")).toBe(0);
}

describe("saved queries", () => {
  it("runs a saved query with parameters and shows graph and table", async () => {
    await openExplorer(explorer.page, explorer.server, "?center=actor:alexander-lukashenko");
    // The search box names the centre before the query runs.
    expect(await explorer.page.inputValue("#search")).toBe("Alexander Lukashenko");
    await explorer.page.click("#queries");
    await explorer.page.waitForSelector("#saved-query");
    await explorer.page.selectOption("#saved-query", "actor-timeline");
    await explorer.page.fill("#saved-query-form input[name=actor]", "angela-merkel");
    await explorer.page.fill("#saved-query-form input[name=from]", "2021-11-16");
    await explorer.page.click("#saved-query-form button[type=submit]");
    await resultOf(explorer.page);
    const cells = await explorer.page.locator(".result tr").nth(1).locator("td").allTextContents();
    expect(cells[0]).toBe("2021-11-17");
    expect(cells).toContain("phone_call");
    expect(await explorer.page.locator(".result .sub").textContent()).toBe("1 row");
    expect(await visibleLabels(explorer.page)).toContain("Angela Merkel");
    // The graph is the query's result now, centred on nothing: the search box keeps no old words.
    expect(await explorer.page.inputValue("#search")).toBe("");
    // The table is wider than the panel: it scrolls in its own box, the panel itself does not.
    const box = (await explorer.page.locator(".result .table-scroll").boundingBox())!;
    const side = (await explorer.page.locator("#panel").boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(side.x + side.width);
    expect(await explorer.page.$eval("#panel", (p) => p.scrollWidth <= p.clientWidth)).toBe(true);
    await screenshot(explorer.page, "explorer-saved-query");
  });

  it("reopens a shared link to a saved query with its parameters and runs it", async () => {
    await openExplorer(
      explorer.page,
      explorer.server,
      "?query=actor-timeline&qp.actor=angela-merkel&qp.from=2021-11-16",
    );
    await resultOf(explorer.page);
    expect(await explorer.page.locator(".result .sub").textContent()).toBe("1 row");
    expect(await explorer.page.inputValue("#saved-query")).toBe("actor-timeline");
    expect(await explorer.page.inputValue("#saved-query-form input[name=from]")).toBe("2021-11-16");
    expect(await visibleLabels(explorer.page)).toContain("Angela Merkel");
  });
});

describe("the Cypher editor", () => {
  it("edits Cypher with highlighting and completion, runs it, and marks errors where they occur", async () => {
    await openExplorer(explorer.page, explorer.server, "?center=actor:angela-merkel");
    await explorer.page.click("#queries");
    const editor = "#cypher .cm-content";
    await explorer.page.waitForSelector(editor);
    const write = async (text: string) => {
      await explorer.page.click(editor);
      await explorer.page.keyboard.press("Control+A");
      await explorer.page.keyboard.insertText(text);
    };
    await write(
      "MATCH (a:Actor {name: 'Angela Merkel'})-[:PARTICIPATED_IN]->(m) RETURN a, m ORDER BY m.date",
    );
    expect(await explorer.page.locator(`${editor} .cm-keyword`).allTextContents()).toEqual(
      expect.arrayContaining(["MATCH", "RETURN"]),
    );
    // Completion offers the graph's labels after a colon.
    await explorer.page.keyboard.press("Control+End");
    await explorer.page.keyboard.type("\nMATCH (x:Inc");
    await explorer.page.waitForSelector(".cm-tooltip-autocomplete");
    expect(await explorer.page.locator(".cm-tooltip-autocomplete li").allTextContents()).toContain(
      ":Incident",
    );
    // The pop-up is whole: within the window, not cut by the side panel's edge.
    const popup = (await explorer.page.locator(".cm-tooltip-autocomplete").boundingBox())!;
    const window = explorer.page.viewportSize()!;
    expect(popup.x).toBeGreaterThanOrEqual(0);
    expect(popup.x + popup.width).toBeLessThanOrEqual(window.width);
    expect(popup.y + popup.height).toBeLessThanOrEqual(window.height);
    await screenshot(explorer.page, "explorer-cypher-completion");
    await explorer.page.keyboard.press("Escape");

    await write(
      "MATCH (a:Actor {name: 'Angela Merkel'})-[:PARTICIPATED_IN]->(m) RETURN a, m ORDER BY m.date",
    );
    await explorer.page.keyboard.press("Control+Enter");
    // The answer, or the error that came instead of it: a failure says which.
    const answer = explorer.page.locator(".result .sub, .query-error").first();
    await answer.waitFor();
    expect(await answer.textContent()).toBe("2 rows");
    expect((await visibleLabels(explorer.page)).filter((l) => l.startsWith("phone call"))).toHaveLength(2);
    // Returned without its relationships, Merkel is still drawn: the query asked for her.
    expect(await visibleLabels(explorer.page)).toContain("Angela Merkel");
    expect(new URL(explorer.page.url()).searchParams.get("cypher")).toContain("Angela Merkel");

    await write("MATCH (n:Actor)\nRETRN n");
    await explorer.page.click("#run-cypher");
    await explorer.page.waitForSelector(".query-error");
    expect(await explorer.page.locator(".query-error").textContent()).toMatch(/Invalid input 'RETRN'/);
    // Neo4j's offset puts the error mark on the word it stumbled on.
    await explorer.page.waitForSelector("#cypher .cm-server-error");
    expect(await explorer.page.locator("#cypher .cm-server-error").textContent()).toBe("RETRN");
    await screenshot(explorer.page, "explorer-cypher-error");

    await write("MATCH (n) DETACH DELETE n");
    await explorer.page.click("#run-cypher");
    await explorer.page.waitForFunction(
      () => document.querySelector(".query-error")?.textContent === "writes are not allowed",
    );
    await screenshot(explorer.page, "explorer-cypher-refused");
  });
});
