import { describe, expect, it } from "vitest";
import { withUserPositions } from "../../../../server/queries/cypher-guard.ts";

describe("syntax error positions under the guard's EXPLAIN", () => {
  it("shifts line 1 columns, offsets and the caret back by the EXPLAIN prefix", () => {
    const error = new Error(
      `Invalid input 'RETURN' (line 1, column 18 (offset: 17))\n"EXPLAIN MATCH (n RETURN n"\n                  ^`,
    );
    expect((withUserPositions(error) as Error).message).toBe(
      `Invalid input 'RETURN' (line 1, column 10 (offset: 9))\n"MATCH (n RETURN n"\n          ^`,
    );
  });

  it("keeps the column on later lines and shifts only the offset", () => {
    const error = new Error(`Invalid input 'RETRN' (line 2, column 1 (offset: 24))\n"RETRN n"\n ^`);
    expect((withUserPositions(error) as Error).message).toBe(
      `Invalid input 'RETRN' (line 2, column 1 (offset: 16))\n"RETRN n"\n ^`,
    );
  });
});
