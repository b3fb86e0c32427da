// Streams the first file of a .zip archive (GDELT 1.0 publishes one CSV per zip) without a
// dependency or a temporary file: reads the entry's local header, then inflates what follows.
// Sizes in the header may be zero (written later in a data descriptor), so the deflate stream's own
// end marks the end of the file; what follows it (descriptor, central directory) is never read.
import { Transform, type Readable, type TransformCallback } from "node:stream";
import { createInflateRaw } from "node:zlib";

const LOCAL_FILE_HEADER = 0x04034b50;
const HEADER_SIZE = 30;
const STORED = 0;
const DEFLATE = 8;

/** An error in the archive itself; its code makes the importer report the file and go on. */
export class ZipError extends Error {
  readonly code = "EZIP";
}

/** The first entry's bytes, uncompressed. */
export function unzipFirstEntry(input: Readable): Readable {
  let head: Buffer | undefined = Buffer.alloc(0);
  let inflate: Transform | undefined;
  // A stored entry: bytes of it still to pass through (its size is in the header).
  let storedLeft = 0;
  const passStored = (chunk: Buffer) => {
    const take = chunk.subarray(0, storedLeft);
    storedLeft -= take.length;
    return take;
  };
  const out = new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      if (inflate) return feed(chunk, done);
      if (!head) return done(null, passStored(chunk));
      head = Buffer.concat([head, chunk]);
      if (head.length < HEADER_SIZE) return done();
      if (head.readUInt32LE(0) !== LOCAL_FILE_HEADER)
        return done(new ZipError("not a zip archive (no local file header)"));
      const start = HEADER_SIZE + head.readUInt16LE(26) + head.readUInt16LE(28);
      if (head.length < start) return done();
      const method = head.readUInt16LE(8);
      const rest = head.subarray(start);
      storedLeft = head.readUInt32LE(18);
      head = undefined;
      if (method === STORED) return done(null, passStored(rest));
      if (method !== DEFLATE)
        return done(new ZipError(`compression method ${method} is not supported (deflate or stored only)`));
      inflate = createInflateRaw();
      inflate.on("data", (data: Buffer) => out.push(data));
      inflate.on("error", (err) => out.destroy(err));
      feed(rest, done);
    },
    flush(done: TransformCallback) {
      if (head) return done(new ZipError("the archive ends inside its first header"));
      if (!inflate || inflate.readableEnded) return done();
      inflate.once("end", () => done());
      if (!inflate.writableEnded) inflate.end();
    },
  });
  function feed(chunk: Buffer, done: TransformCallback): void {
    // Zlib ends the inflater by itself at the deflate stream's end; later bytes are not the file's.
    if (inflate!.writableEnded || inflate!.readableEnded) return done();
    if (inflate!.write(chunk)) done();
    else inflate!.once("drain", () => done());
  }
  return input.pipe(out);
}
