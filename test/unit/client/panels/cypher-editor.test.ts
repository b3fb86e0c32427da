import { describe, expect, it } from "vitest";
import { errorOffset } from "../../../../client/panels/cypher-editor.ts";

describe("locating Neo4j's syntax errors in the editor", () => {
  it("marks the word at Neo4j's offset", () => {
    const text = "MATCH (n:Actor)\nRETRN n";
    const at = errorOffset("Invalid input 'RETRN': … (line 2, column 1 (offset: 16))", text)!;
    expect(text.slice(at.from, at.to)).toBe("RETRN");
  });

  it("keeps an offset past the end inside the text", () => {
    const at = errorOffset("Unexpected end of input (line 1, column 9 (offset: 8))", "MATCH (n")!;
    expect(at).toEqual({ from: 7, to: 8 });
  });

  it("gives nothing for a message without a position", () => {
    expect(errorOffset("writes are not allowed", "CREATE ()")).toBeUndefined();
  });
});
