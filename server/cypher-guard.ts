// Read-only guard for user-written Cypher. READ access mode alone is not enough on Community (LOAD CSV,
// procedures and SHOW are not writes; timeouts are cooperative), so a query must pass text rules and
// then its EXPLAIN plan before it runs. Every refusal names the rule in words a user can act on.
import type { ManagedTransaction } from "neo4j-driver";
import { AppError } from "./errors.ts";

export const MAX_QUERY_LENGTH = 10_000;
export const MAX_ESTIMATED_ROWS = 1e7;
const MAX_RANGE = 1e6;
const MAX_HOPS = 10;
const ALLOWED_PROCEDURES = new Set([
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.index.fulltext.queryNodes",
  "db.schema.visualization",
]);

function refuse(rule: string): never {
  throw new AppError(403, "forbidden_query", rule);
}

/** The query with string literals, backticked names and comments blanked, so rules see only code. */
export function codeOnly(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, (m) =>
    m.startsWith("/") ? " " : `'${" ".repeat(Math.max(0, m.length - 2))}'`,
  );
}

const TEXT_RULES: [RegExp, string][] = [
  [/\bLOAD\s+CSV\b/i, "LOAD CSV is not allowed"],
  [/\bIN\s+(\d+\s+CONCURRENT\s+)?TRANSACTIONS\b/i, "CALL { … } IN TRANSACTIONS is not allowed"],
  [/^\s*USE\b|\bUSE\s+[A-Za-z`]/i, "USE (switching databases) is not allowed"],
  [/\bSHOW\b/i, "SHOW commands are not allowed"],
  [/\bTERMINATE\b/i, "TERMINATE is not allowed"],
  [
    /\b(GRANT|DENY|REVOKE|ALTER|RENAME|START\s+DATABASE|STOP\s+DATABASE)\b/i,
    "administration commands are not allowed",
  ],
  [
    /\b(CREATE|DROP)\s+(INDEX|CONSTRAINT|FULLTEXT|RANGE|TEXT|POINT|LOOKUP|VECTOR|DATABASE|ALIAS|USER|ROLE|COMPOSITE)\b/i,
    "schema and administration changes are not allowed",
  ],
  [/(?<![.\w$])(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|FOREACH)\b/i, "writes are not allowed"],
  [/\bCALL\s+dbms\./i, "dbms procedures are not allowed"],
  [/\bCALL\s+apoc\./i, "APOC procedures are not allowed"],
];

/** Rules on the text itself, checked before anything reaches Neo4j. */
export function checkText(query: string): void {
  if (!query.trim()) throw new AppError(400, "bad_request", "query: must not be empty");
  if (query.length > MAX_QUERY_LENGTH)
    refuse(`the query is longer than ${MAX_QUERY_LENGTH.toLocaleString("en")} characters`);
  const code = codeOnly(query);
  if (/;\s*\S/.test(code)) refuse("only one statement per request");
  for (const [rule, message] of TEXT_RULES) if (rule.test(code)) refuse(message);
  // Variable-length patterns need an upper bound: [*], [*2..], [:T*] would walk the whole graph.
  for (const m of code.matchAll(/\[[^\]]*\*\s*(\d*)\s*(\.\.)?\s*(\d*)\s*\]/g)) {
    const [, lo, dots, hi] = m;
    const upper = dots ? hi : lo;
    if (!upper) refuse(`variable-length paths need an upper bound, e.g. *1..4 (at most ${MAX_HOPS})`);
    if (Number(upper) > MAX_HOPS) refuse(`variable-length paths may have at most ${MAX_HOPS} hops`);
  }
  for (const m of code.matchAll(/\brange\s*\(\s*(-?\d+)\s*,\s*(-?\d+)/gi)) {
    if (Math.abs(Number(m[2]) - Number(m[1])) > MAX_RANGE)
      refuse(`range() over more than 10^6 values is not allowed`);
  }
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const FORBIDDEN_OPERATORS: [RegExp, string][] = [
  [/^LoadCSV/, "LOAD CSV is not allowed"],
  [/^(Show|Terminate)/, "SHOW and TERMINATE commands are not allowed"],
  [/^Transaction(Apply|Foreach)/, "CALL { … } IN TRANSACTIONS is not allowed"],
  [
    /(Create|Merge|Delete|SetProperty|SetLabels|SetNode|SetRelationship|SetProperties|Remove|Foreach|Eager.*Write)/,
    "writes are not allowed",
  ],
  [
    /^CartesianProduct/,
    "disconnected patterns (a cartesian product) are not allowed: connect the parts of the MATCH",
  ],
];

function walkPlan(node: PlanNode): void {
  const op = node.operatorType.replace(/@.*$/, "");
  for (const [rule, message] of FORBIDDEN_OPERATORS) if (rule.test(op)) refuse(message);
  if (op === "ProcedureCall") {
    const details = String(node.arguments.Details ?? node.arguments.Signature ?? "");
    const name = /([A-Za-z_][\w.]*)\s*\(/.exec(details)?.[1] ?? details;
    if (!ALLOWED_PROCEDURES.has(name))
      refuse(`procedure ${name} is not allowed (allowed: ${[...ALLOWED_PROCEDURES].join(", ")})`);
  }
  const estimated = Number(node.arguments.EstimatedRows ?? 0);
  if (estimated > MAX_ESTIMATED_ROWS) {
    refuse(
      `estimated 10^${Math.round(Math.log10(estimated))} rows, the limit is 10^${Math.log10(MAX_ESTIMATED_ROWS)}`,
    );
  }
  for (const child of node.children ?? []) walkPlan(child);
}

const EXPLAIN = "EXPLAIN ";

/**
 * Neo4j locates syntax errors in the text it ran, which starts with our "EXPLAIN ": shift its line,
 * column, offset and caret back so they point into the user's own query.
 */
export function withUserPositions(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const shift = EXPLAIN.length;
  let firstLine = false;
  error.message = error.message
    .replace(
      /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/,
      (_, line: string, column: string, offset: string) => {
        firstLine = line === "1";
        const col = firstLine ? Math.max(1, Number(column) - shift) : Number(column);
        return `(line ${line}, column ${col} (offset: ${Math.max(0, Number(offset) - shift)}))`;
      },
    )
    .replace(/^"EXPLAIN /m, '"')
    .replace(/^( *)\^$/m, (caret, spaces: string) =>
      firstLine ? `${spaces.slice(Math.min(shift, spaces.length))}^` : caret,
    );
  return error;
}

/** EXPLAIN in a read transaction: only read queries, known operators and bounded estimates pass. */
export async function checkPlan(
  tx: ManagedTransaction | { run: ManagedTransaction["run"] },
  query: string,
  params: Record<string, unknown>,
): Promise<void> {
  const result = await tx.run(`${EXPLAIN}${query}`, params).catch((error: unknown) => {
    throw withUserPositions(error);
  });
  const summary = result.summary;
  // The plan first: its refusals name the operator or procedure, which says more than the query type.
  if (summary.plan && typeof summary.plan === "object") walkPlan(summary.plan as unknown as PlanNode);
  if (summary.queryType !== "r")
    refuse(summary.queryType === "s" ? "schema or system changes are not allowed" : "writes are not allowed");
}
