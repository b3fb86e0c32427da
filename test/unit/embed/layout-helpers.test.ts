import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { corroborationLevels, legendKeys } from "../../../client/embed/legend.ts";
import { buildViewPayload } from "../../../client/embed/share.ts";
import { MAX_GRAPH_HEIGHT, MIN_GRAPH_HEIGHT, preferredHeight } from "../../../client/embed/size.ts";
import { SavedViewInput } from "../../../contract/views.ts";

describe("preferredHeight", () => {
  it("follows the graph's shape within bounds and adds the bars", () => {
    expect(preferredHeight(632, { w: 300, h: 150 }, 0)).toBe(332);
    expect(preferredHeight(632, { w: 300, h: 150 }, 60)).toBe(392);
    expect(preferredHeight(632, { w: 1000, h: 10 }, 0)).toBe(MIN_GRAPH_HEIGHT);
    expect(preferredHeight(632, { w: 10, h: 1000 }, 0)).toBe(MAX_GRAPH_HEIGHT);
  });
});

describe("legendKeys", () => {
  it("lists actor subtypes and other kinds present, in a fixed order", () => {
    const keys = legendKeys([
      { kind: "place", subtype: null },
      { kind: "actor", subtype: "group" },
      { kind: "meeting", subtype: "phone_call" },
      { kind: "actor", subtype: "person" },
    ]);
    expect(keys).toEqual(["person", "group", "meeting", "place"]);
  });
});

describe("corroborationLevels", () => {
  it("puts each pair's number of sources in its shade, 3 and more together", () => {
    expect(corroborationLevels([1, 1])).toEqual([0]);
    expect(corroborationLevels([5, 2, 3])).toEqual([1, 2]);
    expect(corroborationLevels([])).toEqual([]);
  });
});

describe("buildViewPayload", () => {
  it("records every node's position in a body the server accepts, without an unbounded extent", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: false,
      layout: { name: "preset" },
      elements: [
        { data: { id: "actor:merkel" }, position: { x: 0, y: 0 } },
        { data: { id: "actor:lukashenko" }, position: { x: 120.04, y: 80 } },
      ],
    });
    const payload = buildViewPayload(cy, {
      title: "Calls",
      source: { kind: "graph", params: { center: "actor:merkel" } },
      options: { theme: "dark" },
    });
    expect(payload.layout).toEqual({
      name: "preset",
      positions: { "actor:merkel": { x: 0, y: 0 }, "actor:lukashenko": { x: 120, y: 80 } },
    });
    // Headless Cytoscape has no viewport: its extent is unbounded, so none is saved.
    expect(payload.viewport).toBeUndefined();
    expect(SavedViewInput.safeParse(payload).success).toBe(true);
  });
});
