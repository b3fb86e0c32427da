// `ingest import-events`: streams ICEWS, GDELT or POLECAT files, maps each row to a meeting or an
// incident with the Report that coded it, and writes them in batches. A row that cannot be read is
// reported as FILE:LINE: field: message and skipped; the rest load.
import type { Driver } from "neo4j-driver";
import type { InputProblem } from "../facts.ts";
import { knownIndex, type KnownIndex } from "./actors.ts";
import { parseGdeltRow, GDELT_COLUMNS } from "./gdelt.ts";
import { parseIcewsHeader, parseIcewsRow } from "./icews.ts";
import { mapEventRow, type MappedRow, type PassReason } from "./map.ts";
import { parsePolecatHeader, parsePolecatRow } from "./polecat.ts";
import { readLines } from "./read-lines.ts";
import { RowError, type EventDataset, type EventRow } from "./rows.ts";
import { writeEventBatch, type WriteCounts } from "./write.ts";

export interface ImportOptions {
  format: EventDataset;
  database: string;
  codes?: readonly string[];
  batchSize?: number;
  index?: KnownIndex;
  onProgress?: (rowsRead: number) => void;
}

export interface ImportSummary {
  files: number;
  rowsRead: number;
  /** Rows that could not be read (each one is in `problems`). */
  rowsSkipped: number;
  /** Readable rows that are neither a meeting nor an incident (or outside --codes), by reason. */
  rowsPassed: Record<PassReason, number>;
  rowsImported: number;
  created: WriteCounts;
  /** The first MAX_PROBLEMS problems, so a file of bad rows cannot fill memory. */
  problems: InputProblem[];
  /** Problems beyond those kept. */
  problemsOmitted: number;
}

const MAX_PROBLEMS = 1000;

type RowParser = (fields: string[]) => EventRow;

/** The parser for a file's data rows, given its first line; undefined when that line is a header. */
function parserFor(format: EventDataset, first: string[]): { parse: RowParser; header: boolean } {
  if (format === "icews") {
    const header = parseIcewsHeader(first);
    return { parse: (f) => parseIcewsRow(f, header), header: true };
  }
  if (format === "polecat") {
    const header = parsePolecatHeader(first);
    return { parse: (f) => parsePolecatRow(f, header), header: true };
  }
  // GDELT exports have no header; tolerate one written by hand.
  return { parse: parseGdeltRow, header: first[0] === GDELT_COLUMNS[0] };
}

export async function importEvents(
  driver: Driver,
  files: string[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 1000;
  const index = options.index ?? knownIndex();
  const summary: ImportSummary = {
    files: 0,
    rowsRead: 0,
    rowsSkipped: 0,
    rowsPassed: { "not a meeting or incident code": 0, "not in --codes": 0, "meeting without two actors": 0 },
    rowsImported: 0,
    created: { actors: 0, reports: 0, places: 0, meetings: 0, incidents: 0 },
    problems: [],
    problemsOmitted: 0,
  };
  const problem = (p: InputProblem) => {
    if (summary.problems.length < MAX_PROBLEMS) summary.problems.push(p);
    else summary.problemsOmitted++;
  };
  let batch: MappedRow[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const created = await writeEventBatch(driver, options.database, batch);
    for (const k of Object.keys(created) as (keyof WriteCounts)[]) summary.created[k] += created[k];
    batch = [];
    options.onProgress?.(summary.rowsRead);
  };
  for (const file of files) {
    summary.files++;
    let parser: { parse: RowParser } | undefined;
    try {
      for await (const { line, text } of readLines(file)) {
        if (!text.trim()) continue;
        const fields = text.split("\t");
        try {
          if (!parser) {
            const p = parserFor(options.format, fields);
            parser = p;
            if (p.header) continue;
          }
          summary.rowsRead++;
          const row = parser.parse(fields);
          const mapped = mapEventRow(row, { codes: options.codes, index });
          if (typeof mapped === "string") summary.rowsPassed[mapped]++;
          else {
            summary.rowsImported++;
            batch.push(mapped);
            if (batch.length >= batchSize) await flush();
          }
        } catch (err) {
          if (!(err instanceof RowError)) throw err;
          // The field leads the message too: the CLI prints FILE:LINE: message.
          problem({ file, line, field: err.field, message: `${err.field}: ${err.message}` });
          // A bad header makes the whole file unreadable: say so once.
          if (!parser) break;
          summary.rowsSkipped++;
        }
      }
    } catch (err) {
      // An unreadable file (missing, not gzip) is reported; the next file is still imported.
      if (!isInputError(err)) throw err;
      problem({ file, message: (err as Error).message });
    }
  }
  await flush();
  return summary;
}

function isInputError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return typeof code === "string" && (code.startsWith("E") || code.startsWith("Z_"));
}
