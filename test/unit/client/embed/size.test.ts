import { describe, expect, it } from "vitest";
import { MAX_GRAPH_HEIGHT, MIN_GRAPH_HEIGHT, preferredHeight } from "../../../../client/embed/size.ts";

describe("preferredHeight", () => {
  it("follows the graph's shape within bounds and adds the bars", () => {
    expect(preferredHeight(632, { w: 300, h: 150 }, 0)).toBe(332);
    expect(preferredHeight(632, { w: 300, h: 150 }, 60)).toBe(392);
    expect(preferredHeight(632, { w: 1000, h: 10 }, 0)).toBe(MIN_GRAPH_HEIGHT);
    expect(preferredHeight(632, { w: 10, h: 1000 }, 0)).toBe(MAX_GRAPH_HEIGHT);
  });
});
