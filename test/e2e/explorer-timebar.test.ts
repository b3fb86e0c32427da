// The time bar (#20): zoomed with the wheel and the buttons from months down to days, a brush across its
// bins setting the dates and the URL, playback stepping the graph through time (and at another speed)
// without asking the API again, and typed dates that query only once whole and valid.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openExplorer, screenshot, useExplorer, waitForGraphToSettle } from "../support/explorer-page.ts";
import { inGraph } from "../support/in-graph.ts";

const explorer = useExplorer();

const bin = (page: Page) => page.locator("#timeline").getAttribute("data-bin");
const dayBox = async (page: Page, date: string) =>
  (await page.locator(`#timeline rect[data-date="${date}"]`).boundingBox())!;

/** The API requests the page makes from now on (their URLs), for checking what was and was not asked. */
function recordRequests(page: Page): { urls: string[]; stop(): void } {
  const urls: string[] = [];
  const note = (r: { url(): string }) => {
    if (r.url().includes("/api/")) urls.push(r.url());
  };
  page.on("request", note);
  return { urls, stop: () => page.off("request", note) };
}

/** Dated meetings and incidents shown, and those dated on or after `day` among them. */
const shownEvents = (page: Page, day = "9999-12-31") =>
  inGraph(
    page,
    (cy, d) => {
      const events = cy.nodes('[kind = "meeting"], [kind = "incident"]').filter(":visible");
      return { shown: events.length, later: events.filter((n) => String(n.data("date")) >= d).length };
    },
    day,
  );

describe("zooming the time bar over four years", () => {
  // One meeting a month from January 2019 to October 2022 beside the demo corpus (November 2021): about
  // the 1,358 days of #20, where November 2021 used to be 21 px wide.
  const months = Array.from({ length: 46 }, (_, i) => {
    const d = new Date(Date.UTC(2019, i, 10));
    return d.toISOString().slice(0, 10);
  });
  beforeAll(async () => {
    await explorer.server.driver.executeQuery(
      `UNWIND $dates AS d
       CREATE (:Meeting {id: "meeting:timebar-" + d, date: date(d), kind: "talks", label: "Talks " + d})`,
      { dates: months },
      { database: explorer.server.config.NEO4J_DATABASE },
    );
  });
  afterAll(async () => {
    await explorer.server.driver.executeQuery(
      `MATCH (m:Meeting) WHERE m.id STARTS WITH "meeting:timebar-" DETACH DELETE m`,
      {},
      { database: explorer.server.config.NEO4J_DATABASE },
    );
  });

  it("bins four years by month and zooms with the wheel to November 2021's days, wide enough to click", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server);
    expect(await bin(page)).toBe("month");
    const november = await dayBox(page, "2021-11-01");
    const bar = (await page.locator("#timeline").boundingBox())!;
    // The whole month was a sliver: what #20 complained of.
    expect(november.width).toBeLessThan(30);
    await page.mouse.move(november.x + november.width / 2, november.y + november.height / 2);
    // Wheel in over November until each of its days is at least 12 px wide (a clickable bar).
    for (let i = 0; i < 40; i++) {
      const day = page.locator('#timeline rect[data-date="2021-11-16"]');
      if ((await bin(page)) === "day" && (await day.count()) && (await day.boundingBox())!.width >= 12) break;
      await page.mouse.wheel(0, -100);
    }
    expect(await bin(page)).toBe("day");
    // November's first half in view (the wheel keeps the day under the pointer in place), each day at
    // least 12 px.
    const first = await dayBox(page, "2021-11-01");
    const mid = await dayBox(page, "2021-11-16");
    expect(first.x).toBeGreaterThanOrEqual(bar.x - 0.5);
    expect(mid.x + mid.width).toBeLessThanOrEqual(bar.x + bar.width + 0.5);
    expect(first.width).toBeGreaterThanOrEqual(12);
    // The labels name days now.
    expect(await page.locator(".timeline-axis span").allTextContents()).toContain("15 Nov");
    await screenshot(page, "timebar-zoomed-to-november");

    const day = await dayBox(page, "2021-11-16");
    await page.mouse.click(day.x + day.width / 2, day.y + day.height / 2);
    await page.waitForFunction(() => location.search.includes("from=2021-11-16&to=2021-11-16"));
    await waitForGraphToSettle(page);
    expect(await page.inputValue("#from")).toBe("2021-11-16");
    // Loading the graph again kept the zoom.
    expect(await bin(page)).toBe("day");
  });

  it("zooms in with + from months through weeks to days, and out again with −", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server);
    const seen = [await bin(page)];
    for (let i = 0; i < 4; i++) {
      await page.click("#time-zoom-in");
      seen.push(await bin(page));
    }
    expect(seen[0]).toBe("month");
    expect(seen).toContain("week");
    expect(seen.at(-1)).toBe("day");
    // Each press is finer or the same, never coarser.
    const order = ["day", "week", "month", "year"];
    for (let i = 1; i < seen.length; i++)
      expect(order.indexOf(seen[i]!)).toBeLessThanOrEqual(order.indexOf(seen[i - 1]!));
    for (let i = 0; i < 4; i++) await page.click("#time-zoom-out");
    expect(await bin(page)).toBe("month");
  });

  it("brushes months across the bar: the dates and the URL follow", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server);
    const from = await dayBox(page, "2021-10-01");
    const to = await dayBox(page, "2021-12-01");
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => location.search.includes("from=2021-10-01&to=2021-12-31"));
    await waitForGraphToSettle(page);
    expect(await page.inputValue("#from")).toBe("2021-10-01");
    expect(await page.inputValue("#to")).toBe("2021-12-31");
    // The months brushed are opaque, the others pale.
    const opacity = (date: string) =>
      page
        .locator(`#timeline rect[data-date="${date}"]`)
        .evaluate((r) => r.parentElement!.getAttribute("opacity"));
    expect(await opacity("2021-11-01")).toBe("1");
    expect(await opacity("2022-03-01")).toBe("0.25");
    await screenshot(page, "timebar-brushed-months");
  });
});

