// Reads a file line by line as a stream (gunzipped when it ends in .gz, the first entry of a .zip
// inflated), so memory stays bounded whatever the file's size; yields each line with its 1-based number.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { unzipFirstEntry } from "./unzip.ts";

export async function* readLines(file: string): AsyncGenerator<{ line: number; text: string }> {
  const raw = createReadStream(file);
  const input = file.endsWith(".gz")
    ? raw.pipe(createGunzip())
    : file.endsWith(".zip")
      ? unzipFirstEntry(raw)
      : raw;
  // A read error is not forwarded by pipe(): surface it through the stream readline reads.
  raw.on("error", (err) => input.destroy(err));
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) yield { line: ++line, text };
}
