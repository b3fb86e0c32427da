import { describe, expect, it } from "vitest";
import { fold, nameKey, skeleton, slug } from "../../../ingest/name-keys.ts";

describe("name keys", () => {
  it("folds diacritics without changing the length, so offsets stay valid", () => {
    const text = "Minister Žemaitė met Łukasz Øster";
    expect(fold(text)).toBe("Minister Zemaite met Lukasz Oster");
    expect(fold(text)).toHaveLength(text.length);
  });

  it("keys and slugs a name", () => {
    expect(nameKey("  Jānis  Bērziņš-Ozoliņš ")).toBe("janis berzins-ozolins");
    expect(slug("Jānis Bērziņš")).toBe("janis-berzins");
  });

  it("gives transliterations of one surname one skeleton", () => {
    expect(skeleton("Tkachenko")).toBe(skeleton("Tkachenka"));
    expect(skeleton("Szewczyk")).toBe(skeleton("Shevchyk"));
    expect(skeleton("Novak")).not.toBe(skeleton("Nowicki"));
  });
});
