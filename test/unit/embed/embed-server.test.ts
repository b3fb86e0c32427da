import { describe, expect, it } from "vitest";
import { parseEmbedQuery } from "../../../server/embed/page-query.ts";
import { iframeHtml } from "../../../server/embed/snippets.ts";
import { fitFrame } from "../../../server/embed/oembed.ts";
import { SavedViewInput } from "../../../contract/views.ts";
import { pngSize } from "../../../server/embed/saved-views.ts";

describe("parseEmbedQuery", () => {
  it("splits embed options from the graph parameters", () => {
    expect(
      parseEmbedQuery({ center: "actor:merkel", depth: "1", theme: "dark", legend: "0", to: "2021-11" }),
    ).toEqual({
      source: { kind: "graph", params: { center: "actor:merkel", depth: "1" } },
      options: { theme: "dark", legend: false },
      timeRange: { to: "2021-11" },
    });
  });

  it("reads a saved query and its JSON params", () => {
    expect(parseEmbedQuery({ query: "who-met-whom", params: '{"actor":"merkel"}', slider: "1" })).toEqual({
      source: { kind: "query", query: "who-met-whom", params: { actor: "merkel" } },
      options: { slider: true },
      timeRange: {},
    });
  });

  it("names the field when an option or the query id is bad", () => {
    expect(() => parseEmbedQuery({ theme: "pink" })).toThrow(/theme/);
    expect(() => parseEmbedQuery({ query: "DROP ALL" })).toThrow(/saved query id/);
  });
});

describe("fitFrame", () => {
  it("keeps 640×480 unless a max is smaller, then scales keeping the shape", () => {
    expect(fitFrame()).toEqual({ width: 640, height: 480 });
    expect(fitFrame(2000, 2000)).toEqual({ width: 640, height: 480 });
    expect(fitFrame(320)).toEqual({ width: 320, height: 240 });
    expect(fitFrame(undefined, 240)).toEqual({ width: 320, height: 240 });
  });
});

describe("iframeHtml", () => {
  it("escapes the title and the URL", () => {
    expect(iframeHtml('https://w.example/embed?a=1&b="2"', "<Calls>", { width: 10, height: 20 })).toBe(
      '<iframe src="https://w.example/embed?a=1&amp;b=&quot;2&quot;" title="&lt;Calls&gt;" width="10" height="20" ' +
        'style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>',
    );
  });
});

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
