// Reads a file line by line as a stream (gunzipped when it ends in .gz, the first entry of a .zip
// inflated), so memory stays bounded whatever the file's size; yields each line with its 1-based number.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { unzipFirstEntry } from "./unzip.ts";

function openText(file: string): Readable {
  if (file.endsWith(".zip")) return unzipFirstEntry(file);
  const raw = createReadStream(file);
  if (!file.endsWith(".gz")) return raw;
  const gunzip = raw.pipe(createGunzip());
  // A read error is not forwarded by pipe(): surface it through the stream readline reads.
  raw.on("error", (err) => gunzip.destroy(err));
  return gunzip;
}

export async function* readLines(file: string): AsyncGenerator<{ line: number; text: string }> {
  const lines = createInterface({ input: openText(file), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) yield { line: ++line, text };
}
