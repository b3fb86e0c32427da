// The README's dependency review (Security) must list exactly package.json's direct dependencies, each
// at the version package-lock.json locks: adding or bumping one without reviewing it fails here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), "utf8");

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
interface Lockfile {
  packages: Record<string, { version?: string }>;
}

/** `name kind version` for each row of the README's table between the dependency markers. */
function readmeRows(): string[] {
  const readme = read("README.md");
  const start = readme.indexOf("<!-- dependencies:start -->");
  const end = readme.indexOf("<!-- dependencies:end -->");
  expect(start, "README.md has no <!-- dependencies:start --> marker").toBeGreaterThanOrEqual(0);
  expect(end, "README.md has no <!-- dependencies:end --> marker").toBeGreaterThan(start);
  return readme
    .slice(start, end)
    .split("\n")
    .map((line) => /^\|\s*`([^`]+)`\s*\|\s*([^|\s]+)\s*\|\s*(runtime|dev)\s*\|/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, name, version, kind]) => `${name} ${kind} ${version}`)
    .sort();
}

function lockedRows(): string[] {
  const pkg = JSON.parse(read("package.json")) as PackageJson;
  const lock = JSON.parse(read("package-lock.json")) as Lockfile;
  const rows: string[] = [];
  for (const [kind, deps] of [
    ["runtime", pkg.dependencies ?? {}],
    ["dev", pkg.devDependencies ?? {}],
  ] as const)
    for (const name of Object.keys(deps))
      rows.push(`${name} ${kind} ${lock.packages[`node_modules/${name}`]?.version ?? "(not locked)"}`);
  return rows.sort();
}

describe("the README's dependency review", () => {
  it("lists every direct dependency at its locked version, and nothing else", () => {
    expect(readmeRows()).toEqual(lockedRows());
  });
});
