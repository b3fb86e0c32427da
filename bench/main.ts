// Benchmark dispatcher: `npm run bench -- <name>` runs bench/<name>.ts's run(). Benchmarks print
// numbers and ratios; they assert no timings.
const BENCHES: Record<string, () => Promise<{ run: (args: string[]) => Promise<void> }>> = {
  ingest: () => import("./ingest.ts"),
  events: () => import("./events.ts"),
  api: () => import("./api.ts"),
  client: () => import("./client.ts"),
  reliability: () => import("./reliability.ts"),
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const load = name ? BENCHES[name] : undefined;
  if (!load) {
    process.stderr.write(`usage: npm run bench -- <${Object.keys(BENCHES).join("|")}>\n`);
    process.exitCode = 2;
    return;
  }
  await (await load()).run(args);
}

main().catch((err: Error) => {
  process.stderr.write(`bench failed: ${err.stack ?? err.message}\n`);
  process.exitCode = 1;
});
