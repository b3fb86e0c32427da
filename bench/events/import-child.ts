// Runs `importEvents` on one file in its own process, so the bench reads this importer's peak memory
// (maxRSS) apart from the bench's. Prints one JSON line: rows, elapsed ms, peak RSS in MiB.
import { createDriver, loadNeo4jConfig } from "../../cypher/neo4j.ts";
import { applySchema } from "../../cypher/run.ts";
import { importEvents } from "../../ingest/events/import.ts";

const [file] = process.argv.slice(2);
const config = loadNeo4jConfig();
const driver = createDriver(config);
try {
  await applySchema(driver, config.NEO4J_DATABASE);
  const started = performance.now();
  const summary = await importEvents(driver, [file!], { format: "icews", database: config.NEO4J_DATABASE });
  const ms = performance.now() - started;
  process.stdout.write(
    JSON.stringify({
      rowsRead: summary.rowsRead,
      rowsImported: summary.rowsImported,
      problems: summary.problems.length,
      created: summary.created,
      ms,
      peakMiB: process.resourceUsage().maxRSS / 1024,
    }) + "\n",
  );
} finally {
  await driver.close();
}
