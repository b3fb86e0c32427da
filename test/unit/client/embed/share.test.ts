import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { buildViewPayload } from "../../../../client/embed/share.ts";
import { SavedViewInput } from "../../../../contract/views.ts";

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
