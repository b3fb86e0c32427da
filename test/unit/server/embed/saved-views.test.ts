import { describe, expect, it } from "vitest";
import { pngSize } from "../../../../server/embed/saved-views.ts";

describe("pngSize", () => {
  it("reads width and height from a PNG header and rejects other bytes", () => {
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "base64",
    );
    expect(pngSize(png)).toEqual({ width: 1, height: 1 });
    expect(pngSize(Buffer.from("GIF89a..........................."))).toBeUndefined();
  });
});
