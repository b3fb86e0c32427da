// Asking the graph a question in the Queries panel: a saved query with parameters draws its graph and
// shows its table, and a link to it runs it again; Cypher written by hand is highlighted and completed,
// runs read-only into the graph and the URL, and its errors are marked where Neo4j found them.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  openExplorer,
  screenshot,
  visibleLabels,
  useExplorer,
  waitForGraphToSettle,
} from "../support/explorer-page.ts";
import { inGraph } from "../support/in-graph.ts";

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
    // The actor is picked by name, with the search box's type-ahead (#20).
    const actor = explorer.page.locator("#saved-query-form input[name=actor]");
    expect(await actor.getAttribute("role")).toBe("combobox");
    await actor.click();
    await explorer.page.keyboard.type("Merk");
    await explorer.page.waitForSelector("#query-param-actor-options li[role=option]");
    expect(await explorer.page.locator("#query-param-actor-options li").first().textContent()).toContain(
      "Angela Merkel",
    );
    await explorer.page.keyboard.press("Enter");
    expect(await actor.inputValue()).toBe("Angela Merkel");
    expect(await explorer.page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("actor");
    await explorer.page.fill("#saved-query-form input[name=from]", "2021-11-16");
    await explorer.page.click("#saved-query-form button[type=submit]");
    await resultOf(explorer.page);
    const cells = await explorer.page.locator(".result tr").nth(1).locator("td").allTextContents();
    // Dates read as dates, nodes by name, relationships in words, never as raw JSON (#20).
    expect(cells[0]).toBe("17 Nov 2021");
    expect(cells).toContain("phone_call");
    expect(cells).toContain("Angela Merkel");
    expect(cells).toContain("took part in");
    expect(cells.join(" ")).not.toMatch(/[{}]/);
    // The link to it names the actor by id.
    expect(new URL(explorer.page.url()).searchParams.get("qp.actor")).toBe("angela-merkel");
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

  it("says which actors a typed name could be instead of answering 0 rows (#20)", async () => {
    const { page } = explorer;
    await openExplorer(page, explorer.server);
    await page.click("#queries");
    await page.waitForSelector("#saved-query");
    await page.selectOption("#saved-query", "actor-timeline");
    // Typed, not picked from the list, and sent with Enter.
    await page.fill("#saved-query-form input[name=actor]", "Lukashenko");
    await page.press("#saved-query-form input[name=from]", "Enter");
    await page.waitForSelector(".query-error, .result table");
    expect(await page.locator(".query-error").textContent()).toBe(
      'actor: no actor with id "Lukashenko"; did you mean Alexander Lukashenko ("alexander-lukashenko")?',
    );
  });

  it("draws a query whose rows are pairs as edges between them, its table beside the graph (#20)", async () => {
    const { page } = explorer;
    await openExplorer(page, explorer.server);
    await page.click("#queries");
    await page.waitForSelector("#saved-query");
    await page.selectOption("#saved-query", "who-met-whom");
    await page.click("#saved-query-form button[type=submit]");
    await resultOf(page);
    await waitForGraphToSettle(page);
    const rows = await page.locator(".result tr").count();
    const pairs = await page
      .locator(".result tr")
      .evaluateAll((trs) =>
        trs
          .slice(1)
          .map((tr) => [...tr.querySelectorAll("td")].slice(0, 2).map((td) => td.textContent ?? "")),
      );
    expect(pairs).toHaveLength(rows - 1);
    expect(pairs.length).toBeGreaterThan(1);
    // Each row's two actors are linked by an edge; no actor is left unlinked.
    const linked = await inGraph(page, (cy) => ({
      edges: cy
        .edges(":visible")
        .map((e) => [String(e.source().data("label")), String(e.target().data("label"))]),
      lone: cy.nodes(":visible").filter((n) => n.degree(false) === 0).length,
    }));
    for (const [a, b] of pairs)
      expect(
        linked.edges.some(([s, t]) => (s === a && t === b) || (s === b && t === a)),
        `${a} — ${b}`,
      ).toBe(true);
    expect(linked.lone).toBe(0);
    // The table is readable: the panel widens for it, beside the graph.
    const side = (await page.locator("#panel").boundingBox())!;
    expect(side.width).toBeGreaterThan(500);
    // And the graph is laid out in the room left to it: every node within the view, none under the panel.
    const graphWidth = (await page.locator("#graph").boundingBox())!.width;
    const xs = await inGraph(page, (cy) => cy.nodes(":visible").map((n) => n.renderedBoundingBox().x2));
    expect(Math.max(...xs)).toBeLessThanOrEqual(graphWidth);
    await screenshot(page, "explorer-query-pairs");
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
