// The explorer by keyboard and screen reader (#20): the search box is an ARIA combobox whose Enter
// leaves the focus on the chosen node in the graph; arrow keys walk the graph from neighbour to
// neighbour in the arrow's direction, a live region saying each, Enter opens it, + and − zoom; the
// timeline is a slider over its days; and axe-core finds no serious or critical violation, on a desktop
// and on a phone.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { openExplorer, screenshot, useExplorer, waitForGraphToSettle } from "../support/explorer-page.ts";
import { inGraph } from "../support/in-graph.ts";

const explorer = useExplorer();

const selectedId = (page: Page) =>
  inGraph(page, (cy) =>
    cy
      .nodes(":selected")
      .map((n) => n.id())
      .join(","),
  );
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

describe("the search box as a combobox", () => {
  it("announces its list and active option, and Enter leaves the focus on the chosen node", async () => {
    const { page } = explorer;
    await openExplorer(page, explorer.server);
    const box = page.locator("#search");
    expect(await box.getAttribute("role")).toBe("combobox");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    expect(await box.getAttribute("aria-controls")).toBe("search-results");
    await page.keyboard.press("/");
    await page.keyboard.type("Merk");
    await page.waitForSelector("#search-results li[role=option]");
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator("#search-results").getAttribute("role")).toBe("listbox");
    const first = await page.locator("#search-results li").first().getAttribute("id");
    expect(await box.getAttribute("aria-activedescendant")).toBe(first);
    expect(await page.locator(`#${first}`).getAttribute("aria-selected")).toBe("true");
    if ((await page.locator("#search-results li").count()) > 1) {
      await page.keyboard.press("ArrowDown");
      const second = await page.locator("#search-results li").nth(1).getAttribute("id");
      expect(await box.getAttribute("aria-activedescendant")).toBe(second);
      await page.keyboard.press("ArrowUp");
    }
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.search.includes("center=actor"));
    await waitForGraphToSettle(page);
    await page.waitForFunction(() => document.querySelector("#graph-announcer")?.textContent !== "");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    // The focus is on the graph, with Merkel selected and said, not dropped on <body>.
    expect(await activeId(page)).toBe("graph");
    expect(await selectedId(page)).toBe("actor:angela-merkel");
    expect(await page.locator("#graph-announcer").textContent()).toMatch(/^Angela Merkel, person/);
    await screenshot(page, "explorer-a11y-search-focus");
  });
});

