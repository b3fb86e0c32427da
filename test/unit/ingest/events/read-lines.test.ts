import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readLines } from "../../../../ingest/events/read-lines.ts";

const dir = mkdtempSync(join(tmpdir(), "whomet-zip-"));
const TEXT = Array.from({ length: 5000 }, (_, i) => `row ${i}\tvalue ${i * 7}`).join("\n") + "\n";
writeFileSync(join(dir, "events.CSV"), TEXT);

/** Zips events.CSV with Info-ZIP's zip and the given options. */
function zip(name: string, ...options: string[]): string {
  execFileSync("zip", ["-q", ...options, name, "events.CSV"], { cwd: dir });
  return join(dir, name);
}

async function lines(file: string): Promise<string[]> {
  const out: string[] = [];
  for await (const { line, text } of readLines(file)) {
    expect(line).toBe(out.length + 1);
    out.push(text);
  }
  return out;
}

describe("readLines on .zip", () => {
  it("reads a deflated entry whose sizes come after it (data descriptor), as GDELT 1.0 zips may", async () => {
    expect((await lines(zip("deflated.zip", "-fd"))).join("\n") + "\n").toBe(TEXT);
  });

  it("reads a stored (uncompressed) entry", async () => {
    expect((await lines(zip("stored.zip", "-0"))).join("\n") + "\n").toBe(TEXT);
  });

  it("reads the GDELT 1.0 fixture's 58-column rows", async () => {
    const rows = await lines("test/fixtures/events/gdelt1-sample.export.CSV.zip");
    expect(rows.map((r) => r.split("\t").length)).toEqual([58, 58, 58, 58, 58]);
  });

  it("refuses a file that is not a zip archive, saying so", async () => {
    const file = join(dir, "not.zip");
    writeFileSync(file, TEXT);
    await expect(lines(file)).rejects.toThrow(
      "not a zip archive: End of central directory record signature not found",
    );
  });

  it("refuses a truncated archive, with an error the importer reports for the file", async () => {
    const whole = readFileSync(zip("whole.zip"));
    const file = join(dir, "truncated.zip");
    writeFileSync(file, whole.subarray(0, whole.length - 40));
    await expect(lines(file)).rejects.toMatchObject({ code: "EZIP" });
  });

  it("skips a leading directory entry and reads the first file", async () => {
    mkdirSync(join(dir, "a-dir"), { recursive: true });
    execFileSync("zip", ["-q", "with-dir.zip", "a-dir", "events.CSV"], { cwd: dir });
    expect((await lines(join(dir, "with-dir.zip"))).join("\n") + "\n").toBe(TEXT);
  });
});
