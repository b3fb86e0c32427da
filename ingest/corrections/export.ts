// `ingest export-corrections FILE` (#19): every stored correction (undone ones too, so the history
// travels) as a curated file, which `ingest load --curated FILE` reads back; a team can keep its
// corrections in git and rebuild the same graph from the articles and that file.
import { writeFile } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import { stringify } from "yaml";
import { allCorrections } from "../../cypher/corrections/store.ts";

export async function exportCorrections(driver: Driver, database: string, file: string): Promise<number> {
  const corrections = (await allCorrections(driver, database)).map((s) => s.correction);
  const header =
    "# whomet corrections (#19), written by `ingest export-corrections`; load with `ingest load --curated`.\n";
  const body = file.endsWith(".json")
    ? JSON.stringify({ corrections }, null, 2)
    : header + stringify({ corrections }, { lineWidth: 0 });
  await writeFile(file, body.endsWith("\n") ? body : `${body}\n`);
  return corrections.length;
}
