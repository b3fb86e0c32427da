import { describe, expect, it } from "vitest";
import { normalizeRole, phraseRole } from "../../../../ingest/actors/roles.ts";

describe("role words", () => {
  it("names the office a title means, the first matching role winning", () => {
    expect(normalizeRole("Premier")).toBe("prime minister");
    expect(normalizeRole("top  diplomat")).toBe("foreign minister");
    expect(normalizeRole("minister of the interior")).toBe("interior minister");
    expect(normalizeRole("European Commissioner for Home Affairs")).toBe("home affairs commissioner");
    expect(normalizeRole("Commissioner for Trade")).toBe("commissioner");
    expect(normalizeRole("Minister")).toBe("minister");
    expect(normalizeRole("farmer")).toBeUndefined();
  });

  it("reads the role at the end of a longer title", () => {
    expect(phraseRole("Minister of the Interior of Lithuania")).toBe("interior minister");
    expect(phraseRole("Deputy Prime Minister")).toBe("prime minister");
    expect(phraseRole("Chief of the General Staff")).toBeUndefined();
  });
});
