// The demo corpus (data/articles) loaded into the test Neo4j as `ingest load data/articles` loads it,
// for the e2e files that each start from it. Importing the extractor takes ~2 s and starting the CLI
// ~3.5 s, once per file: the extraction is kept in test-results/cache instead (git-ignored, and this
// checkout's own: node_modules may be shared by several checkouts with different ingest code), keyed by
// the content of everything it is made from, so a change to the corpus, the data files, the ingest or
// cypher code or the locked dependencies extracts it again. explorer.test.ts still goes through the CLI.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Driver } from "neo4j-driver";
import { pino } from "pino";
import type { Extraction } from "../../ingest/facts.ts";
import { loadExtraction } from "../../ingest/load.ts";

const CORPUS = "data/articles";
const MADE_FROM = ["data", "ingest", "cypher", "package-lock.json"];
const CACHE_DIR = join("test-results", "cache");

export async function loadDemoCorpus(driver: Driver, database: string): Promise<void> {
  await loadExtraction(driver, await demoExtraction(), { database });
}

async function demoExtraction(): Promise<Extraction> {
  const file = join(CACHE_DIR, `demo-extraction-${contentHash(MADE_FROM)}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Extraction;
  } catch {
    // Not extracted yet from these inputs.
  }
  const { runExtraction } = await import("../../ingest/main.ts");
  const { extraction } = await runExtraction([CORPUS], {}, pino({ level: "silent" }));
  mkdirSync(CACHE_DIR, { recursive: true });
  // Written whole, then renamed: a run reading it meanwhile (they share the working tree) never sees
  // half a file. Extractions from older inputs go.
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, JSON.stringify(extraction));
  renameSync(partial, file);
  for (const old of readdirSync(CACHE_DIR))
    if (old.endsWith(".json") && old !== basename(file)) rmSync(join(CACHE_DIR, old), { force: true });
  return extraction;
}

/** A hash of the files at `paths` (each a file or a folder): their names and content. */
function contentHash(paths: string[]): string {
  const hash = createHash("sha256");
  for (const file of paths.flatMap(filesAt).sort()) hash.update(`${file}\0`).update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

function filesAt(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
