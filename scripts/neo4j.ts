// Local Neo4j launcher: provisions Neo4j 5.26 Community from Maven Central into .neo4j/ and runs it
// on 127.0.0.1. Used by `npm run neo4j -- start|stop|status|reset`, by `npm start` and by the tests.
// When NEO4J_URI is set nothing is provisioned: that server is used as it is.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { loadNeo4jConfig, neo4jUri, type Neo4jConfig } from "../cypher/neo4j.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const NEO4J_DIR = join(ROOT, ".neo4j");
const LIB_DIR = join(NEO4J_DIR, "lib");
const POM = join(ROOT, "scripts", "neo4j-pom", "pom.xml");
const ENTRY_CLASSES = ["org.neo4j.server.CommunityEntryPoint", "org.neo4j.server.Neo4jCommunity"];
const READY_TIMEOUT_MS = 180_000;

// The flags Neo4j's own launcher passes; in console mode the conf's JVM settings are not applied.
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:+ExitOnOutOfMemoryError",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
  "-Dfile.encoding=UTF-8",
];

export class LauncherError extends Error {}

const WAY_OUT =
  "Or point whomet at a running Neo4j with NEO4J_URI (and NEO4J_USER/NEO4J_PASSWORD), or use `docker compose up`.";

/** Where one local instance lives: one folder per Bolt port, so several can run side by side. */
export function instanceHome(config: Neo4jConfig): string {
  return join(NEO4J_DIR, `instance-${config.NEO4J_BOLT_PORT}`);
}

function logFile(config: Neo4jConfig): string {
  return join(instanceHome(config), "logs", "console.log");
}

function pidFile(config: Neo4jConfig): string {
  return join(instanceHome(config), "run", "whomet.pid");
}

function neo4jVersion(): string {
  const match = /<neo4j.version>([^<]+)<\/neo4j.version>/.exec(readFileSync(POM, "utf8"));
  if (!match?.[1]) throw new LauncherError(`${POM}: no <neo4j.version>`);
  return match[1];
}

function requireCommand(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new LauncherError(
      `${what} is needed to run Neo4j locally but \`${command}\` was not found. ${WAY_OUT}`,
    );
  }
}

/** Downloads the Neo4j jars from Maven Central once; later calls only check the marker file. */
export function provision(log: (msg: string) => void = console.log): void {
  const version = neo4jVersion();
  const marker = join(LIB_DIR, `.neo4j-${version}`);
  if (existsSync(marker)) return;
  requireCommand("java", ["-version"], "Java 17");
  requireCommand("mvn", ["-v"], "Maven");
  log(`Provisioning Neo4j ${version} Community from Maven Central into ${LIB_DIR} (about 125 MB, once)…`);
  const staging = `${LIB_DIR}.partial`;
  rmSync(staging, { recursive: true, force: true });
  const result = spawnSync(
    "mvn",
    [
      "-B",
      "-q",
      "-f",
      POM,
      "dependency:copy-dependencies",
      `-DoutputDirectory=${staging}`,
      "-Dmdep.prependGroupId=true",
      "-DincludeScope=runtime",
    ],
    { stdio: "inherit" },
  );
  if (result.status !== 0) {
    throw new LauncherError(
      `Downloading Neo4j ${version} with Maven failed (exit ${result.status}). ${WAY_OUT}`,
    );
  }
  writeFileSync(join(staging, `.neo4j-${version}`), new Date().toISOString());
  rmSync(LIB_DIR, { recursive: true, force: true });
  renameSync(staging, LIB_DIR);
}

// 5.26 names the entry class CommunityEntryPoint, later releases Neo4jCommunity. Zip entry names are
// stored uncompressed, so the jar's bytes tell which one it has without unpacking it.
function entryClass(): string {
  const jar = readFileSync(join(LIB_DIR, `org.neo4j.neo4j-${neo4jVersion()}.jar`));
  return ENTRY_CLASSES.find((c) => jar.includes(c.replaceAll(".", "/") + ".class")) ?? ENTRY_CLASSES[0]!;
}