describe("the graph by keyboard", () => {
  it("walks to the neighbour in the arrow's direction, opens it with Enter and zooms with + and −", async () => {
    const { page } = explorer;
    await openExplorer(page, explorer.server, "?center=actor:alexander-lukashenko");
    // Tab reaches the graph from the controls before it.
    await page.focus("#clear-time");
    for (let i = 0; i < 20 && (await activeId(page)) !== "graph"; i++) await page.keyboard.press("Tab");
    expect(await activeId(page)).toBe("graph");
    // The first arrow selects the node nearest the middle of the view.
    await page.keyboard.press("ArrowRight");
    const start = await selectedId(page);
    expect(start).not.toBe("");
    const walked: string[] = [start];
    for (const key of ["ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp", "ArrowRight", "ArrowDown"]) {
      const before = await inGraph(page, (cy) => {
        const n = cy.nodes(":selected").first();
        return {
          id: n.id(),
          at: { ...n.renderedPosition() },
          neighbours: n
            .neighborhood()
            .nodes(":visible")
            .map((m) => ({ id: m.id(), ...m.renderedPosition() })),
        };
      });
      await page.keyboard.press(key);
      await waitForGraphToSettle(page);
      const after = await selectedId(page);
      const d = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[key]!;
      const ahead = before.neighbours.filter(
        (m) => (m.x - before.at.x) * d[0]! + (m.y - before.at.y) * d[1]! > 0,
      );
      if (ahead.length === 0) {
        // Nothing that way: the selection stays and the live region says so.
        expect(after).toBe(before.id);
        expect(await page.locator("#graph-announcer").textContent()).toMatch(/^No linked node/);
        continue;
      }
      // A neighbour of the node it left, lying in the arrow's direction.
      const moved = ahead.find((m) => m.id === after);
      expect(moved, `${key} from ${before.id} went to ${after}`).toBeDefined();
      const label = await inGraph(page, (cy, id) => String(cy.getElementById(id).data("label")), after);
      expect(await page.locator("#graph-announcer").textContent()).toContain(label);
      walked.push(after);
    }
    expect(new Set(walked).size).toBeGreaterThan(1);
    expect(await activeId(page)).toBe("graph");

    const current = await selectedId(page);
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (id) => document.querySelector("#panel")?.getAttribute("data-node") === id,
      current,
    );
    await page.waitForSelector(".panel h2");
    expect(await activeId(page)).toBe("graph");
    // Pin pressed from the keyboard: the panel is drawn again and the focus stays on its button.
    await page.locator("#panel button", { hasText: /^Pin$/ }).focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel button:text-is('Unpin')");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Unpin");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel button:text-is('Pin')");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Pin");
    await page.focus("#graph");

    const zoom = () => inGraph(page, (cy) => cy.zoom());
    const z0 = await zoom();
    await page.keyboard.press("+");
    expect(await zoom()).toBeCloseTo(z0 * 1.25, 5);
    await page.keyboard.press("-");
    await page.keyboard.press("-");
    expect(await zoom()).toBeCloseTo(z0 / 1.25, 5);
    await screenshot(page, "explorer-a11y-keyboard-walk");
  });

  it("walks the timeline's days with arrow keys and picks one with Enter", async () => {
    const { page } = explorer;
    await openExplorer(page, explorer.server);
    const bar = page.locator("#timeline");
    expect(await bar.getAttribute("tabindex")).toBe("0");
    expect(await bar.getAttribute("role")).toBe("slider");
    await page.focus("#timeline");
    await page.keyboard.press("Home");
    const first = await bar.getAttribute("aria-valuetext");
    // The bar's first bin, as the time bar words it ("8 Nov 2021: 0 meetings, 1 incidents").
    expect(first).toMatch(/^.+ \d{4}: \d+ meetings, \d+ incidents$/);
    await page.keyboard.press("ArrowRight");
    expect(await bar.getAttribute("aria-valuenow")).toBe("1");
    const bins = page.locator("#timeline rect[data-date]");
    expect(await bar.getAttribute("aria-valuetext")).toBe(await bins.nth(1).textContent());
    const day = (await bins.nth(1).getAttribute("data-date"))!;
    expect(day > (await bins.nth(0).getAttribute("data-date"))!).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForFunction((d) => location.search.includes(`from=${d}`), day);
    expect(new URL(page.url()).searchParams.get("to")).toBe(day);
    expect(await activeId(page)).toBe("timeline");
  });
});

describe("axe-core over the explorer", () => {
  it("finds no serious or critical violation on a desktop, with a node open and the queries panel", async () => {
    const { page } = explorer;
    await openExplorer(page, explorer.server, "?center=actor:angela-merkel");
    expect(await seriousViolations(page)).toEqual([]);
    await inGraph(page, (cy) => void cy.getElementById("actor:angela-merkel").emit("tap"));
    await page.waitForSelector(".panel h2");
    expect(await seriousViolations(page)).toEqual([]);
    await page.click("#queries");
    await page.waitForSelector("#saved-query-form");
    expect(await seriousViolations(page)).toEqual([]);
    // A result's table, in its scrolling box.
    await page.selectOption("#saved-query", "who-met-whom");
    await page.click("#saved-query-form button[type=submit]");
    await page.waitForSelector(".result table, .query-error");
    expect(await page.locator(".query-error").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "explorer-a11y-axe-desktop");
  });

  it("finds no serious or critical violation on a phone, with the filter sheet open and closed", async () => {
    const { page } = explorer;
    await openExplorer(page, explorer.server, "?center=actor:angela-merkel", { width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.click("#filters-toggle");
    await page.waitForSelector("#filters[data-open]");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "explorer-a11y-axe-phone");
    await page.click("#filters .sheet-done");
    await inGraph(page, (cy) => void cy.getElementById("actor:angela-merkel").emit("tap"));
    await page.waitForSelector(".panel h2");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
