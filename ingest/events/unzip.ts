// Streams the first file of a .zip archive (GDELT 1.0 publishes one CSV per zip) through yauzl, which
// reads the central directory, so sizes written after the data (data descriptors) and stored or
// deflated entries are all handled; the entry is inflated as a stream, never held in memory.
import { PassThrough, type Readable } from "node:stream";
import yauzl from "yauzl";

/** An error in the archive itself; its code makes the importer report the file and go on. */
export class ZipError extends Error {
  readonly code = "EZIP";
}

/** File system and zlib errors keep their code (ENOENT, Z_DATA_ERROR); yauzl's own get EZIP. */
function asInputError(err: Error, context?: string): Error {
  if (typeof (err as NodeJS.ErrnoException).code === "string") return err;
  return new ZipError(context ? `${context}: ${err.message}` : err.message);
}

/** The first file entry's bytes, uncompressed. */
export function unzipFirstEntry(file: string): Readable {
  const out = new PassThrough();
  yauzl.open(file, { lazyEntries: true }, (openError, zip) => {
    if (openError) return out.destroy(asInputError(openError, "not a zip archive"));
    const closeZip = () => {
      if (zip.isOpen) zip.close();
    };
    out.once("close", closeZip);
    zip.on("error", (err: Error) => out.destroy(asInputError(err)));
    zip.once("end", () => out.destroy(new ZipError("the archive holds no file")));
    zip.on("entry", (entry: yauzl.Entry) => {
      // A directory entry has no bytes; the file is further on.
      if (entry.fileName.endsWith("/")) return zip.readEntry();
      zip.removeAllListeners("end");
      zip.openReadStream(entry, (streamError, stream) => {
        if (streamError) return out.destroy(asInputError(streamError));
        stream.on("error", (err: Error) => out.destroy(asInputError(err)));
        out.once("close", () => stream.destroy());
        stream.pipe(out);
      });
    });
    zip.readEntry();
  });
  return out;
}