function writeConf(config: Neo4jConfig): void {
  const home = instanceHome(config);
  for (const dir of ["conf", "logs", "run", "import", "data"])
    mkdirSync(join(home, dir), { recursive: true });
  const conf = [
    "server.default_listen_address=127.0.0.1",
    `server.bolt.listen_address=127.0.0.1:${config.NEO4J_BOLT_PORT}`,
    "server.bolt.tls_level=DISABLED",
    `server.http.listen_address=127.0.0.1:${config.NEO4J_HTTP_PORT}`,
    "server.https.enabled=false",
    "dbms.security.auth_enabled=true",
    `server.memory.pagecache.size=${config.NEO4J_PAGECACHE}`,
    // Query bombs (#16): one transaction's memory, all of them together, their time and their number.
    // Community 5.26 honours all four (test/integration/neo4j-limits.test.ts); string growth inside one
    // expression escapes the memory tracking, so the guard in server/queries/cypher-guard.ts bounds that.
    "db.memory.transaction.max=128m",
    "dbms.memory.transaction.total.max=256m",
    "db.transaction.timeout=30s",
    "db.transaction.concurrent.maximum=200",
    "dbms.security.allow_csv_import_from_file_urls=false",
    `server.directories.import=${join(home, "import")}`,
    "dbms.usage_report.enabled=false",
    "db.tx_log.rotation.retention_policy=2 files",
  ];
  writeFileSync(join(home, "conf", "neo4j.conf"), conf.join("\n") + "\n");
}

function readPid(config: Neo4jConfig): number | undefined {
  if (!existsSync(pidFile(config))) return undefined;
  const pid = Number(readFileSync(pidFile(config), "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

async function boltAnswers(config: Neo4jConfig): Promise<boolean> {
  const driver = neo4j.driver(neo4jUri(config), neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    connectionTimeout: 2_000,
  });
  try {
    const session = driver.session({ database: config.NEO4J_DATABASE });
    try {
      await session.run("RETURN 1");
      return true;
    } finally {
      await session.close();
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("Neo.ClientError.Security")) {
      throw new LauncherError(
        `Neo4j at ${neo4jUri(config)} refused NEO4J_USER/NEO4J_PASSWORD (${code}). The local store keeps the password it was created with: run \`npm run neo4j -- reset\` to start afresh.`,
      );
    }
    return false;
  } finally {
    await driver.close();
  }
}

function logTail(config: Neo4jConfig, lines = 30): string {
  if (!existsSync(logFile(config))) return "(no log yet)";
  return readFileSync(logFile(config), "utf8").split("\n").slice(-lines).join("\n");
}

function setInitialPassword(config: Neo4jConfig): void {
  const home = instanceHome(config);
  const marker = join(home, "data", ".password-set");
  if (existsSync(marker)) return;
  const result = spawnSync(
    "java",
    ["-cp", `${LIB_DIR}/*`, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", config.NEO4J_PASSWORD],
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, "conf") }, encoding: "utf8" },
  );
  if (result.status !== 0) {
    throw new LauncherError(`Setting the initial Neo4j password failed: ${result.stderr || result.stdout}`);
  }
  writeFileSync(marker, new Date().toISOString());
}

export interface StartResult {
  uri: string;
  /** True when this call started the server (so the caller may stop it again). */
  started: boolean;
}

