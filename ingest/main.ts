// The ingest CLI: read → extract → (curate) → print JSON or load into Neo4j. Logs go to stderr so
// that `extract --json` prints exactly one JSON document on stdout. The exit code is 1 when any
// input failed; everything that could be read is still extracted (and printed or loaded).
import { Command, Option } from "commander";
import { SingleBar } from "cli-progress";
import { pino, type Logger } from "pino";
import { z } from "zod";
import { createDriver, loadNeo4jConfig, parseEnv } from "../cypher/neo4j.ts";
import { applySchema } from "../cypher/run.ts";
import { applyCurated, curatedKnownActors, readCurated, type Curated } from "./curated.ts";
import { extractArticles, withinSizeLimit } from "./extract.ts";
import type { Extraction, InputProblem } from "./facts.ts";
import { GAZETTEER, knownActors } from "./gazetteer.ts";
import { builtInLexicon, type Lexicon } from "./lexicon.ts";
import { applyUserLexicon, readUserLexicon } from "./lexicon-read.ts";
import {
  LegacyArticlesError,
  loadExtraction,
  removeLegacyArticles,
  settleEvents,
  type LoadCounts,
  type LoadSummary,
} from "./load.ts";
import { isIsoDate, readArticles, type ReadResult } from "./read.ts";
import { ActorRegistry } from "./resolve.ts";
import { verifyGraph } from "./verify.ts";
import { importEvents } from "./events/import.ts";
import { EVENT_DATASETS, type EventDataset } from "./events/rows.ts";
import type { Correction } from "../cypher/corrections/correction.ts";
import { exportCorrections } from "./corrections/export.ts";

const LogEnv = z.object({
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "silent"]).default("info"),
});

interface CommonOptions {
  date?: string;
  curated?: string;
  lexicon?: string;
  verbose?: boolean;
}

// Logs go to stderr: readable lines for a person at a terminal, JSON lines for a machine.
function makeLogger(): Logger {
  const { LOG_LEVEL } = parseEnv(LogEnv);
  if (process.stderr.isTTY)
    return pino({
      level: LOG_LEVEL,
      base: { run: "ingest" },
      transport: { target: "pino-pretty", options: { destination: 2, ignore: "pid,hostname,run" } },
    });
  return pino({ level: LOG_LEVEL, base: { run: "ingest" } }, pino.destination(2));
}

function describe(p: InputProblem): string {
  const where = [p.file, p.line].filter((x) => x !== undefined).join(":");
  return `${where}: ${p.message}`;
}

/** Reads, extracts and applies curated facts; problems are collected, never thrown. */
export async function runExtraction(
  paths: string[],
  options: CommonOptions,
  log: Logger,
): Promise<{
  extraction: Extraction;
  problems: InputProblem[];
  duplicates: ReadResult["duplicates"];
  corrections: Correction[];
}> {
  const problems: InputProblem[] = [];
  let curated: Curated | undefined;
  if (options.curated) {
    const result = await readCurated(options.curated);
    problems.push(...result.problems);
    curated = result.curated;
  }
  const read = await readArticles(paths, { date: options.date });
  problems.push(...read.problems);
  const sized = withinSizeLimit(read.articles);
  problems.push(...sized.problems);
  // A user's lexicon extends the built-in one (its entries replace built-in ones of the same name);
  // the registry and the extractor must be given the same lexicon.
  let lexicon: Lexicon | undefined;
  if (options.lexicon) {
    const result = await readUserLexicon(options.lexicon);
    problems.push(...result.problems);
    if (result.lexicon) lexicon = applyUserLexicon(builtInLexicon(), { ...result, lexicon: result.lexicon });
  }
  const base = lexicon ? knownActors(lexicon) : GAZETTEER;
  const known = curated ? [...curatedKnownActors(curated), ...base] : base;
  const registry = new ActorRegistry(known);
  const started = performance.now();
  const extraction = extractArticles(sized.articles, { registry, lexicon, log });
  if (curated && options.curated)
    problems.push(...applyCurated(extraction, curated, read.articles, options.curated));
  log.info(
    {
      articles: extraction.articles.length,
      actors: extraction.actors.length,
      meetings: extraction.meetings.length,
      incidents: extraction.incidents.length,
      problems: problems.length,
      ms: Math.round(performance.now() - started),
    },
    "extracted",
  );
  return { extraction, problems, duplicates: read.duplicates, corrections: curated?.corrections ?? [] };
}