describe("playback", () => {
  it("steps through the days: each step shows the graph as of that day, without asking the API", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server);
    const all = await shownEvents(page);
    expect(all.shown).toBeGreaterThan(2);
    const requests = recordRequests(page);
    const counts: number[] = [];
    for (let i = 0; i < 20; i++) {
      await page.click("#play-step");
      const day = (await page.locator(".playback").getAttribute("data-day"))!;
      const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const now = await shownEvents(page, next);
      // Nothing dated after the day shown.
      expect(now.later).toBe(0);
      counts.push(now.shown);
      if (i === 2) await screenshot(page, "timebar-playback");
      if (now.shown === all.shown) break;
    }
    requests.stop();
    // Events appear step by step: fewer than all at first, all at last, never fewer than a step before.
    expect(counts[0]).toBeLessThan(all.shown);
    expect(counts.at(-1)).toBe(all.shown);
    expect(new Set(counts).size).toBeGreaterThan(2);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
    expect(requests.urls).toEqual([]);
    expect(await page.locator("#play-day").textContent()).toMatch(/^as of \d+ Nov 2021$/);

    await page.click("#play-stop");
    expect((await shownEvents(page)).shown).toBe(all.shown);
    expect(await page.locator(".playback").getAttribute("data-state")).toBe("stopped");
  });

  it("plays at the speed picked, pauses, and plays on to the end", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server);
    const all = await shownEvents(page);
    await page.selectOption("#play-speed", "8");
    expect(await page.locator("#play").getAttribute("data-step-ms")).toBe("125");
    await page.click("#play");
    expect(await page.locator(".playback").getAttribute("data-state")).toBe("playing");
    await page.click("#play");
    expect(await page.locator(".playback").getAttribute("data-state")).toBe("paused");
    const paused = (await page.locator(".playback").getAttribute("data-day"))!;
    // Paused, it stays on its day.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(await page.locator(".playback").getAttribute("data-day")).toBe(paused);
    await page.click("#play");
    await page.waitForSelector('.playback[data-state="paused"]');
    expect((await shownEvents(page)).shown).toBe(all.shown);
    expect(await page.locator(".playback").getAttribute("data-day")).toBe(
      await page.locator("#timeline").getAttribute("data-to"),
    );
    await page.selectOption("#play-speed", "0.5");
    expect(await page.locator("#play").getAttribute("data-step-ms")).toBe("2000");
  });

  it("shows a paused step on a phone", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server, "", { width: 390, height: 844 });
    // On a phone the time bar is in the filters' sheet (#20 phone): opened from the toolbar.
    await page.click("#filters-toggle");
    for (let i = 0; i < 3; i++) await page.click("#play-step");
    await waitForGraphToSettle(page);
    expect(await page.locator("#play-day").isVisible()).toBe(true);
    await screenshot(page, "timebar-playback-phone");
    await page.click("#play-stop");
  });
});

describe("typed dates", () => {
  it("sends nothing for a half-typed year, and one query for the whole date", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server);
    const requests = recordRequests(page);
    await page.locator("#from").pressSequentially("202");
    expect(await page.locator("#date-error").textContent()).toBe("");
    await page.locator("#from").pressSequentially("1-11-16");
    await page.waitForFunction(() => location.search.includes("from=2021-11-16"));
    await waitForGraphToSettle(page);
    requests.stop();
    // Every request came from the whole date: none from "2", "20", "202", …
    const graph = requests.urls.filter((u) => u.includes("/api/graph"));
    expect(graph).toHaveLength(1);
    expect(graph[0]).toContain("from=2021-11-16");
  });

  it("says which date is wrong and why, and asks nothing", async () => {
    const { page, server } = explorer;
    await openExplorer(page, server);
    const requests = recordRequests(page);
    await page.locator("#to").pressSequentially("2021-02-30");
    await expect
      .poll(() => page.locator("#date-error").textContent())
      .toBe('To: "2021-02-30": February 2021 has 28 days');
    expect(await page.locator("#to").getAttribute("aria-invalid")).toBe("true");
    requests.stop();
    expect(requests.urls.filter((u) => u.includes("/api/graph"))).toEqual([]);

    await page.locator("#to").fill("2021-11-10");
    await page.waitForFunction(() => location.search.includes("to=2021-11-10"));
    await waitForGraphToSettle(page);
    const later = recordRequests(page);
    await page.locator("#from").fill("2021-11-20");
    expect(await page.locator("#date-error").textContent()).toBe(
      "From (2021-11-20) is after To (2021-11-10)",
    );
    await screenshot(page, "timebar-date-error");
    // A half-typed date said when the field is left.
    await page.locator("#from").fill("2021-1");
    await page.locator("#from").blur();
    expect(await page.locator("#date-error").textContent()).toBe("From: finish the date as YYYY-MM-DD");
    later.stop();
    expect(later.urls.filter((u) => u.includes("/api/graph"))).toEqual([]);
  });
});
