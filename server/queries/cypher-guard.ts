// Read-only guard for user-written Cypher. READ access mode alone is not enough on Community (LOAD CSV,
// procedures and SHOW are not writes; timeouts are cooperative, and work inside one expression is not
// interrupted at all), so a query must pass rules on its tokens and brackets and then its EXPLAIN plan
// before it runs. Every refusal names the rule in words a user can act on.
import type { ManagedTransaction } from "neo4j-driver";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../cypher/vocabulary.ts";
import { AppError } from "../errors.ts";

export const MAX_QUERY_LENGTH = 10_000;
export const MAX_ESTIMATED_ROWS = 1e7;
/** All range() calls of a query together: their sizes multiply when one runs inside another (#16). */
export const MAX_RANGE_PRODUCT = 1e5;
/** Brackets inside brackets: Neo4j overflows its stack near 1,000 (#16); real queries stay under 10. */
export const MAX_NESTING = 32;
/** List comprehensions, reduce() and quantifiers inside one another: each level multiplies the work. */
const MAX_ITERATION_NESTING = 2;
const MAX_PARAM_DEPTH = 16;
const MAX_CASE_NESTING = 16;
/** Bare variables as operands of + or ||: eight doublings at most, whatever the clauses. */
const MAX_CONCATENATED = 16;
const KEYWORDS_IN_EXPRESSIONS = new Set([
  "TRUE",
  "FALSE",
  "NULL",
  "AS",
  "AND",
  "OR",
  "XOR",
  "NOT",
  "IN",
  "END",
  "ELSE",
  "THEN",
  "WHEN",
  "CASE",
]);
/** Operators and pattern dashes in one query; 300 plan in half a second, 4,900 ran past the timeout. */
const MAX_OPERATORS = 400;
const OPERATORS = new Set(
  ["+", "-", "*", "/", "%", "^", "=", "<>", "!=", "<", ">", "<=", ">=", "=~", "||"].concat([
    "AND",
    "OR",
    "XOR",
    "NOT",
  ]),
);
const MAX_HOPS = 10;
const ALLOWED_PROCEDURES = new Set([
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.index.fulltext.queryNodes",
  "db.schema.visualization",
]);
/** Ad-hoc queries read the news graph only: app data (SavedView, SavedQuery) stays private. */
const PUBLIC_NAMES = new Set<string>([...NODE_LABELS, ...RELATIONSHIP_TYPES]);
/** CYPHER options that change nothing a user could abuse; debug=… and friends expose planner internals. */
const ALLOWED_CYPHER_OPTIONS = new Set(["runtime=slotted", "runtime=interpreted", "planner=cost"]);

function refuse(rule: string): never {
  throw new AppError(403, "forbidden_query", rule);
}

/** The query with string literals, backticked names and comments blanked, so rules see only code. */
export function codeOnly(query: string): string {
  return tokenize(query)
    .map((t) => (t.kind === "string" || t.kind === "quoted" ? `'${" ".repeat(t.text.length - 2)}'` : t.text))
    .join(" ");
}

type TokenKind = "name" | "quoted" | "string" | "number" | "param" | "punct";
interface Token {
  kind: TokenKind;
  /** As written. */
  text: string;
  /** A name without backticks, a parameter without `$`. */
  value: string;
  /** Index of the token that opened the bracket this token is in, or -1 at the top. */
  parent: number;
  depth: number;
}

// Java's whitespace (Neo4j's parser) includes the separators U+001C–U+001F, which JavaScript's \s does
// not; any control character or invisible space counts as a separator here so no keyword hides.
const SPACE = /[\s\p{Zs}\p{Cc}\p{Cf}]/u;
// A // comment ends at any line break Neo4j knows, a bare CR included.
const LINE_END = /[\n\r\u0085\u2028\u2029]/;
const NAME = /[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}_]*/uy;
const NUMBER = /0x[\da-f_]+|0o[0-7_]+|(?:\d[\d_]*(?:\.\d[\d_]*)?|\.\d[\d_]*)(?:e[+-]?\d+)?/iy;
const PUNCT = /\.\.|<=|>=|<>|!=|=~|\+=|::|\|\||[^]/uy;
const PAIRS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

