// Saved queries and ad-hoc Cypher in the side panel: a form generated from each query's parameter
// JSON Schema, a Cypher editor, and results as a table (with CSV export) and as graph elements.
import type { ElementDefinition } from "cytoscape";
import { el } from "./dom.ts";
import { api, ApiError } from "../api.ts";
import { download } from "../graph/export.ts";

interface Schema {
  properties: Record<
    string,
    {
      type: string;
      format?: string;
      default?: unknown;
      description?: string;
      minimum?: number;
      maximum?: number;
    }
  >;
  required: string[];
}
interface Query {
  id: string;
  title: string;
  description: string;
  params: Schema;
}
export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  elements: ElementDefinition[];
  truncated: boolean;
}

const show = (v: unknown): string =>
  v === null || v === undefined
    ? ""
    : Array.isArray(v)
      ? v.map(show).join(", ")
      : typeof v === "object"
        ? ((v as { label?: string }).label ?? JSON.stringify(v))
        : String(v);

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
    for (const c of result.columns) r.append(el("td", show(row[c])));
    t.append(r);
  }
  wrap.append(head, t);
  return wrap;
}

function errorBox(error: unknown): HTMLElement {
  const box = el("div", undefined, "query-error");
  box.setAttribute("role", "alert");
  box.textContent = error instanceof ApiError ? error.message : "The query failed.";
  return box;
}

export async function showQueries(panel: HTMLElement, draw: (r: QueryResult) => void): Promise<void> {
  panel.replaceChildren(el("p", "Loading…", "hint"));
  const { queries } = await api<{ queries: Query[] }>("/api/queries");
  const out = el("div");

  const pick = el("select");
  pick.id = "saved-query";
  pick.setAttribute("aria-label", "Saved query");
  for (const q of queries) pick.append(new Option(q.title, q.id));
  const form = el("form");
  form.id = "saved-query-form";
  const render = () => {
    const q = queries.find((x) => x.id === pick.value)!;
    form.replaceChildren(el("p", q.description, "sub"));
    for (const [name, s] of Object.entries(q.params.properties)) {
      const label = el("label", `${name}${q.params.required.includes(name) ? " *" : ""} `);
      const input = el("input");
      input.name = name;
      input.type =
        s.format === "date" ? "date" : s.type === "integer" || s.type === "number" ? "number" : "text";
      if (s.default !== undefined) input.value = String(s.default);
      if (s.minimum !== undefined) input.min = String(s.minimum);
      if (s.maximum !== undefined) input.max = String(s.maximum);
      if (s.description) input.placeholder = s.description;
      label.append(input);
      form.append(label);
    }
    const run = el("button", "Run");
    run.type = "submit";
    form.append(run);
  };
  pick.addEventListener("change", render);
  render();
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const q = queries.find((x) => x.id === pick.value)!;
    const params: Record<string, unknown> = {};
    for (const input of form.querySelectorAll("input")) {
      if (input.value === "") continue;
      const type = q.params.properties[input.name]?.type;
      params[input.name] = type === "integer" || type === "number" ? Number(input.value) : input.value;
    }
    out.replaceChildren(el("p", "Running…", "hint"));
    try {
      const result = await api<QueryResult>(`/api/queries/${q.id}/run`, {
        method: "POST",
        body: JSON.stringify({ params }),
      });
      draw(result);
      out.replaceChildren(table(result));
    } catch (error) {
      out.replaceChildren(errorBox(error));
    }
  });

  const editor = el("textarea");
  editor.id = "cypher";
  editor.spellcheck = false;
  editor.rows = 6;
  editor.setAttribute("aria-label", "Cypher query (read-only)");
  editor.value =
    "MATCH (a:Actor)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)\nWHERE a.name < b.name\nRETURN a, m, b LIMIT 50";
  const runCypher = el("button", "Run Cypher");
  runCypher.type = "button";
  runCypher.id = "run-cypher";
  runCypher.addEventListener("click", async () => {
    out.replaceChildren(el("p", "Running…", "hint"));
    try {
      const result = await api<QueryResult>("/api/cypher", {
        method: "POST",
        body: JSON.stringify({ query: editor.value }),
      });
      draw(result);
      out.replaceChildren(table(result));
    } catch (error) {
      out.replaceChildren(errorBox(error));
    }
  });
  editor.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") runCypher.click();
  });

  panel.replaceChildren(
    el("h2", "Queries"),
    el("h3", "Saved queries"),
    pick,
    form,
    el("h3", "Cypher (read-only; Ctrl+Enter runs)"),
    editor,
    runCypher,
    out,
  );
}
