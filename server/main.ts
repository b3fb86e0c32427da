// Starts the API and explorer: load config, open the driver, apply the schema, listen.
import { createDriver, neo4jUri } from "../cypher/neo4j.ts";
import { applySchema } from "../cypher/run.ts";
import { instanceState, supervise, type Supervisor } from "../scripts/neo4j.ts";
import { createApp } from "./app.ts";
import { loadConfig, type Config } from "./config.ts";
import { createLogger } from "./logger.ts";
import { reportSupervision } from "./routes/health.ts";
import { keepWarm } from "./warm-up.ts";

/** What stops a listen, in words, with the way out. */
function listenFailure(error: NodeJS.ErrnoException, { HOST, PORT }: Pick<Config, "HOST" | "PORT">): string {
  const address = `${HOST.includes(":") ? `[${HOST}]` : HOST}:${PORT}`;
  switch (error.code) {
    case "EADDRINUSE":
      return `cannot listen on ${address}: port ${PORT} is in use: stop the other whomet or set PORT`;
    case "EACCES":
      return `cannot listen on ${address}: port ${PORT} needs privileges: set PORT to 1024 or above`;
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
      return `cannot listen on ${address}: ${HOST} is not an address of this machine: set HOST (0.0.0.0 for all)`;
    default:
      return `cannot listen on ${address}: ${error.message}`;
  }
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const log = createLogger(config);
  const driver = createDriver(config);
  try {
    await applySchema(driver, config.NEO4J_DATABASE);
  } catch (error) {
    log.error(
      { err: error, uri: neo4jUri(config) },
      "cannot reach Neo4j; start it with `npm run neo4j -- start` or set NEO4J_URI",
    );
    await driver.close();
    process.exit(1);
  }
  let app;
  try {
    app = createApp({ config, driver, log });
  } catch (error) {
    // A saved query with a bad header stops the start, naming the file and line.
    log.error((error as Error).message);
    await driver.close();
    process.exit(2);
  }
  // The launcher's own Neo4j (NEO4J_URI unset, as with `npm start`) is whomet's to keep running: a crash
  // is restarted with backoff and /api/health says so meanwhile (#16). A server given by NEO4J_URI is
  // someone else's to run.
  let supervisor: Supervisor | undefined;
  if (!config.NEO4J_URI && config.NEO4J_SUPERVISE && instanceState(config) === "running") {
    supervisor = supervise(config, log.child({ component: "neo4j-supervisor" }));
    reportSupervision(driver, supervisor.state);
  }
  // Express 5 hands a listen error (a busy port, a bad HOST) to this callback instead of throwing it.
  const server = app.listen(config.PORT, config.HOST, (error) => {
    if (error) {
      // The message says it all; a stack would bury it.
      const code = (error as NodeJS.ErrnoException).code;
      log.error({ code }, listenFailure(error, config));
      supervisor?.stop();
      void driver.close().finally(() => process.exit(1));
      return;
    }
    log.info({ url: `http://localhost:${config.PORT}`, neo4j: neo4jUri(config) }, "whomet is serving");
    // After the listen, in the background: the server is ready at once, and the first requests find
    // Neo4j's query plans cached (#16).
    if (config.NEO4J_WARM_UP_MS > 0)
      stopWarming = keepWarm(
        { driver, database: config.NEO4J_DATABASE, timeouts: config },
        log,
        config.NEO4J_WARM_UP_MS,
      );
  });
  let stopWarming: (() => void) | undefined;
  const shutdown = () => {
    stopWarming?.();
    supervisor?.stop();
    server.close(() => void driver.close().then(() => process.exit(0)));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

void main();