/** Cypher's lexical rules: strings, comments and backticked names become single tokens or vanish. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const open: number[] = [];
  let i = 0;
  const push = (kind: TokenKind, text: string, value = text) => {
    const parent = open.at(-1) ?? -1;
    tokens.push({ kind, text, value, parent, depth: open.length });
    i += text.length;
  };
  while (i < query.length) {
    const c = query[i]!;
    if (SPACE.test(c)) {
      i++;
    } else if (query.startsWith("//", i)) {
      const rest = query.slice(i + 2).search(LINE_END);
      i = rest < 0 ? query.length : i + 2 + rest;
    } else if (query.startsWith("/*", i)) {
      const end = query.indexOf("*/", i + 2);
      i = end < 0 ? query.length : end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += query[j] === "\\" ? 2 : 1;
      push("string", query.slice(i, Math.min(j + 1, query.length)));
    } else if (c === "`") {
      let j = i + 1;
      for (;;) {
        const end = query.indexOf("`", j);
        if (end < 0) {
          j = query.length;
          break;
        }
        if (query[end + 1] === "`") j = end + 2;
        else {
          j = end + 1;
          break;
        }
      }
      const text = query.slice(i, j);
      push("quoted", text, text.slice(1, -1).replaceAll("``", "`"));
    } else if (c === "$") {
      NAME.lastIndex = i + 1;
      NUMBER.lastIndex = i + 1;
      const name = query[i + 1] === "`" ? undefined : (NAME.exec(query)?.[0] ?? NUMBER.exec(query)?.[0]);
      if (name) push("param", `$${name}`, name);
      else push("punct", "$");
    } else if ((NUMBER.lastIndex = i) >= 0 && !query.startsWith("..", i) && NUMBER.test(query)) {
      NUMBER.lastIndex = i;
      push("number", NUMBER.exec(query)![0]);
    } else if ((NAME.lastIndex = i) >= 0 && NAME.test(query)) {
      NAME.lastIndex = i;
      push("name", NAME.exec(query)![0]);
    } else {
      PUNCT.lastIndex = i;
      const p = PUNCT.exec(query)![0];
      if (PAIRS[p]) {
        const top = open.at(-1);
        if (top !== undefined && tokens[top]!.text === PAIRS[p]) open.pop();
      }
      push("punct", p);
      if (p === "(" || p === "[" || p === "{") {
        open.push(tokens.length - 1);
        if (open.length > MAX_NESTING)
          refuse(`brackets nested deeper than ${MAX_NESTING} levels are not allowed`);
      }
    }
  }
  return tokens;
}

const WRITES = "writes are not allowed";
const KEYWORD_RULES: Record<string, string> = {
  CREATE: WRITES,
  MERGE: WRITES,
  DELETE: WRITES,
  DETACH: WRITES,
  SET: WRITES,
  REMOVE: WRITES,
  FOREACH: WRITES,
  INSERT: WRITES,
  LOAD: "LOAD CSV is not allowed",
  SHOW: "SHOW commands are not allowed",
  TERMINATE: "TERMINATE is not allowed",
  TRANSACTIONS: "CALL { … } IN TRANSACTIONS is not allowed",
  GRANT: "administration commands are not allowed",
  DENY: "administration commands are not allowed",
  REVOKE: "administration commands are not allowed",
  ALTER: "administration commands are not allowed",
  RENAME: "administration commands are not allowed",
  ENABLE: "administration commands are not allowed",
  DEALLOCATE: "administration commands are not allowed",
  REALLOCATE: "administration commands are not allowed",
  DROP: "schema and administration changes are not allowed",
  EXPLAIN: "EXPLAIN and PROFILE are not allowed: the server plans the query itself",
  PROFILE: "EXPLAIN and PROFILE are not allowed: the server plans the query itself",
};
const CLAUSE_STARTS = new Set([
  "MATCH",
  "OPTIONAL",
  "RETURN",
  "WITH",
  "WHERE",
  "UNWIND",
  "CALL",
  "UNION",
  "ORDER",
  "SKIP",
  "LIMIT",
  "FINISH",
]);
/** Words before a `(` that opens a pattern, not a function's arguments. */
const PATTERN_KEYWORDS = new Set([
  "MATCH",
  "WHERE",
  "RETURN",
  "WITH",
  "AND",
  "OR",
  "XOR",
  "NOT",
  "ANY",
  "ALL",
  "SHORTEST",
  "PATHS",
  "PATH",
  "GROUPS",
  "OPTIONAL",
  "EXISTS",
  "MERGE",
  "CREATE",
  "IN",
]);
const ITERATORS = new Set(["reduce", "any", "all", "none", "single"]);
const NOT_LABELS = new Set(["NULL", "NOT", "TYPED", "NORMALIZED", "NFC", "NFD", "NFKC", "NFKD"]);