/** Starts the local server (provisioning first) unless NEO4J_URI is set; waits until Bolt answers. */
export async function start(
  config: Neo4jConfig,
  log: (msg: string) => void = console.log,
): Promise<StartResult> {
  if (config.NEO4J_URI) {
    log(`NEO4J_URI is set: using ${config.NEO4J_URI}, nothing to start.`);
    return { uri: config.NEO4J_URI, started: false };
  }
  const uri = neo4jUri(config);
  if (isAlive(readPid(config)) && (await waitReady(config, 60_000))) {
    log(`Neo4j is already running at ${uri} (pid ${readPid(config)}).`);
    return { uri, started: false };
  }
  for (const port of [config.NEO4J_BOLT_PORT, config.NEO4J_HTTP_PORT]) {
    if (await portInUse(port)) {
      throw new LauncherError(
        `Port ${port} on 127.0.0.1 is already in use by another program. Stop it, or choose other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT. ${WAY_OUT}`,
      );
    }
  }
  provision(log);
  writeConf(config);
  setInitialPassword(config);
  const home = instanceHome(config);
  const out = openSync(logFile(config), "a");
  const child = spawn(
    "java",
    [
      `-Xms${config.NEO4J_HEAP}`,
      `-Xmx${config.NEO4J_HEAP}`,
      ...JVM_FLAGS,
      "-cp",
      `${LIB_DIR}/*`,
      entryClass(),
      `--home-dir=${home}`,
      `--config-dir=${join(home, "conf")}`,
      "--console-mode",
    ],
    { cwd: home, detached: true, stdio: ["ignore", out, out] },
  );
  child.unref();
  if (!child.pid) throw new LauncherError(`Could not start java. ${WAY_OUT}`);
  writeFileSync(pidFile(config), String(child.pid));
  log(`Starting Neo4j (pid ${child.pid}); log: ${logFile(config)}`);
  const began = Date.now();
  if (!(await waitReady(config, READY_TIMEOUT_MS, child.pid))) {
    if (isAlive(child.pid)) process.kill(child.pid, "SIGTERM");
    throw new LauncherError(
      `Neo4j did not become ready. Last lines of ${logFile(config)}:\n${logTail(config)}`,
    );
  }
  log(`Neo4j is ready at ${uri} after ${((Date.now() - began) / 1000).toFixed(1)} s.`);
  return { uri, started: true };
}

