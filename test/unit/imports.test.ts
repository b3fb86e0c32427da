// The import graph keeps the house layering (STYLE.md): no cycles; data flows one way, so cypher/
// imports none of the apps, ingest/ and server/ never import each other, and the browser code takes
// at most types from the server (erased at build) and nothing from ingest/.
import { cruise, type ICruiseResult, type IForbiddenRuleType } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

const RULES: IForbiddenRuleType[] = [
  { name: "no-cycles", severity: "error", from: {}, to: { circular: true } },
  {
    name: "client-takes-only-types-from-server",
    severity: "error",
    from: { path: "^client/" },
    to: { path: "^server/", dependencyTypesNot: ["type-only"] },
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
    from: { path: "^(client|server|ingest|cypher|scripts)/" },
    to: { path: "^(test|bench)/" },
  },
];

async function violations(rules: IForbiddenRuleType[]): Promise<string[]> {
  const result = await cruise(
    ["client", "server", "ingest", "cypher", "scripts"],
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

// Each cruise reads and parses every module of the apps: ~3 s alone, more on a busy machine than the
// default 5 s a test gets.
describe("import graph", { timeout: 60_000 }, () => {
  it("follows the layering rules and has no cycles", async () => {
    expect(await violations(RULES)).toEqual([]);
  });

  it("sees the imports it judges (a rule every module breaks is reported)", async () => {
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
