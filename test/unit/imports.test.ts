// The import graph keeps the house layering (STYLE.md): no cycles; data flows one way, so cypher/
// imports none of the apps, ingest/ and server/ never import each other, the API contract (contract/)
// is shared by server and client and imports neither, and the browser code takes its API types from
// the contract (types only, erased at build) and nothing from server/ or ingest/.
import { cruise, type ICruiseResult, type IForbiddenRuleType } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

const RULES: IForbiddenRuleType[] = [
  { name: "no-cycles", severity: "error", from: {}, to: { circular: true } },
  { name: "client-not-server", severity: "error", from: { path: "^client/" }, to: { path: "^server/" } },
  {
    name: "client-takes-only-types-from-contract",
    severity: "error",
    from: { path: "^client/" },
    to: { path: "^contract/", dependencyTypesNot: ["type-only"] },
  },
  {
    name: "contract-imports-no-app",
    severity: "error",
    from: { path: "^contract/" },
    to: { path: "^(client|server|ingest|scripts|bench|test)/" },
  },
  { name: "client-not-ingest", severity: "error", from: { path: "^client/" }, to: { path: "^ingest/" } },
  { name: "ingest-not-server", severity: "error", from: { path: "^ingest/" }, to: { path: "^server/" } },
  { name: "server-not-ingest", severity: "error", from: { path: "^server/" }, to: { path: "^ingest/" } },
  {
    name: "cypher-imports-no-app",
    severity: "error",
    from: { path: "^cypher/" },
    to: { path: "^(client|server|ingest|scripts|bench|test)/" },
  },
  {
    name: "apps-not-tests-or-benches",
    severity: "error",
    from: { path: "^(contract|client|server|ingest|cypher|scripts)/" },
    to: { path: "^(test|bench)/" },
  },
];

async function violations(rules: IForbiddenRuleType[]): Promise<string[]> {
  const result = await cruise(
    ["contract", "client", "server", "ingest", "cypher", "scripts"],
    {
      validate: true,
      ruleSet: { forbidden: rules },
      tsPreCompilationDeps: true,
      tsConfig: { fileName: "tsconfig.json" },
      doNotFollow: { path: "node_modules" },
      exclude: { path: "node_modules" },
    },
    { extensions: [".ts", ".js", ".json"] },
  );
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe("import graph", () => {
  // Cruising every module takes seconds, more on a busy machine: a generous timeout.
  it("follows the layering rules and has no cycles", { timeout: 60_000 }, async () => {
    expect(await violations(RULES)).toEqual([]);
  });

  it("sees the imports it judges (a rule every module breaks is reported)", { timeout: 60_000 }, async () => {
    // Guards against a cruise that silently reads nothing and so finds nothing wrong.
    const found = await violations([
      {
        name: "server-imports-cypher",
        severity: "error",
        from: { path: "^server/" },
        to: { path: "^cypher/" },
      },
    ]);
    expect(found.length).toBeGreaterThan(5);
  });
});
