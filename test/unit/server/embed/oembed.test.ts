import { describe, expect, it } from "vitest";
import { fitFrame } from "../../../../server/embed/oembed.ts";

describe("fitFrame", () => {
  it("keeps 640×480 unless a max is smaller, then scales keeping the shape", () => {
    expect(fitFrame()).toEqual({ width: 640, height: 480 });
    expect(fitFrame(2000, 2000)).toEqual({ width: 640, height: 480 });
    expect(fitFrame(320)).toEqual({ width: 320, height: 240 });
    expect(fitFrame(undefined, 240)).toEqual({ width: 320, height: 240 });
  });
});
