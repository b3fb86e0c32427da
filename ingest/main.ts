// The ingest CLI: read → extract → (curate) → print JSON or load into Neo4j. Logs go to stderr so
// that `extract --json` prints exactly one JSON document on stdout. The exit code is 1 when any
// input failed; everything that could be read is still extracted (and printed or loaded).
import { Command, Option } from "commander";
import { SingleBar } from "cli-progress";
import { pino, type Logger } from "pino";
import { z } from "zod";
import { applySchema, createDriver, loadNeo4jConfig, parseEnv } from "../cypher/neo4j.ts";
import { applyCurated, curatedKnownActors, readCurated, type Curated } from "./curated.ts";
import { extractArticles } from "./extract.ts";
import type { Extraction, InputProblem } from "./facts.ts";
import { GAZETTEER } from "./gazetteer.ts";
import { loadExtraction, type LoadSummary } from "./load.ts";
import { isIsoDate, readArticles } from "./read.ts";
import { ActorRegistry } from "./resolve.ts";
import { buildIndex } from "./extract-actors.ts";

const LogEnv = z.object({
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "silent"]).default("info"),
});

interface CommonOptions {
  date?: string;
  curated?: string;
}

function makeLogger(): Logger {
  const { LOG_LEVEL } = parseEnv(LogEnv);
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
): Promise<{ extraction: Extraction; problems: InputProblem[] }> {
  const problems: InputProblem[] = [];
  let curated: Curated | undefined;
  if (options.curated) {
    const result = await readCurated(options.curated);
    problems.push(...result.problems);
    curated = result.curated;
  }
  const read = await readArticles(paths, { date: options.date });
  problems.push(...read.problems);
  const known = curated ? [...curatedKnownActors(curated), ...GAZETTEER] : GAZETTEER;
  if (curated) buildIndex(known);
  const registry = new ActorRegistry(known);
  const started = performance.now();
  const extraction = extractArticles(read.articles, { registry, log });
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
  return { extraction, problems };
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

async function loadCommand(paths: string[], options: CommonOptions & { batchSize: number }): Promise<number> {
  const log = makeLogger();
  const { extraction, problems } = await runExtraction(paths, options, log);
  const config = loadNeo4jConfig();
  const driver = createDriver(config);
  const bar = new SingleBar({
    format: "loading [{bar}] {value}/{total} rows",
    stream: process.stderr,
    hideCursor: true,
    noTTYOutput: false,
  });
  let summary: LoadSummary;
  try {
    await applySchema(driver, config.NEO4J_DATABASE);
    let started = false;
    summary = await loadExtraction(driver, extraction, {
      database: config.NEO4J_DATABASE,
      batchSize: options.batchSize,
      onProgress: (done, total) => {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
    });
    if (started) bar.stop();
  } catch (err) {
    bar.stop();
    log.error({ err }, "load failed");
    process.stderr.write(`error: loading into Neo4j failed: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await driver.close();
  }
  const row = (name: string, c: { created: number; unchanged: number }) =>
    `  ${name.padEnd(10)} ${String(c.created).padStart(6)} created ${String(c.unchanged).padStart(6)} unchanged`;
  console.log(
    [
      "Loaded:",
      row("articles", summary.articles),
      row("actors", summary.actors),
      row("meetings", summary.meetings),
      row("incidents", summary.incidents),
      row("places", summary.places),
      `  errors     ${String(problems.length).padStart(6)}`,
    ].join("\n"),
  );
  reportProblems(problems);
  return problems.length ? 1 : 0;
}

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
      .option("--curated <file>", "curated facts (JSON or YAML) that add or correct extracted ones");
  common(program.command("extract").description("extract facts and print them (no database)"))
    .option("--json", "print the Extraction as one JSON document on stdout")
    .action(async (paths: string[], opts: CommonOptions & { json?: boolean }) => {
      process.exitCode = await extractCommand(paths, opts);
    });
  common(program.command("load").description("extract facts and load them into Neo4j (NEO4J_* environment)"))
    .addOption(
      new Option("--batch-size <n>", "rows per transaction").default(500).argParser((v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new Error(`--batch-size: "${v}" must be a positive integer`);
        return n;
      }),
    )
    .action(async (paths: string[], opts: CommonOptions & { batchSize: number }) => {
      process.exitCode = await loadCommand(paths, opts);
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
