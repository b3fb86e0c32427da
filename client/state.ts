// The explorer's state as it lives in the URL, so a copied link reopens the same view. (`mode=whomet`
// is the who-met-whom view; `view=<id>` is kept for saved views, which main.ts opens.)

/** A saved query with its parameters, or ad-hoc Cypher: what the Queries panel last ran. */
export type QueryRun =
  { kind: "saved"; id: string; params: Record<string, string> } | { kind: "cypher"; query: string };

export interface ExplorerState {
  center: string[];
  view: "full" | "whomet";
  kinds: string[];
  /** Relationship types shown (the full view's links); all by default. */
  rels: string[];
  from: string;
  to: string;
  minSources: number;
  layout: string;
  lone: boolean;
  run?: QueryRun;
  /** #20 map: the map shown instead of the graph (`map=1`). */
  map?: boolean;
}

export const ALL_KINDS = ["actor", "meeting", "incident", "place"];
export const ALL_RELS = ["PARTICIPATED_IN", "INVOLVED_IN", "OCCURRED_AT"];
export const LAYOUTS = ["fcose", "concentric", "breadthfirst", "grid", "time"];

export function readState(search: string): ExplorerState {
  const p = new URLSearchParams(search);
  const list = (key: string) => (p.get(key) ?? "").split(",").filter(Boolean);
  const date = (key: string) => (/^\d{4}-\d{2}-\d{2}$/.test(p.get(key) ?? "") ? p.get(key)! : "");
  const kinds = list("kinds").filter((k) => ALL_KINDS.includes(k));
  const rels = list("rels").filter((r) => ALL_RELS.includes(r));
  const layout = p.get("layout") ?? "";
  return {
    center: list("center"),
    view: p.get("mode") === "whomet" ? "whomet" : "full",
    kinds: kinds.length ? kinds : [...ALL_KINDS],
    rels: rels.length ? rels : [...ALL_RELS],
    from: date("from"),
    to: date("to"),
    minSources: Math.max(1, Math.min(50, Number(p.get("minSources")) || 1)),
    layout: LAYOUTS.includes(layout) ? layout : "fcose",
    lone: p.get("lone") === "1",
    run: readRun(p),
    map: p.get("map") === "1",
  };
}

// `query=<id>&qp.<name>=<value>` for a saved query, `cypher=<text>` for ad-hoc Cypher.
function readRun(p: URLSearchParams): QueryRun | undefined {
  const cypher = p.get("cypher");
  if (cypher) return { kind: "cypher", query: cypher.slice(0, 10_000) };
  const id = p.get("query");
  if (!id || !/^[a-z0-9-]{1,100}$/.test(id)) return undefined;
  const params: Record<string, string> = {};
  for (const [key, value] of p) if (key.startsWith("qp.")) params[key.slice(3)] = value;
  return { kind: "saved", id, params };
}

/** Only what differs from the defaults goes into the URL. */
export function writeState(state: ExplorerState): string {
  const p = new URLSearchParams();
  if (state.center.length) p.set("center", state.center.join(","));
  if (state.view === "whomet") p.set("mode", "whomet");
  if (state.kinds.length !== ALL_KINDS.length) p.set("kinds", state.kinds.join(","));
  if (state.rels.length !== ALL_RELS.length) p.set("rels", state.rels.join(","));
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (state.minSources > 1) p.set("minSources", String(state.minSources));
  if (state.layout !== "fcose") p.set("layout", state.layout);
  if (state.lone) p.set("lone", "1");
  if (state.map) p.set("map", "1");
  if (state.run?.kind === "cypher") p.set("cypher", state.run.query);
  if (state.run?.kind === "saved") {
    p.set("query", state.run.id);
    for (const [name, value] of Object.entries(state.run.params)) p.set(`qp.${name}`, value);
  }
  const qs = p.toString();
  return qs ? `?${qs}` : "";
}

/** True when some relationship types are left out (the who-met-whom view has its own edges). */
export function linksFiltered(state: ExplorerState): boolean {
  return state.view === "full" && state.rels.length !== ALL_RELS.length;
}

/** The /api/graph parameters for a state (and an optional other centre, for expanding). */
export function graphParams(
  state: ExplorerState,
  center = state.center,
): Record<string, string | number | undefined> {
  return {
    center: center.join(",") || undefined,
    depth: 1,
    view: state.view === "whomet" ? "whomet" : undefined,
    kinds: state.kinds.length !== ALL_KINDS.length ? state.kinds.join(",") : undefined,
    rels: linksFiltered(state) ? state.rels.join(",") : undefined,
    from: state.from || undefined,
    to: state.to || undefined,
    minSources: state.minSources > 1 ? state.minSources : undefined,
  };
}
