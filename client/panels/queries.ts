// Saved queries and ad-hoc Cypher in the side panel: a form generated from each query's parameter
// JSON Schema, a Cypher editor, and results as a table (with CSV export) and as graph elements.
// Actor parameters (`format: "actor"`) are picked by name with the search box's type-ahead (#20).
import type { QueryList, QueryResult } from "../../contract/queries.ts";
import { el } from "./dom.ts";
import { api, ApiError } from "../api.ts";
import { download } from "../graph/export.ts";
import { createCypherEditor } from "./cypher-editor.ts";
import type { QueryRun } from "../state.ts";
import { cellText } from "./result-cells.ts";
import { mountSearch } from "./search.ts";

// CSV keeps dates and relationship types as Neo4j gives them, for other tools to read.
const show = (v: unknown): string => cellText(v, { readable: false });

export function toCSV(result: Pick<QueryResult, "columns" | "rows">): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return (
    [
      result.columns.map(quote).join(","),
      ...result.rows.map((r) => result.columns.map((c) => quote(show(r[c]))).join(",")),
    ].join("\n") + "\n"
  );
}

function table(result: QueryResult): HTMLElement {
  const wrap = el("div", undefined, "result");
  const note = `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}${result.truncated ? " — cut at the row limit" : ""}`;
  const csv = el("button", "CSV");
  csv.type = "button";
  csv.addEventListener("click", () => download("whomet.csv", toCSV(result), "text/csv"));
  const head = el("div", undefined, "actions");
  head.append(el("span", note, "sub"), csv);
  const t = el("table");
  const tr = el("tr");
  for (const c of result.columns) tr.append(el("th", c));
  t.append(tr);
  for (const row of result.rows.slice(0, 200)) {
    const r = el("tr");
    for (const c of result.columns) r.append(el("td", cellText(row[c])));
    t.append(r);
  }
  // Wide or long results scroll in their own box, so the editor above stays in place.
  const scroll = el("div", undefined, "table-scroll");
  // A box that scrolls takes the focus, so a keyboard can scroll it too.
  scroll.tabIndex = 0;
  scroll.setAttribute("role", "region");
  scroll.setAttribute("aria-label", "Query result");
  scroll.append(t);
  wrap.append(head, scroll);
  return wrap;
}

/**
 * The search box's type-ahead on an actor parameter's field: the name shows, the id is kept in
 * `data-actor-id` (and dropped again when the user types over it).
 */
function actorTypeAhead(input: HTMLInputElement, label: HTMLLabelElement): void {
  input.id = `query-param-${input.name}`;
  input.placeholder = "type a name…";
  const list = el("ul", undefined, "type-ahead");
  list.id = `${input.id}-options`;
  list.hidden = true;
  // Beside the label, not in it: the options' words would become the field's name.
  const field = el("div", undefined, "type-ahead-field");
  label.replaceWith(field);
  field.append(label, list);
  input.addEventListener("input", () => delete input.dataset.actorId);
  mountSearch(
    input,
    list as HTMLUListElement,
    (r) => {
      input.dataset.actorId = r.id.replace(/^actor:/, "");
      input.value = r.label;
    },
    { kinds: ["actor"], shortcut: false },
  );
}

function errorBox(error: unknown): HTMLElement {
  const box = el("div", undefined, "query-error");
  box.setAttribute("role", "alert");
  box.textContent = error instanceof ApiError ? error.message : "The query failed.";
  return box;
}

