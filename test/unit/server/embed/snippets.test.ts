import { describe, expect, it } from "vitest";
import { iframeHtml } from "../../../../server/embed/snippets.ts";

describe("iframeHtml", () => {
  it("escapes the title and the URL", () => {
    expect(iframeHtml('https://w.example/embed?a=1&b="2"', "<Calls>", { width: 10, height: 20 })).toBe(
      '<iframe src="https://w.example/embed?a=1&amp;b=&quot;2&quot;" title="&lt;Calls&gt;" width="10" height="20" ' +
        'style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>',
    );
  });
});
