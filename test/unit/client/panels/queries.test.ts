import { describe, expect, it } from "vitest";
import { toCSV } from "../../../../client/panels/queries.ts";

describe("query results as CSV", () => {
  it("quotes cells with commas, quotes and newlines, and flattens lists and nodes", () => {
    expect(
      toCSV({
        columns: ["who", "with", "note"],
        rows: [{ who: { id: "actor:a", label: "A, B" }, with: ["C", "D"], note: 'say "hi"' }],
      }),
    ).toBe('who,with,note\n"A, B","C, D","say ""hi"""\n');
  });
});
