import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateIcews } from "../../../../bench/events/generate.ts";
import { parseIcewsHeader, parseIcewsRow } from "../../../../ingest/events/icews.ts";

const dir = mkdtempSync(join(tmpdir(), "whomet-gen-"));

async function generated(rows: number, seed: number, name: string) {
  const file = join(dir, name);
  const events = await generateIcews(file, rows, seed);
  const lines = readFileSync(file, "utf8").trimEnd().split("\n");
  return { events, text: readFileSync(file, "utf8"), lines };
}

describe("generateIcews", () => {
  it("writes the asked number of rows that the ICEWS parser reads, the same for the same seed", async () => {
    const one = await generated(3000, 7, "a.tab");
    const again = await generated(3000, 7, "b.tab");
    const other = await generated(3000, 8, "c.tab");
    expect(one.lines).toHaveLength(3001);
    expect(again.text).toBe(one.text);
    expect(other.text).not.toBe(one.text);
    const header = parseIcewsHeader(one.lines[0]!.split("\t"));
    for (const line of one.lines.slice(1))
      expect(() => parseIcewsRow(line.split("\t"), header)).not.toThrow();
  });

  it("reports some events more than once and puts a few actors in very many events", async () => {
    const { events, lines } = await generated(20_000, 1, "d.tab");
    // 1–4 stories per event: fewer events than rows.
    expect(events).toBeLessThan(lines.length - 1);
    expect(events).toBeGreaterThan((lines.length - 1) / 4);
    const perActor = new Map<string, number>();
    for (const line of lines.slice(1)) {
      const f = line.split("\t");
      for (const name of [f[2]!, f[8]!]) perActor.set(name, (perActor.get(name) ?? 0) + 1);
    }
    const counts = [...perActor.values()].sort((a, b) => b - a);
    const top1 = counts.slice(0, Math.ceil(counts.length / 100)).reduce((n, c) => n + c, 0);
    // The top 1% of actors have over ten times their share of the mentions; the median actor very few.
    expect(top1 / (2 * (lines.length - 1))).toBeGreaterThan(0.1);
    expect(counts[Math.floor(counts.length / 2)]!).toBeLessThan(10);
  });
});