/** Parameters nested past a few levels are no real query's input; Neo4j fails on deep ones (#16). */
export function checkParams(params: Record<string, unknown>): void {
  const depth = (value: unknown, level: number, path: string): void => {
    if (level > MAX_PARAM_DEPTH)
      throw new AppError(400, "bad_request", `${path}: nested deeper than ${MAX_PARAM_DEPTH} levels`);
    if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value))
        depth(v, level + 1, Array.isArray(value) ? path : `${path}.${k}`);
  };
  for (const [k, v] of Object.entries(params)) depth(v, 1, `params.${k}`);
}

/** Rules on the query's tokens and brackets, checked before anything reaches Neo4j. */
export function checkText(query: string, params: Record<string, unknown> = {}): void {
  if (!query.trim()) throw new AppError(400, "bad_request", "query: must not be empty");
  if (query.length > MAX_QUERY_LENGTH)
    refuse(`the query is longer than ${MAX_QUERY_LENGTH.toLocaleString("en")} characters`);
  const t = tokenize(query);
  const up = (k: number) => (t[k]?.kind === "name" ? t[k].value.toUpperCase() : undefined);
  const is = (k: number, text: string) => t[k]?.kind === "punct" && t[k].text === text;
  const isName = (k: number) => t[k]?.kind === "name" || t[k]?.kind === "quoted";
  /** Where a bracket opened at `k` closes (or the end). */
  const closing = (k: number) => {
    let j = k + 1;
    while (j < t.length && !(t[j]!.depth === t[k]!.depth && t[j]!.parent === t[k]!.parent)) j++;
    return j;
  };
  /** A `{` holding a subquery (CALL, EXISTS, COUNT, COLLECT), not a map or a quantifier. */
  const isSubquery = (k: number) =>
    is(k, "{") &&
    (["CALL", "EXISTS", "COUNT", "COLLECT", "ALL", "UNION"].includes(up(k - 1) ?? "") || is(k - 1, ")"));
  /** A keyword in clause position, not a property (a.set), a label, an alias (AS use) or a map key. */
  const isKeyword = (k: number) =>
    t[k]!.kind === "name" && !is(k - 1, ".") && !is(k - 1, ":") && up(k - 1) !== "AS" && !is(k + 1, ":");

  // Long chains Neo4j's parser and planner take seconds to minutes over, before any timeout applies:
  // 2,400 NOTs, 450 nested CASEs or 4,900 `1+` (#16).
  let operators = 0;
  let cases = 0;
  for (let i = 0; i < t.length; i++) {
    const word = up(i);
    if (word === "CASE") cases++;
    if (word === "END" && cases > 0) cases--;
    if (cases > MAX_CASE_NESTING) refuse(`CASE nested deeper than ${MAX_CASE_NESTING} levels is not allowed`);
    if (word === "NOT" && up(i + 1) === "NOT" && up(i + 2) === "NOT")
      refuse("more than two NOTs in a row are not allowed");
    if (OPERATORS.has(word ?? (t[i]!.kind === "punct" ? t[i]!.text : "")) && ++operators > MAX_OPERATORS)
      refuse(`more than ${MAX_OPERATORS} operators in one query are not allowed`);
  }

  // Growth across clauses: `WITH s + s AS s` thirty times is a gigabyte string, `WITH [l, l] AS l` a
  // list whose answer doubles each time; neither is tracked by Neo4j's memory limit (#16).
  const bare = (j: number) =>
    isName(j) &&
    !is(j - 1, ".") &&
    !is(j - 1, ":") &&
    !is(j - 1, "$") &&
    !is(j + 1, ".") &&
    !is(j + 1, "(") &&
    !is(j + 1, "[") &&
    !is(j + 1, ":") &&
    !(t[j]!.kind === "name" && KEYWORDS_IN_EXPRESSIONS.has(up(j)!));
  let concatenated = 0;
  const listItems = new Map<number, Set<string>>();
  for (let j = 0; j < t.length; j++) {
    if (!bare(j)) continue;
    if (is(j - 1, "+") || is(j + 1, "+") || is(j - 1, "||") || is(j + 1, "||"))
      if (++concatenated > MAX_CONCATENATED)
        refuse(`more than ${MAX_CONCATENATED} variables added or concatenated in one query are not allowed`);
    const parent = t[j]!.parent;
    if (
      parent >= 0 &&
      is(parent, "[") &&
      (is(j - 1, "[") || is(j - 1, ",")) &&
      (is(j + 1, ",") || is(j + 1, "]"))
    ) {
      const seen = listItems.get(parent) ?? new Set<string>();
      if (seen.has(t[j]!.value)) refuse(`a list may not hold ${t[j]!.value} twice (it can double each step)`);
      listItems.set(parent, seen.add(t[j]!.value));
    }
  }

  const semicolon = t.findIndex((x) => x.kind === "punct" && x.text === ";");
  if (semicolon >= 0 && semicolon < t.length - 1) refuse("only one statement per request");

  // CYPHER options first: `CYPHER debug=tostring` answers with planner internals.
  let k = 0;
  if (up(0) === "CYPHER") {
    k = 1;
    if (t[k]?.kind === "number") k++;
    while (isName(k) && is(k + 1, "=")) {
      const option = `${t[k]!.value}=${t[k + 2]?.value ?? ""}`.toLowerCase();
      if (!ALLOWED_CYPHER_OPTIONS.has(option))
        refuse(`CYPHER option ${option} is not allowed (allowed: ${[...ALLOWED_CYPHER_OPTIONS].join(", ")})`);
      k += 3;
    }
  }

  let rangeProduct = 1;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    const word = up(i);
    if (word && isKeyword(i)) {
      // USE starts a query or subquery: at the start, after CYPHER options, UNION or a subquery's `{`.
      if (
        word === "USE" &&
        (i === k || ["UNION", "ALL", "CYPHER"].includes(up(i - 1) ?? "") || isSubquery(i - 1))
      )
        refuse("USE (switching databases) is not allowed");
      if (word === "CYPHER" && i > 0) refuse("CYPHER options are allowed only at the start");
      if (KEYWORD_RULES[word]) refuse(KEYWORD_RULES[word]);
      if ((word === "START" || word === "STOP") && up(i + 1) === "DATABASE")
        refuse("administration commands are not allowed");
    }
    if (word === "USE" && i === k) refuse("USE (switching databases) is not allowed");

    // Procedures: CALL a.b.c(…), names backticked or not, whole or in parts.
    if (word === "CALL" && isName(i + 1)) {
      let j = i + 1;
      const parts: string[] = [];
      while (isName(j)) {
        parts.push(t[j]!.value);
        if (!is(j + 1, ".")) break;
        j += 2;
      }
      const name = parts.join(".");
      const namespace = name.split(".")[0]!.toLowerCase();
      if (namespace === "dbms") refuse("dbms procedures are not allowed");
      if (namespace === "apoc") refuse("APOC procedures are not allowed");
      if (!ALLOWED_PROCEDURES.has(name))
        refuse(`procedure ${name} is not allowed (allowed: ${[...ALLOWED_PROCEDURES].join(", ")})`);
    }
    // Functions of the same namespaces: dbms.…(), apoc.…().
    if (isName(i) && is(i + 1, ".") && word !== "CALL" && !is(i - 1, ".")) {
      const ns = tok.value.toLowerCase();
      if ((ns === "dbms" || ns === "apoc") && up(i - 1) !== "CALL")
        refuse(`${ns === "apoc" ? "APOC" : "dbms"} functions are not allowed`);
    }

    // Labels and relationship types: after a `:` outside maps, or after IS; only the news graph's.
    const mapColon = tok.parent >= 0 && is(tok.parent, "{") && !isSubquery(tok.parent);
    const labelStart =
      (is(i, ":") && !mapColon) ||
      (word === "IS" &&
        (isName(i + 1) || is(i + 1, "%") || is(i + 1, "!") || is(i + 1, "(")) &&
        !NOT_LABELS.has(up(i + 1) ?? "") &&
        !is(i + 1, "::"));
    if (labelStart) checkLabels(i + 1);

    // Variable-length relationships: [*], [*2..], [:T*1..50].
    if (is(i, "*") && tok.parent >= 0 && is(tok.parent, "[") && is(tok.parent - 1, "-")) {
      let j = i + 1;
      const lower = t[j]?.kind === "number" ? t[j++]!.text : "";
      const dots = is(j, "..") ? (j++, true) : false;
      const upper = dots ? (t[j]?.kind === "number" ? t[j]!.text : "") : lower;
      bounded(upper);
    }
    // Quantified path patterns: ((a)--(b)){1,50} or -[:T]->{2,}; + and * have no upper bound at all.
    if (is(i, "{") && (is(i - 1, ")") || is(i - 1, ">") || is(i - 1, "-"))) {
      const end = closing(i);
      const inner = t.slice(i + 1, end);
      if (inner.length && inner.every((x) => x.kind === "number" || x.text === ",")) {
        const comma = inner.findIndex((x) => x.text === ",");
        bounded(comma < 0 ? inner[0]!.text : (inner[comma + 1]?.text ?? ""));
      }
    }
    const inRelationship = tok.parent >= 0 && is(tok.parent, "[") && is(tok.parent - 1, "-");
    if ((is(i, "+") || is(i, "*")) && !inRelationship) {
      const opener = openerOf(i - 1);
      const call = opener > 0 && t[opener - 1]!.kind === "name" && !PATTERN_KEYWORDS.has(up(opener - 1)!);
      // A group quantifies only if it holds a path (a relationship at its own level): `(1)+(2)` is a sum.
      const afterPattern =
        call && is(i - 1, ")")
          ? false
          : is(i - 1, ")")
            ? holdsRelationship(opener)
            : (is(i - 1, ">") || is(i - 1, "-")) && (is(i - 2, "-") || is(i - 2, "]"));
      const next = t[i + 1];
      const patternFollows =
        !next ||
        ["(", "-", "<", ",", ")", "}", "{"].includes(next.text) ||
        CLAUSE_STARTS.has(up(i + 1) ?? "");
      if (afterPattern && patternFollows)
        refuse(`quantified path patterns need an upper bound, e.g. {1,4} (at most ${MAX_HOPS})`);
    }

    // range(): bounds known before the query runs, and all ranges together bounded.
    if (word === "RANGE" && is(i + 1, "(") && !is(i - 1, ".")) {
      const args = splitArgs(i + 1);
      const values = args.map((arg) => constant(arg));
      if (values.some((v) => v === undefined))
        refuse("range() bounds must be whole numbers or parameters, not computed values");
      const [lo, hi, step = 1] = values as number[];
      const size = step === 0 ? Infinity : Math.max(0, Math.floor((hi! - lo!) / step) + 1);
      rangeProduct *= size;
      if (rangeProduct > MAX_RANGE_PRODUCT)
        refuse(`range() over more than 10^${Math.log10(MAX_RANGE_PRODUCT)} values in all is not allowed`);
    }

    if (word === "REPLACE" && is(i + 1, "(")) {
      for (let p = tok.parent; p >= 0; p = t[p]!.parent)
        if (up(p - 1) === "REPLACE")
          refuse("replace() inside replace() is not allowed (it grows without bound)");
    }

    // Iteration: [x IN list | …], reduce(…), any/all/none/single(x IN …).
    const iterates =
      (is(i, "[") && isName(i + 1) && up(i + 2) === "IN") ||
      (is(i, "(") && ITERATORS.has(t[i - 1]?.value.toLowerCase() ?? "") && t[i - 1]!.kind === "name");
    if (iterates) {
      let levels = 0;
      for (let p = tok.parent; p >= 0; p = t[p]!.parent) if (iterationAt(p)) levels++;
      if (levels >= MAX_ITERATION_NESTING)
        refuse(
          `list comprehensions, reduce() and quantifiers nested more than ${MAX_ITERATION_NESTING} deep are not allowed`,
        );
    }
    if (word === "REDUCE" && is(i + 1, "(")) checkReduce(i + 1);
  }

  /** The `(` that a `)` at `j` closes. */
  function openerOf(j: number): number {
    if (!is(j, ")")) return -1;
    for (let o = j - 1; o >= 0; o--)
      if (is(o, "(") && t[o]!.depth === t[j]!.depth && t[o]!.parent === t[j]!.parent) return o;
    return -1;
  }

  /** Whether the group opened at `open` holds a relationship (`--`, `-[`, `->`, `<-`), inside round
   * brackets only (extra parentheses around a path do not hide it; a list or map holds no pattern). */
  function holdsRelationship(open: number): boolean {
    if (open < 0) return true;
    const end = closing(open);
    const inGroup = (j: number) => {
      let p = t[j]!.parent;
      while (p > open && is(p, "(")) p = t[p]!.parent;
      return p === open;
    };
    for (let j = open + 1; j < end; j++) {
      if (!inGroup(j)) continue;
      if (is(j, "-") && (is(j + 1, "-") || is(j + 1, "[") || is(j + 1, ">"))) return true;
      if (is(j, "<") && is(j + 1, "-")) return true;
    }
    return false;
  }

  function iterationAt(p: number): boolean {
    return (
      (is(p, "[") && isName(p + 1) && up(p + 2) === "IN") ||
      (is(p, "(") && t[p - 1]?.kind === "name" && ITERATORS.has(t[p - 1]!.value.toLowerCase()))
    );
  }

  function bounded(upper: string): void {
    if (!upper) refuse(`variable-length paths need an upper bound, e.g. *1..4 (at most ${MAX_HOPS})`);
    if (Number(upper) > MAX_HOPS) refuse(`variable-length paths may have at most ${MAX_HOPS} hops`);
  }

  function checkLabels(from: number): void {
    let parens = 0;
    for (let j = from; j < t.length; j++) {
      const x = t[j]!;
      if (x.kind === "name" || x.kind === "quoted") {
        if (!PUBLIC_NAMES.has(x.value))
          refuse(
            `label ${x.value} is not allowed: queries may read only ${[...NODE_LABELS].join(", ")} and ${RELATIONSHIP_TYPES.join(", ")}`,
          );
      } else if (x.text === "%") refuse("the label wildcard % is not allowed: name the labels");
      else if (x.text === "(") parens++;
      else if (x.text === ")" && parens > 0) parens--;
      else if (!["|", "&", "!", ":"].includes(x.text)) return;
      if (
        x.kind !== "punct" &&
        !(is(j + 1, "|") || is(j + 1, "&") || is(j + 1, ":") || (is(j + 1, ")") && parens > 0))
      )
        return;
    }
  }

  /** The tokens of each top-level argument of the call whose `(` is at `open`. */
  function splitArgs(open: number): Token[][] {
    const end = closing(open);
    const args: Token[][] = [[]];
    for (let j = open + 1; j < end; j++) {
      if (t[j]!.parent === open && is(j, ",")) args.push([]);
      else args.at(-1)!.push(t[j]!);
    }
    return args;
  }

  /** A whole number written out or passed as a parameter; anything computed is undefined. */
  function constant(arg: Token[]): number | undefined {
    const sign = arg.length === 2 && arg[0]!.text === "-" ? -1 : 1;
    const x = arg.length === 2 && sign < 0 ? arg[1] : arg.length === 1 ? arg[0] : undefined;
    if (!x) return undefined;
    const value =
      x.kind === "number"
        ? Number(x.text.replaceAll("_", ""))
        : x.kind === "param"
          ? params[x.value]
          : undefined;
    return typeof value === "number" && Number.isInteger(value) ? sign * value : undefined;
  }

  // reduce(acc = init, x IN list | body): the body may use acc once, outside any inner iteration and
  // replace(); `s + s` or replace(s, …) doubles the value each step, beyond any memory limit (#16).
  function checkReduce(open: number): void {
    const end = closing(open);
    const acc = t[open + 1];
    const bar = t.findIndex((x, j) => j > open && j < end && x.parent === open && x.text === "|");
    if (!acc || bar < 0) return;
    let uses = 0;
    for (let j = bar + 1; j < end; j++) {
      const x = t[j]!;
      if (isName(j) && x.value === acc.value && !is(j - 1, ".") && !is(j + 1, ":")) {
        uses++;
        for (let p = x.parent; p > open; p = t[p]!.parent)
          if (iterationAt(p)) refuse("reduce() may not copy its accumulator inside a comprehension");
      }
      if (up(j) === "REPLACE" && is(j + 1, "("))
        refuse("replace() inside reduce() is not allowed (it grows without bound)");
    }
    if (uses > 1)
      refuse(`reduce() may use its accumulator ${acc.value} once per step (doubling it grows without bound)`);
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
  // These read nodes or relationships of any label, app data (SavedView, SavedQuery) included.
  [
    /^(AllNodesScan|(Directed|Undirected)?AllRelationshipsScan|NodeBy(Element)?IdSeek|(Directed|Undirected)RelationshipBy(Element)?IdSeek)/,
    "start from a labelled node (Actor, Meeting, Incident, Place, Article) or a typed relationship",
  ],
];

