// The admission queue per route class: so many run, so many wait in order, the rest are refused as
// overloaded with an estimate of when to come back; a waiting request whose client left drops out.
import { describe, expect, it } from "vitest";
import { AppError } from "../../../server/errors.ts";
import { RequestQueue } from "../../../server/request-queue.ts";

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("RequestQueue", () => {
  it("runs `concurrency` at once and admits the waiting ones in arrival order as slots free", async () => {
    const queue = new RequestQueue({ name: "query", concurrency: 2, queue: 10 });
    const order: number[] = [];
    const releases = new Map<number, () => void>();
    for (const i of [1, 2, 3, 4])
      void queue.acquire().then((release) => {
        order.push(i);
        releases.set(i, release);
      });
    await settle();
    expect(order).toEqual([1, 2]);
    releases.get(2)!();
    await settle();
    expect(order).toEqual([1, 2, 3]);
    releases.get(2)!(); // a second call frees nothing more
    await settle();
    expect(order).toEqual([1, 2, 3]);
    releases.get(1)!();
    await settle();
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it("refuses a request past the queue with 503 overloaded, the counts and a Retry-After of at least 1 s", async () => {
    const queue = new RequestQueue({ name: "explore", concurrency: 1, queue: 1 });
    await queue.acquire();
    void queue.acquire();
    const refused = await queue.acquire().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    const error = refused as AppError;
    expect([error.status, error.code]).toEqual([503, "overloaded"]);
    expect(error.message).toMatch(/1 explore requests are running and 1 waiting/);
    expect(error.details).toMatchObject({ queue: "explore", running: 1, waiting: 1 });
    expect((error.details as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it("refuses at once with a queue of 0 while all slots are taken", async () => {
    const queue = new RequestQueue({ name: "query", concurrency: 1, queue: 0 });
    const release = await queue.acquire();
    await expect(queue.acquire()).rejects.toMatchObject({ code: "overloaded" });
    release();
    await expect(queue.acquire()).resolves.toBeTypeOf("function");
  });

  it("takes a waiting request out of the line when its signal aborts, freeing its place", async () => {
    const queue = new RequestQueue({ name: "query", concurrency: 1, queue: 1 });
    const release = await queue.acquire();
    const gone = new AbortController();
    const left = queue.acquire(gone.signal).catch(() => "left");
    gone.abort();
    expect(await left).toBe("left");
    // Its place in the line is free again, and the slot goes to the next comer.
    let admitted = false;
    void queue.acquire().then(() => (admitted = true));
    release();
    await settle();
    expect(admitted).toBe(true);
  });
});