async function waitReady(config: Neo4jConfig, timeoutMs: number, pid?: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (pid !== undefined && !isAlive(pid)) return false;
    if (await boltAnswers(config)) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/** Stops the local server cleanly (SIGTERM runs Neo4j's shutdown hook). */
export async function stop(config: Neo4jConfig, log: (msg: string) => void = console.log): Promise<void> {
  const pid = readPid(config);
  if (!isAlive(pid)) {
    log("Neo4j is not running.");
    rmSync(pidFile(config), { force: true });
    return;
  }
  // The pid file goes first: a supervisor (server/main.ts) restarts a Neo4j whose pid file outlives it.
  rmSync(pidFile(config), { force: true });
  process.kill(pid!, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(pid)) process.kill(pid!, "SIGKILL");
  rmSync(pidFile(config), { force: true });
  log(`Neo4j (pid ${pid}) stopped.`);
}

export async function status(
  config: Neo4jConfig,
  log: (msg: string) => void = console.log,
): Promise<boolean> {
  if (config.NEO4J_URI) {
    const up = await boltAnswers(config);
    log(`NEO4J_URI=${config.NEO4J_URI}: ${up ? "answers" : "does not answer"}.`);
    return up;
  }
  const pid = readPid(config);
  const up = isAlive(pid) && (await boltAnswers(config));
  log(up ? `Neo4j is running at ${neo4jUri(config)} (pid ${pid}).` : "Neo4j is not running.");
  return up;
}

/**
 * The launcher's instance for `config`: `running`; `stopped` (never started, or by `stop`, which removes
 * the pid file); `crashed` (its pid file names a process that is gone: killed, out of memory).
 */
export function instanceState(config: Neo4jConfig): "running" | "stopped" | "crashed" {
  const pid = readPid(config);
  if (pid === undefined) return "stopped";
  return isAlive(pid) ? "running" : "crashed";
}

/** The pid of the launcher's running instance for `config`, if any. */
export function instancePid(config: Neo4jConfig): number | undefined {
  const pid = readPid(config);
  return isAlive(pid) ? pid : undefined;
}

export interface SupervisorState {
  state: "running" | "restarting" | "stopped";
  /** Restarts that brought Neo4j back. */
  restarts: number;
  lastCrashAt?: string;
  lastError?: string;
}

export interface Supervisor {
  state(): SupervisorState;
  /** Stops watching (Neo4j keeps running). */
  stop(): void;
}

interface SupervisorLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/**
 * Watches the launcher's instance and restarts it when it crashes, waiting 1 s, 2 s, 4 s … (at most
 * `maxBackoffMs`) before each attempt while attempts keep failing or it keeps crashing; a Neo4j that
 * stayed up for `stableMs` starts again from 1 s. A Neo4j stopped on purpose (`npm run neo4j -- stop`)
 * stays stopped.
 */
export function supervise(
  config: Neo4jConfig,
  log: SupervisorLog,
  { checkMs = 1_000, maxBackoffMs = 60_000, stableMs = 60_000 } = {},
): Supervisor {
  const state: SupervisorState = {
    state: instanceState(config) === "running" ? "running" : "stopped",
    restarts: 0,
  };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;
  let upSince = Date.now();
  const later = (ms: number) =>
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });

  const restart = async () => {
    state.state = "restarting";
    state.lastCrashAt = new Date().toISOString();
    if (Date.now() - upSince >= stableMs) failures = 0;
    while (!stopped) {
      const backoffMs = Math.min(maxBackoffMs, 1_000 * 2 ** failures);
      log.warn({ pid: readPid(config), backoffMs, attempt: failures + 1 }, "Neo4j crashed; restarting it");
      await later(backoffMs);
      if (stopped) return;
      // Stopped on purpose meanwhile, or started by someone else: nothing to do.
      if (instanceState(config) !== "crashed") break;
      try {
        await start(config, (message) => log.info({}, message));
        state.restarts += 1;
        upSince = Date.now();
        log.info({ restarts: state.restarts, pid: readPid(config) }, "Neo4j restarted");
        failures += 1;
        break;
      } catch (error) {
        failures += 1;
        state.lastError = (error as Error).message;
        log.error({ err: error, attempt: failures }, "restarting Neo4j failed");
      }
    }
    const now = instanceState(config);
    state.state = now === "crashed" ? "restarting" : now;
  };

  const check = async () => {
    while (!stopped) {
      const now = instanceState(config);
      if (now === "crashed") await restart();
      else state.state = now;
      if (stopped) return;
      await later(checkMs);
    }
  };
  void check();
  return {
    state: () => ({ ...state }),
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Stops the server and deletes its data (the downloaded jars stay). */
export async function reset(config: Neo4jConfig, log: (msg: string) => void = console.log): Promise<void> {
  await stop(config, log);
  rmSync(instanceHome(config), { recursive: true, force: true });
  log(`Deleted ${instanceHome(config)}.`);
}

const USAGE = `Usage: npm run neo4j -- <start|stop|status|reset>

  start   provision Neo4j ${"5.26"} Community (once) and start it on 127.0.0.1; waits until Bolt answers
  stop    stop the local server cleanly
  status  say whether it runs
  reset   stop it and delete its data

Environment: NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474), NEO4J_PASSWORD, NEO4J_HEAP (512m),
NEO4J_PAGECACHE (128m). With NEO4J_URI set, nothing is provisioned or started.`;

async function main(argv: string[]): Promise<number> {
  const command = argv[0];
  if (!command || command === "--help" || command === "-h") {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const config = loadNeo4jConfig();
  switch (command) {
    case "start":
      await start(config);
      return 0;
    case "stop":
      await stop(config);
      return 0;
    case "status":
      return (await status(config)) ? 0 : 1;
    case "reset":
      await reset(config);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof LauncherError ? error.message : error);
      process.exit(1);
    },
  );
}
