import { describe, expect, it } from "vitest";
import { SavedViewInput } from "../../../contract/views.ts";

describe("SavedViewInput", () => {
  it("applies default layout and options and refuses an inverted viewport", () => {
    const view = SavedViewInput.parse({ title: "t", source: { kind: "graph" } });
    expect(view).toMatchObject({ layout: { name: "fcose" }, options: {}, source: { params: {} } });
    const bad = SavedViewInput.safeParse({
      title: "t",
      source: { kind: "graph" },
      viewport: { x1: 10, y1: 0, x2: 0, y2: 10 },
    });
    expect(bad.success).toBe(false);
  });
});