/** Articles that no meeting or incident cites: noise, or text the extractor could not read. */
export function articlesWithoutFacts(extraction: Extraction): Extraction["articles"] {
  const cited = new Set(
    [...extraction.meetings, ...extraction.incidents].flatMap((f) => f.sources.map((s) => s.article)),
  );
  return extraction.articles.filter((a) => !cited.has(a.id));
}

function reportProblems(problems: InputProblem[]): void {
  // For a person at the terminal: one line per problem, naming file, line and field.
  for (const p of problems) process.stderr.write(`error: ${describe(p)}\n`);
}

function dateOption(value: string): string {
  if (!isIsoDate(value)) throw new Error(`--date: "${value}" is not a valid YYYY-MM-DD date`);
  return value;
}

async function extractCommand(paths: string[], options: CommonOptions & { json?: boolean }): Promise<number> {
  const log = makeLogger();
  const { extraction, problems } = await runExtraction(paths, options, log);
  if (options.json) process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
  else {
    console.log(
      `${extraction.articles.length} articles: ${extraction.actors.length} actors, ${extraction.meetings.length} meetings, ${extraction.incidents.length} incidents`,
    );
    for (const m of extraction.meetings)
      console.log(`  meeting  ${m.date} ${m.kind} ${m.participants.join(", ")}`);
    for (const i of extraction.incidents) console.log(`  incident ${i.date} ${i.kind} @ ${i.place}`);
  }
  reportProblems(problems);
  return problems.length ? 1 : 0;
}

interface LoadCommandOptions extends CommonOptions {
  batchSize: number;
}

