// Admission per route class (#22): at most `concurrency` requests of a class reach Neo4j at once and at
// most `queue` more wait their turn here, first come first served; beyond that a request is refused at
// once, cheaply, with 503 `overloaded` and a Retry-After. Without it, 32 saved-query runs around a hub
// went to Neo4j together, outgrew its memory pool for all transactions
// (Neo.TransientError.General.MemoryPoolOutOfMemoryError) and came back as "Neo4j is unavailable".
import type { RequestHandler } from "express";
import { AppError } from "./errors.ts";

export interface QueueLimits {
  /** Names the class in messages and logs ("query", "explore"). */
  name: string;
  /** Requests of the class running at once. */
  concurrency: number;
  /** Requests of the class waiting for a slot; one more is refused. */
  queue: number;
}

/** Longest Retry-After, seconds: past that an estimate says nothing. */
const MAX_RETRY_AFTER_S = 60;

export class RequestQueue {
  private running = 0;
  private readonly waiting = new Set<() => void>();
  /** Mean time a request holds a slot, ms (moving average), for Retry-After. */
  private meanMs = 1_000;

  constructor(readonly limits: QueueLimits) {}

  /**
   * Waits for a slot and resolves to the function that frees it (call it once). Throws `overloaded` when
   * the queue is full; `signal` aborting (the client hung up) takes a waiting request out of the line.
   */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    const { name, concurrency, queue } = this.limits;
    if (this.running >= concurrency || this.waiting.size > 0) {
      if (this.waiting.size >= queue) {
        const retryAfterSeconds = this.retryAfterSeconds();
        throw new AppError(
          503,
          "overloaded",
          `The server is busy: ${this.running} ${name} requests are running and ${this.waiting.size} waiting, ` +
            `the most it queues; try again in ${retryAfterSeconds} s.`,
          { queue: name, running: this.running, waiting: this.waiting.size, retryAfterSeconds },
        );
      }
      await new Promise<void>((resolve, reject) => {
        const admit = () => {
          signal?.removeEventListener("abort", leave);
          resolve();
        };
        const leave = () => {
          this.waiting.delete(admit);
          reject(signal?.reason ?? new Error("aborted"));
        };
        if (signal?.aborted) return leave();
        signal?.addEventListener("abort", leave, { once: true });
        this.waiting.add(admit);
      });
    } else {
      this.running++;
    }
    const began = performance.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.meanMs = 0.8 * this.meanMs + 0.2 * (performance.now() - began);
      this.next();
    };
  }

  /** Hands the freed slot to the first waiting request, or frees it. */
  private next(): void {
    const [first] = this.waiting;
    if (first) {
      this.waiting.delete(first);
      first(); // the slot passes on: `running` stays
    } else {
      this.running--;
    }
  }

  /** When the line ahead of a new request should have drained, from the mean time a slot is held. */
  private retryAfterSeconds(): number {
    const ahead = this.running + this.waiting.size;
    const seconds = Math.ceil((ahead / this.limits.concurrency) * (this.meanMs / 1000));
    return Math.min(MAX_RETRY_AFTER_S, Math.max(1, seconds));
  }
}

/**
 * Middleware: the request waits for a slot in `queue` before the route runs and holds it until the route
 * answers (`res.end`, called once its Neo4j work is over, even for a client that hung up meanwhile: so at
 * most `concurrency` requests of the class are ever at work in Neo4j). A request still waiting when its
 * client hangs up leaves the line without running.
 */
export function queueRequests(queue: RequestQueue): RequestHandler {
  return (req, res, next) => {
    const hungUp = new AbortController();
    const onClose = () => hungUp.abort();
    res.once("close", onClose);
    queue.acquire(hungUp.signal).then(
      (release) => {
        res.off("close", onClose);
        if (hungUp.signal.aborted) return release();
        const end = res.end.bind(res);
        res.end = ((...args: Parameters<typeof end>) => {
          release();
          return end(...args);
        }) as typeof res.end;
        next();
      },
      (error: unknown) => {
        res.off("close", onClose);
        if (!hungUp.signal.aborted) next(error);
      },
    );
  };
}