/** Labels and types a plan's scans and index seeks read, and the hops of its variable-length steps. */
function checkPlanDetails(op: string, details: string): void {
  if (/Label|Index|Type|Relationship/.test(op)) {
    for (const m of details.matchAll(/:\s*`?([\p{L}_][\p{L}\p{N}_]*)`?/gu))
      if (!PUBLIC_NAMES.has(m[1]!)) refuse(`label ${m[1]} is not allowed`);
  }
  for (const m of details.matchAll(/\*(\d*)\.\.(\d*)/g))
    if (!m[2] || Number(m[2]) > MAX_HOPS) refuse(`variable-length paths may have at most ${MAX_HOPS} hops`);
  for (const m of details.matchAll(/\{(\d+), ?(\d+|inf)\}/g))
    if (m[2] === "inf" || Number(m[2]) > MAX_HOPS)
      refuse(`quantified path patterns may have at most ${MAX_HOPS} hops`);
}

function walkPlan(node: PlanNode): void {
  const op = node.operatorType.replace(/@.*$/, "");
  for (const [rule, message] of FORBIDDEN_OPERATORS) if (rule.test(op)) refuse(message);
  const details = String(node.arguments.Details ?? "");
  checkPlanDetails(op, details);
  if (op === "ProcedureCall") {
    const signature = String(node.arguments.Details ?? node.arguments.Signature ?? "");
    const name = /([A-Za-z_][\w.]*)\s*\(/.exec(signature)?.[1] ?? signature;
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
