// Playback (#20): the graph as of a day, cumulatively. Meetings and incidents dated on or after the day
// are hidden (class "later"); an actor or place appears with its first event and is hidden before it;
// nodes with no dated event nearby (lone actors, the who-met-whom view's actors) always show. Edges go
// with their nodes. Works on the elements already in the page: a step fetches nothing.
import type { CollectionArgument, Core, NodeSingular } from "cytoscape";

export const LATER = "later";

/** The day (YYYY-MM-DD) a node appears on: its own date, or its earliest dated neighbour's; none: always. */
export function appearsOn(node: NodeSingular): string | undefined {
  const own = node.data("date") as unknown;
  if (typeof own === "string" && own) return own;
  let first: string | undefined;
  node.neighborhood("node").forEach((n) => {
    const date = n.data("date") as unknown;
    if (typeof date === "string" && date && (first === undefined || date < first)) first = date;
  });
  return first;
}

/**
 * The graph shown as of a moving day. The nodes are sorted once by the day they appear; each step
 * changes only the nodes between the previous day and the new one, so a step costs what it changes,
 * not the size of the graph. Elements added or removed meanwhile (an expansion, a new load) are sorted
 * again before the next step, and added ones are hidden at once if they are later than the day shown.
 */
export class GraphAsOf {
  private sorted: { node: NodeSingular; day: string }[] = [];
  /** How many of `sorted` are shown (appear before `until`). */
  private shown = 0;
  private until: string | undefined;
  private stale = true;
  private readonly onChange = () => {
    this.stale = true;
    if (this.until !== undefined)
      queueMicrotask(() => this.until !== undefined && this.showUntil(this.until));
  };

  constructor(private readonly cy: Core) {
    cy.on("add remove", "node", this.onChange);
  }

  /** The day shown up to (excluded), or undefined when everything shows. */
  get day(): string | undefined {
    return this.until;
  }

  /** Shows what appeared before `day` (YYYY-MM-DD, excluded), hides the rest. */
  showUntil(day: string): void {
    if (this.stale) this.sort();
    const count = upperBound(this.sorted, day);
    const cy = this.cy;
    cy.batch(() => {
      if (count > this.shown) this.collect(this.shown, count).removeClass(LATER);
      else if (count < this.shown) this.collect(count, this.shown).addClass(LATER);
    });
    this.shown = count;
    this.until = day;
  }

  /** Everything shows again. */
  clear(): void {
    this.until = undefined;
    this.cy.batch(() => this.cy.nodes(`.${LATER}`).removeClass(LATER));
    this.stale = true;
  }

  /** The dated nodes, earliest first; all of them hidden, so showUntil starts from nothing shown. */
  private sort(): void {
    const dated: { node: NodeSingular; day: string }[] = [];
    this.cy.nodes().forEach((node) => {
      const day = appearsOn(node);
      if (day !== undefined) dated.push({ node, day });
    });
    dated.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    this.sorted = dated;
    this.cy.batch(() => this.collect(0, dated.length).addClass(LATER));
    this.shown = 0;
    this.stale = false;
  }

  /** Nodes `from` to `to` (excluded) of `sorted` as one collection (Cytoscape takes an array of elements). */
  private collect(from: number, to: number) {
    const nodes = this.sorted.slice(from, to).map((s) => s.node);
    return this.cy.collection(nodes as unknown as CollectionArgument);
  }

  destroy(): void {
    this.cy.off("add remove", "node", this.onChange);
    this.clear();
  }
}

/** How many entries of `sorted` appear before `day`. */
function upperBound(sorted: { day: string }[], day: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
