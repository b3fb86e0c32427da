// The benches' own Neo4j: other ports than the app's and the tests', more memory, set the same way
// for every bench (BENCH_NEO4J_BOLT_PORT, BENCH_NEO4J_HTTP_PORT, BENCH_NEO4J_HEAP, BENCH_NEO4J_PAGECACHE).

/** Each bench keeps its own default ports, so two benches never share (and empty) one database. */
export function benchNeo4jEnv(ports: { bolt: number; http: number }): Record<string, string> {
  return {
    NEO4J_BOLT_PORT: process.env.BENCH_NEO4J_BOLT_PORT ?? String(ports.bolt),
    NEO4J_HTTP_PORT: process.env.BENCH_NEO4J_HTTP_PORT ?? String(ports.http),
    NEO4J_HEAP: process.env.BENCH_NEO4J_HEAP ?? "2g",
    NEO4J_PAGECACHE: process.env.BENCH_NEO4J_PAGECACHE ?? "1g",
  };
}
