// The mentions found so far in one body, indexed by position: every rule asks "is this span free?"
// or "which mention ends right here?", and a scan of all mentions for each question made extraction
// quadratic in the length of the text. Positions are bucketed, so each question looks only at the
// mentions near the span; answers come in the order the mentions were added, as a list would give.

export interface Span {
  start: number;
  end: number;
}

/** Work done, for tests that check it grows linearly with the text (never timed). */
export interface WorkMeter {
  /** Mentions looked at by position queries. */
  examined: number;
  /** Characters of whole-body passes (each regex run over the body counts the body once). */
  scanned: number;
}

export function workMeter(): WorkMeter {
  return { examined: 0, scanned: 0 };
}

// Buckets of 64 characters: a mention usually sits in one or two.
const SHIFT = 6;

export class MentionSet<T extends Span> {
  // Insertion order is the order a list would have: rules that take "the first mention that …"
  // must see them in that order.
  private readonly order = new Map<T, number>();
  private readonly buckets = new Map<number, T[]>();
  private seq = 0;

  constructor(private readonly meter?: WorkMeter) {}

  get size(): number {
    return this.order.size;
  }

  /** Adds `m` whether or not it overlaps another mention. */
  add(m: T): void {
    this.order.set(m, this.seq++);
    for (let b = m.start >> SHIFT; b <= lastBucket(m); b++) {
      const list = this.buckets.get(b);
      if (list) list.push(m);
      else this.buckets.set(b, [m]);
    }
  }

  /** Adds `m` unless it overlaps a mention already found; true when added. */
  addIfFree(m: T): boolean {
    if (this.overlaps(m.start, m.end)) return false;
    this.add(m);
    return true;
  }

  remove(m: T): void {
    if (!this.order.delete(m)) return;
    for (let b = m.start >> SHIFT; b <= lastBucket(m); b++) {
      const list = this.buckets.get(b)!;
      list.splice(list.indexOf(m), 1);
      if (!list.length) this.buckets.delete(b);
    }
  }

  /** True when a mention shares a character with `start`–`end`. */
  overlaps(start: number, end: number): boolean {
    for (let b = start >> SHIFT; b <= Math.max(start, end - 1) >> SHIFT; b++) {
      for (const m of this.buckets.get(b) ?? []) {
        if (this.meter) this.meter.examined++;
        if (start < m.end && end > m.start) return true;
      }
    }
    return false;
  }

  /**
   * The mentions that touch `from`–`to` (m.end >= from and m.start <= to, ends included), in the
   * order they were added; callers filter them with their own exact condition.
   */
  near(from: number, to: number): T[] {
    const seen = new Set<T>();
    for (let b = Math.max(0, from - 1) >> SHIFT; b <= Math.max(0, to) >> SHIFT; b++) {
      for (const m of this.buckets.get(b) ?? []) {
        if (this.meter) this.meter.examined++;
        if (m.end >= from && m.start <= to) seen.add(m);
      }
    }
    return [...seen].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /** The first mention, in the order added, that touches `from`–`to` and satisfies `test`. */
  find(from: number, to: number, test: (m: T) => boolean): T | undefined {
    return this.near(from, to).find(test);
  }

  /** Every mention, in the order added. */
  list(): T[] {
    return [...this.order.keys()];
  }
}

// A mention is kept in every bucket it covers; an empty one in the bucket of its start.
function lastBucket(m: Span): number {
  return Math.max(m.start, m.end - 1) >> SHIFT;
}
