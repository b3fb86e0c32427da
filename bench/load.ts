// The API bench's load generator, run in a worker thread (bench/api.ts `load()`), so it does not share
// the server's event loop. autocannon itself reports no p95 (its percentiles jump from p90 to p97.5),
// so every 2xx response time is sent back and the percentiles are computed exactly.
import { parentPort, Worker, workerData } from "node:worker_threads";
import autocannon from "autocannon";

export interface LoadOptions {
  url: string;
  requests: autocannon.Request[];
  connections: number;
  duration: number;
}

export interface LoadResult {
  /** Milliseconds of each 2xx response, in completion order. */
  times: number[];
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Responses by status code, for a clear error when some were not 2xx. */
  statuses: Record<number, number>;
}

/** Runs autocannon in a worker thread with this file as its code (tsx registered there too). */
export function load(options: LoadOptions): Promise<LoadResult> {
  const self = JSON.stringify(import.meta.url);
  const worker = new Worker(
    `import("tsx/esm/api").then(({ register }) => { register(); return import(${self}); })`,
    { eval: true, workerData: options },
  );
  return new Promise((resolve, reject) => {
    worker.once("message", (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

async function generate(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  const instance = autocannon({ ...options }, () => undefined);
  instance.on("response", (_client, statusCode: number, _bytes, responseTime: number) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
  });
  const result = await new Promise<autocannon.Result>((resolve) => instance.once("done", resolve));
  return { times, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, statuses };
}

if (parentPort && workerData) {
  parentPort.postMessage(await generate(workerData as LoadOptions));
}
