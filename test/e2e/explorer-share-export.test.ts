// Taking the view elsewhere: its URL, which reopens the same view, centre and mode in another browser;
// and the Export menu's downloads: PNG, SVG, GraphML, and a self-contained HTML file that works offline.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SCREENSHOT_DIR } from "../support/browser.ts";
import { openExplorer, VIEWPORT, waitForGraphToSettle, useExplorer } from "../support/explorer-page.ts";
import { inGraph } from "../support/in-graph.ts";

const explorer = useExplorer();

// The Bruzgi crossing: the 16 November clash there, the migrants and the Polish security forces.
const BRUZGI = "?center=place:bruzgi-border-crossing-point";

describe("sharing a view by its URL", () => {
  it("reopens the same view from a shared URL", async () => {
    await openExplorer(explorer.page, explorer.server, "?center=actor:angela-merkel");
    await explorer.page.check("#whomet-view");
    await explorer.page.waitForFunction(() => location.search.includes("mode=whomet"));
    await waitForGraphToSettle(explorer.page);
    const shared = explorer.page.url();
    const other = await explorer.browser.newPage({ viewport: VIEWPORT });
    try {
      await other.goto(shared);
      await other.waitForSelector("body[data-ready=true]");
      expect(await other.isChecked("#whomet-view")).toBe(true);
      const centre = new URL(shared).searchParams.get("center")!;
      expect(await inGraph(other, (cy, c) => cy.getElementById(c).nonempty(), centre)).toBe(true);
      // The search box names the centre the link opened.
      expect(await other.inputValue("#search")).toBe("Angela Merkel");
    } finally {
      await other.close();
    }
  });
});

describe("exporting the view", () => {
  it("exports the view as PNG and GraphML", async () => {
    await openExplorer(explorer.page, explorer.server, BRUZGI);
    await explorer.page.click(".menu summary");
    const [png] = await Promise.all([
      explorer.page.waitForEvent("download"),
      explorer.page.click("[data-export=png]"),
    ]);
    expect(png.suggestedFilename()).toBe("whomet.png");
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");

    await explorer.page.click(".menu summary");
    const [graphml] = await Promise.all([
      explorer.page.waitForEvent("download"),
      explorer.page.click("[data-export=graphml]"),
    ]);
    expect(graphml.suggestedFilename()).toBe("whomet.graphml");
    const xml = readFileSync((await graphml.path())!, "utf8");
    expect(xml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
    expect(xml).toContain('<node id="actor:migrants">');
    expect(xml).toContain("<edge ");
  });

  it("exports SVG and a self-contained HTML file that works offline", async () => {
    await openExplorer(explorer.page, explorer.server, BRUZGI);
    await explorer.page.click(".menu summary");
    const [svg] = await Promise.all([
      explorer.page.waitForEvent("download"),
      explorer.page.click("[data-export=svg]"),
    ]);
    expect(readFileSync((await svg.path())!, "utf8")).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s\S]*<\/svg>\s*$/);

    await explorer.page.click(".menu summary");
    const [html] = await Promise.all([
      explorer.page.waitForEvent("download"),
      explorer.page.click("[data-export=html]"),
    ]);
    const file = join(SCREENSHOT_DIR, "..", "whomet-export.html");
    await html.saveAs(file);
    const offline = await explorer.browser.newPage({ viewport: { width: 1000, height: 700 } });
    try {
      // Nothing but the file itself may load: the export must not need the server.
      await offline.route(/^https?:/, (route) => route.abort());
      await offline.goto(`file://${file}`);
      expect(await inGraph(offline, (cy) => cy.nodes().length)).toBeGreaterThan(3);
      await inGraph(offline, (cy) => {
        cy.nodes()
          .filter((n) => n.data("label") === "Migrants")
          .emit("tap");
      });
      expect(await offline.locator("aside blockquote").count()).toBeGreaterThan(0);
      await offline.screenshot({ path: join(SCREENSHOT_DIR, "export-html-offline.png") });
    } finally {
      await offline.close();
    }
  });
});
