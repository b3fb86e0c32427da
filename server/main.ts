// Starts the API and explorer: load config, open the driver, apply the schema, listen.
import { pino } from "pino";
import { applySchema, createDriver, neo4jUri } from "../cypher/neo4j.ts";
import { createApp } from "./app.ts";
import { loadConfig } from "./config.ts";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const log = pino({ level: config.LOG_LEVEL });
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
  const server = app.listen(config.PORT, config.HOST, () => {
    log.info({ url: `http://localhost:${config.PORT}`, neo4j: neo4jUri(config) }, "whomet is serving");
  });
  const shutdown = () => {
    server.close(() => void driver.close().then(() => process.exit(0)));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

void main();