async function loadCommand(paths: string[], options: LoadCommandOptions, migrate = false): Promise<number> {
  const log = makeLogger();
  const { extraction, problems, duplicates, corrections } = await runExtraction(paths, options, log);
  const config = loadNeo4jConfig();
  const driver = createDriver(config);
  const database = config.NEO4J_DATABASE;
  const bar = new SingleBar({
    format: "loading [{bar}] {value}/{total} rows",
    stream: process.stderr,
    hideCursor: true,
    noTTYOutput: false,
  });
  let summary: LoadSummary;
  let legacy: { articles: number; events: string[] } | undefined;
  try {
    await applySchema(driver, database);
    if (migrate) legacy = await removeLegacyArticles(driver, database);
    let started = false;
    summary = await loadExtraction(driver, extraction, {
      database,
      batchSize: options.batchSize,
      corrections,
      onProgress: (done, total) => {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
    });
    if (started) bar.stop();
    if (legacy?.events.length) summary.factsRemoved += await settleEvents(driver, database, legacy.events);
  } catch (err) {
    bar.stop();
    if (err instanceof LegacyArticlesError) {
      process.stderr.write(`error: ${err.message}\n`);
      return 1;
    }
    log.error({ err }, "load failed");
    process.stderr.write(`error: loading into Neo4j failed: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await driver.close();
  }
  const n = (v: number) => String(v).padStart(6);
  const row = (name: string, c: LoadCounts) =>
    `  ${name.padEnd(10)} ${n(c.created)} created ${n(c.updated)} updated ${n(c.unchanged)} unchanged`;
  const empty = articlesWithoutFacts(extraction);
  const lines = [
    "Loaded:",
    row("articles", summary.articles),
    row("actors", summary.actors),
    row("meetings", summary.meetings),
    row("incidents", summary.incidents),
    row("places", summary.places),
  ];
  if (legacy) lines.push(`  migrated   ${n(legacy.articles)} articles stored by file name removed`);
  if (summary.factsRemoved)
    lines.push(`  removed    ${n(summary.factsRemoved)} facts no article reports any more`);
  if (summary.corrections.applied || summary.corrections.missing.length)
    lines.push(
      `  corrections ${n(summary.corrections.applied)} applied ${n(summary.corrections.missing.length)} with a target not in the graph (see ingest verify)`,
    );
  if (duplicates.length)
    lines.push(`  duplicates ${n(duplicates.length)} inputs repeat an article read already`);
  lines.push(`  articles without facts ${n(empty.length)}`);
  lines.push(`  errors     ${n(problems.length)}`);
  console.log(lines.join("\n"));
  if (options.verbose) {
    for (const a of empty) console.log(`  without facts: ${a.file ?? a.slug} (${a.id})`);
    for (const d of duplicates)
      console.log(`  duplicate: ${[d.file, d.line].filter(Boolean).join(":")} repeats ${d.of}`);
  }
  reportProblems(problems);
  return problems.length ? 1 : 0;
}

async function verifyCommand(): Promise<number> {
  const config = loadNeo4jConfig();
  const driver = createDriver(config);
  try {
    const report = await verifyGraph(driver, config.NEO4J_DATABASE, undefined, config);
    for (const p of report.problems) process.stderr.write(`error: ${p.message}\n`);
    console.log(
      `Verified ${report.articles} articles, ${report.quotes} quotes, ${report.facts} meetings and incidents: ` +
        (report.problems.length ? `${report.problems.length} problems` : "every quote is its article's text"),
    );
    return report.problems.length ? 1 : 0;
  } catch (err) {
    process.stderr.write(`error: verifying the graph failed: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await driver.close();
  }
}

// --- import-events (issue #21): coded event data (ICEWS, GDELT, POLECAT) → meetings, incidents, Reports.
interface ImportEventsOptions {
  format: EventDataset;
  codes: string[];
  batchSize: number;
}

async function importEventsCommand(files: string[], options: ImportEventsOptions): Promise<number> {
  const log = makeLogger();
  const config = loadNeo4jConfig();
  const driver = createDriver(config);
  const started = performance.now();
  try {
    await applySchema(driver, config.NEO4J_DATABASE);
    const summary = await importEvents(driver, files, {
      format: options.format,
      database: config.NEO4J_DATABASE,
      codes: options.codes,
      batchSize: options.batchSize,
      onProgress: (rows) => log.debug({ rows }, "rows read"),
    });
    const n = (v: number) => String(v).padStart(7);
    const passed = Object.entries(summary.rowsPassed).filter(([, v]) => v > 0);
    console.log(
      [
        `Imported ${options.format} (${summary.files} file${summary.files === 1 ? "" : "s"}):`,
        `  rows read     ${n(summary.rowsRead)}`,
        `  rows imported ${n(summary.rowsImported)}`,
        ...passed.map(([why, v]) => `  rows passed   ${n(v)} ${why}`),
        `  rows skipped  ${n(summary.rowsSkipped)} could not be read`,
        "Created:",
        ...Object.entries(summary.created).map(([k, v]) => `  ${k.padEnd(13)} ${n(v)}`),
        `  errors        ${n(summary.problems.length + summary.problemsOmitted)}`,
      ].join("\n"),
    );
    log.info(
      { ...summary.created, rows: summary.rowsRead, ms: Math.round(performance.now() - started) },
      "imported",
    );
    reportProblems(summary.problems);
    if (summary.problemsOmitted) process.stderr.write(`error: … and ${summary.problemsOmitted} more\n`);
    return summary.problems.length ? 1 : 0;
  } catch (err) {
    log.error({ err }, "import failed");
    process.stderr.write(`error: importing into Neo4j failed: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await driver.close();
  }
}

function addImportEventsCommand(program: Command): void {
  program
    .command("import-events")
    .description(
      "import coded event data into Neo4j: CAMEO 04x (consult) as meetings, 15x–20x as incidents, each " +
        "CODED_IN the Report (dataset, story, publisher, URL) that coded it; .gz and .zip files are read as streams",
    )
    .argument(
      "<files...>",
      "event files (.tab/.tsv/.csv, the same gzip-compressed as .gz, or a .zip holding one)",
    )
    .addOption(
      new Option("--format <format>", "the files' dataset")
        .choices([...EVENT_DATASETS])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option("--codes <prefixes>", "import only CAMEO codes starting with these, comma-separated (04,19)")
        .default([])
        .argParser((v) => {
          const codes = v
            .split(",")
            .map((c) => c.trim())
            .filter(Boolean);
          const bad = codes.find((c) => !/^\d{1,4}$/.test(c));
          if (bad !== undefined || !codes.length)
            throw new Error(`--codes: "${v}" must be CAMEO code prefixes like 04,19`);
          return codes;
        }),
    )
    .addOption(
      new Option("--batch-size <n>", "rows per transaction").default(1000).argParser((v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new Error(`--batch-size: "${v}" must be a positive integer`);
        return n;
      }),
    )
    .action(async (files: string[], opts: ImportEventsOptions) => {
      process.exitCode = await importEventsCommand(files, opts);
    });
}
// --- end import-events

export function buildCli(): Command {
  const program = new Command("ingest")
    .description("Turn news articles into actors, meetings and incidents (JSON or Neo4j)")
    .showHelpAfterError();
  const common = (cmd: Command) =>
    cmd
      .argument("<paths...>", "article files or folders (.txt, .jsonl), walked recursively")
      .addOption(
        new Option("--date <YYYY-MM-DD>", "publication date for .txt files without one").argParser(
          dateOption,
        ),
      )
      .option("--curated <file>", "curated facts (JSON or YAML) that add or correct extracted ones")
      .option(
        "--lexicon <file>",
        "more known states, organizations, persons (with offices), incident words and places: YAML or JSON in the form of data/lexicon/, or a Phoenix/CAMEO actor dictionary (*.actors.txt)",
      )
      .option("--verbose", "list articles without facts and repeated inputs");
  common(program.command("extract").description("extract facts and print them (no database)"))
    .option("--json", "print the Extraction as one JSON document on stdout")
    .action(async (paths: string[], opts: CommonOptions & { json?: boolean }) => {
      process.exitCode = await extractCommand(paths, opts);
    });
  const batchSize = () =>
    new Option("--batch-size <n>", "rows per transaction").default(500).argParser((v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--batch-size: "${v}" must be a positive integer`);
      return n;
    });
  common(program.command("load").description("extract facts and load them into Neo4j (NEO4J_* environment)"))
    .addOption(batchSize())
    .action(async (paths: string[], opts: LoadCommandOptions) => {
      process.exitCode = await loadCommand(paths, opts);
    });
  common(
    program
      .command("migrate")
      .description(
        "move a graph from an earlier whomet (articles keyed by file name) to content ids: remove those " +
          "articles and their quotes, load PATHS, and remove facts no article reports any more",
      ),
  )
    .addOption(batchSize())
    .action(async (paths: string[], opts: LoadCommandOptions) => {
      process.exitCode = await loadCommand(paths, opts, true);
    });
  program
    .command("verify")
    .description(
      "check the graph's evidence: every quote is its article's text at its offsets, every article has " +
        "its text, every meeting and incident a source (exit 1 on any problem)",
    )
    .action(async () => {
      process.exitCode = await verifyCommand();
    });
  addImportEventsCommand(program);
  program
    .command("export-corrections")
    .description(
      "write every stored correction (#19) to FILE (YAML, or JSON for .json), a curated file for --curated",
    )
    .argument("<file>", "the file to write")
    .action(async (file: string) => {
      const config = loadNeo4jConfig();
      const driver = createDriver(config);
      try {
        const n = await exportCorrections(driver, config.NEO4J_DATABASE, file);
        console.log(`Exported ${n} corrections to ${file}`);
      } catch (err) {
        process.stderr.write(`error: exporting corrections failed: ${(err as Error).message}\n`);
        process.exitCode = 1;
      } finally {
        await driver.close();
      }
    });
  return program;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildCli()
    .parseAsync()
    .catch((err: Error) => {
      process.stderr.write(`error: ${err.message}\n`);
      process.exitCode = 1;
    });
}