export async function showQueries(
  panel: HTMLElement,
  draw: (r: QueryResult) => void,
  options: { initial?: QueryRun; onRun?: (run: QueryRun) => void } = {},
): Promise<void> {
  panel.replaceChildren(el("p", "Loading…", "hint"));
  const { queries } = await api<QueryList>("/api/queries");
  const out = el("div");
  out.setAttribute("aria-live", "polite");
  const initial = options.initial;

  const pick = el("select");
  pick.id = "saved-query";
  pick.setAttribute("aria-label", "Saved query");
  for (const q of queries) pick.append(new Option(q.title, q.id));
  if (initial?.kind === "saved" && queries.some((q) => q.id === initial.id)) pick.value = initial.id;
  const form = el("form");
  form.id = "saved-query-form";
  const render = (values: Record<string, string> = {}) => {
    const q = queries.find((x) => x.id === pick.value)!;
    form.replaceChildren(el("p", q.description, "sub"));
    for (const [name, s] of Object.entries(q.params.properties)) {
      const label = el("label", `${name}${q.params.required.includes(name) ? " *" : ""} `);
      const input = el("input");
      input.name = name;
      input.type =
        s.format === "date" ? "date" : s.type === "integer" || s.type === "number" ? "number" : "text";
      // A blank optional date means "any"; its default (a far past or future day) only adds noise.
      if (s.default !== undefined && s.format !== "date") input.value = String(s.default);
      if (values[name] !== undefined) input.value = values[name];
      if (s.minimum !== undefined) input.min = String(s.minimum);
      if (s.maximum !== undefined) input.max = String(s.maximum);
      if (s.description) input.placeholder = s.description;
      label.append(input);
      form.append(label);
      if (s.format === "actor") actorTypeAhead(input, label);
    }
    const run = el("button", "Run");
    run.type = "submit";
    form.append(run);
  };
  pick.addEventListener("change", () => render());
  render(initial?.kind === "saved" ? initial.params : {});
  const runSaved = async () => {
    const q = queries.find((x) => x.id === pick.value)!;
    const params: Record<string, unknown> = {};
    const raw: Record<string, string> = {};
    for (const input of form.querySelectorAll("input")) {
      if (input.value === "") continue;
      // An actor picked from the type-ahead is sent by id; typed and not picked, as typed (the API
      // then answers with the actors whose names match).
      const value = input.dataset.actorId ?? input.value;
      raw[input.name] = value;
      const type = q.params.properties[input.name]?.type;
      params[input.name] = type === "integer" || type === "number" ? Number(value) : value;
    }
    options.onRun?.({ kind: "saved", id: q.id, params: raw });
    out.replaceChildren(el("p", "Running…", "hint"));
    try {
      const result = await api<QueryResult>(`/api/queries/${q.id}/run`, {
        method: "POST",
        body: JSON.stringify({ params }),
      });
      // The table first: it widens the panel, and the graph is then fitted to the room left.
      out.replaceChildren(table(result));
      draw(result);
    } catch (error) {
      out.replaceChildren(errorBox(error));
    }
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void runSaved();
  });

  const runCypher = el("button", "Run Cypher");
  runCypher.type = "button";
  runCypher.id = "run-cypher";
  const editorHost = el("div", undefined, "cypher-editor");
  panel.replaceChildren(
    el("h2", "Queries"),
    el("h3", "Saved queries"),
    pick,
    form,
    el("h3", "Cypher (read-only; Ctrl+Enter runs)"),
    editorHost,
    runCypher,
    out,
  );
  const editor = await createCypherEditor(editorHost, {
    value:
      initial?.kind === "cypher"
        ? initial.query
        : "MATCH (a:Actor)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)\nWHERE a.name < b.name\nRETURN a, m, b LIMIT 50",
    onRun: () => runCypher.click(),
  });
  runCypher.addEventListener("click", async () => {
    const query = editor.value;
    options.onRun?.({ kind: "cypher", query });
    editor.clearError();
    out.replaceChildren(el("p", "Running…", "hint"));
    try {
      const result = await api<QueryResult>("/api/cypher", {
        method: "POST",
        body: JSON.stringify({ query }),
      });
      // The table first: it widens the panel, and the graph is then fitted to the room left.
      out.replaceChildren(table(result));
      draw(result);
    } catch (error) {
      out.replaceChildren(errorBox(error));
      if (error instanceof ApiError) editor.showError(error.message);
    }
  });
  // A shared link with a query reruns it.
  if (initial?.kind === "saved") await runSaved();
  if (initial?.kind === "cypher") runCypher.click();
}
