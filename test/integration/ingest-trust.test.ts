// The ingest CLI as a user runs it, against the real Neo4j: after every load scenario `ingest verify`
// must find every quote in the text of the article it points to.
import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { toPlain } from "../../cypher/neo4j.ts";
import { readTx, writeTx } from "../../cypher/run.ts";
import { runIngest } from "../support/ingest.ts";
import { countNodes, testConfig, useEmptyGraph } from "../support/neo4j.ts";

const database = testConfig.NEO4J_DATABASE;
const DEMO = "data/articles";
const DEV = "../shared/corpus/dev";
const DEV2 = "../shared/corpus/dev2";
const graph = useEmptyGraph();

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), "whomet-ingest-"));
}

function expectVerified(): void {
  const run = runIngest(["verify"]);
  expect(run.stderr).toBe("");
  expect(run.stdout).toMatch(/every quote is its article's text/);
  expect(run.code).toBe(0);
}

async function scalar(query: string): Promise<unknown> {
  return readTx(graph(), database, async (tx) => toPlain((await tx.run(query)).records[0]?.get(0)));
}

describe("ingest load keeps every quote with its own article", () => {
  it("loads folders whose files share names (001.txt …) as different articles", async () => {
    const run = runIngest(["load", DEMO, DEV, DEV2]);
    expect(run.stderr).not.toMatch(/error:/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/articles\s+48 created/);
    expect(await scalar("MATCH (a:Article) RETURN count(a)")).toBe(48);
    // Two articles share the slug "001" and are told apart by id.
    expect(await scalar("MATCH (a:Article {slug: '001'}) RETURN count(a)")).toBe(2);
    expectVerified();
  });

  it("reads the same article from two places once and says so", async () => {
    const dir = await scratch();
    await copyFile(join(DEMO, "2021-11-17-tass-lukashenko-merkel-call.txt"), join(dir, "copy-of-call.txt"));
    const run = runIngest(["load", "--verbose", DEMO, dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/articles\s+2 created/);
    expect(run.stdout).toMatch(/duplicates\s+1 inputs repeat an article/);
    expect(run.stdout).toContain(
      `duplicate: ${relative(process.cwd(), join(dir, "copy-of-call.txt"))} repeats ${DEMO}/`,
    );
    expect(await countNodes(graph())).toMatchObject({ Article: 2 });
    expectVerified();
  });

  it("loads a JSON Lines feed beside files, a URL's article once", async () => {
    const dir = await scratch();
    const call = await readFile(join(DEMO, "2021-11-17-tass-lukashenko-merkel-call.txt"), "utf8");
    const body = call.replace(/^ date \S+\s+/, "");
    const feed = [
      { id: "tass-1", date: "2021-11-17", source: "TASS", url: "https://tass.example/1", text: body },
      { id: "tass-1-again", date: "2021-11-17", source: "TASS", url: "https://tass.example/1#x", text: body },
    ];
    await writeFile(join(dir, "feed.jsonl"), feed.map((x) => JSON.stringify(x)).join("\n"));
    const run = runIngest(["load", DEMO, dir]);
    expect(run.code).toBe(0);
    // The two demo files and the feed's one article (its URL, fragment aside, twice).
    expect(await scalar("MATCH (a:Article) RETURN count(a)")).toBe(3);
    expect(await scalar("MATCH (a:Article {url: 'https://tass.example/1'}) RETURN a.slug")).toBe("tass-1");
    expectVerified();
  });

  it("loads a new version of a URL's article without leaving quotes into the old text", async () => {
    const dir = await scratch();
    const feed = (text: string) =>
      JSON.stringify({ date: "2021-11-17", source: "Wire", url: "https://wire.example/a", text });
    await writeFile(
      join(dir, "feed.jsonl"),
      feed(
        "Lukashenko and Merkel held a phone call on Monday. Polish police clashed with migrants at Kuźnica on Tuesday.",
      ),
    );
    expect(runIngest(["load", dir]).code).toBe(0);
    await writeFile(
      join(dir, "feed.jsonl"),
      feed("Correction. An earlier version misdated it: Lukashenko and Merkel held a phone call on Sunday."),
    );
    const run = runIngest(["load", dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/articles\s+0 created\s+1 updated/);
    expectVerified();
  });

  it("counts created, updated and unchanged, and lists articles without facts", async () => {
    const dir = await scratch();
    await writeFile(join(dir, "weather.txt"), " date 2021-11-17 It rained in Minsk all day.");
    expect(runIngest(["load", DEMO, dir]).code).toBe(0);
    const curated = join(dir, "curated.yaml");
    await writeFile(
      curated,
      "actors:\n  - { name: Anatoly Lappo, kind: person, title: Chairman of the State Border Committee }\n",
    );
    const run = runIngest(["load", "--verbose", "--curated", curated, DEMO, dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/actors\s+0 created\s+1 updated\s+\d+ unchanged/);
    expect(run.stdout).toMatch(/articles without facts\s+1\n/);
    expect(run.stdout).toContain(`without facts: ${relative(process.cwd(), join(dir, "weather.txt"))} (`);
    expectVerified();
  });
});

describe("ingest extract with a curated file", () => {
  it("recognizes a curated actor's alias in the article text", async () => {
    const dir = await scratch();
    await writeFile(
      join(dir, "talks.txt"),
      " date 2021-11-22 Alexander Lukashenko held talks with the border committee chief in Minsk on Monday.",
    );
    await writeFile(
      join(dir, "curated.yaml"),
      "actors:\n  - { name: Anatoly Lappo, kind: person, aliases: [the border committee chief] }\n",
    );
    const run = runIngest([
      "extract",
      "--json",
      "--curated",
      join(dir, "curated.yaml"),
      join(dir, "talks.txt"),
    ]);
    expect(run.code).toBe(0);
    const extraction = JSON.parse(run.stdout) as { meetings: { participants: string[] }[] };
    expect(extraction.meetings.map((m) => m.participants)).toEqual([
      ["alexander-lukashenko", "anatoly-lappo"],
    ]);
  });

  it("stops an impossible date at extract, naming file, line and field", async () => {
    const dir = await scratch();
    const curated = join(dir, "bad.yaml");
    await writeFile(
      curated,
      [
        "incidents:",
        "  - date: 2021-02-30",
        "    kind: clash",
        "    place: Bruzgi",
        "    sources: [{ article: 2021-11-17-tass-lukashenko-merkel-call, quote: Lukashenko }]",
      ].join("\n"),
    );
    const run = runIngest(["extract", "--curated", curated, DEMO]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${curated}:2: incidents.0.date: "2021-02-30" is not a real date`);
  });
});

describe("ingest extract with a user lexicon", () => {
  const text =
    " date 2031-05-06 The Ruritanian prime minister held a phone call with Valentina Osk on Monday, the government said.";

  it("resolves an office holder the built-in lexicon does not know", async () => {
    const dir = await scratch();
    await writeFile(join(dir, "call.txt"), text);
    await writeFile(
      join(dir, "lexicon.yaml"),
      [
        "states:",
        "  - { name: Ruritania, demonyms: [Ruritanian], capital: Strelsau }",
        "persons:",
        "  - name: Rudolf Elphberg",
        "    offices:",
        "      - { role: prime minister, state: Ruritania, from: 2030-01-01 }",
        "  - name: Valentina Osk",
      ].join("\n"),
    );
    const plain = JSON.parse(runIngest(["extract", "--json", join(dir, "call.txt")]).stdout) as {
      meetings: { participants: string[] }[];
    };
    expect(plain.meetings.flatMap((m) => m.participants)).not.toContain("rudolf-elphberg");
    const run = runIngest([
      "extract",
      "--json",
      "--lexicon",
      join(dir, "lexicon.yaml"),
      join(dir, "call.txt"),
    ]);
    expect(run.stderr).not.toMatch(/error:/);
    expect(run.code).toBe(0);
    const extraction = JSON.parse(run.stdout) as {
      meetings: { participants: string[]; confidence: number; rule: string }[];
    };
    expect(extraction.meetings.map((m) => m.participants)).toEqual([["rudolf-elphberg", "valentina-osk"]]);
    expect(extraction.meetings[0]!.confidence).toBeGreaterThan(0);
    expect(extraction.meetings[0]!.rule).toEqual(expect.any(String));
  });

  it("names the file, line and field of a bad lexicon entry", async () => {
    const dir = await scratch();
    await writeFile(join(dir, "call.txt"), text);
    await writeFile(
      join(dir, "lexicon.yaml"),
      [
        "persons:",
        "  - name: Rudolf Elphberg",
        "    offices:",
        "      - { role: prime minister, state: Ruritania, from: 2030-02-30 }",
      ].join("\n"),
    );
    const run = runIngest(["extract", "--lexicon", join(dir, "lexicon.yaml"), join(dir, "call.txt")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`${join(dir, "lexicon.yaml")}:4: persons\\.0\\.offices\\.0\\.from: `),
    );
  });
});

describe("a graph from an earlier whomet (articles keyed by file name)", () => {
  async function seedLegacyGraph(): Promise<void> {
    await writeTx(graph(), database, (tx) =>
      tx.run(
        `CREATE (a:Article {id: '001', date: date('2021-11-17'), file: 'dev/001.txt'})
         CREATE (m:Meeting {id: 'meeting-2020-03-02-x--y', date: date('2020-03-02'), kind: 'talks'})
         CREATE (m)-[:REPORTED_IN {quote: 'Greek police fired tear gas', start: 0, end: 27}]->(a)`,
      ),
    );
  }

  it("is refused by load with the way out, and moved by migrate", async () => {
    await seedLegacyGraph();
    const refused = runIngest(["load", DEMO]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/1 article\(s\) stored under file-name ids.*npm run ingest -- migrate/);
    expect(runIngest(["verify"]).code).toBe(1);

    const migrated = runIngest(["migrate", DEMO]);
    expect(migrated.stderr).not.toMatch(/error:/);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toMatch(/migrated\s+1 articles stored by file name removed/);
    expect(migrated.stdout).toMatch(/removed\s+1 facts no article reports any more/);
    expect(await scalar("MATCH (a:Article) WHERE a.textHash IS NULL RETURN count(a)")).toBe(0);
    expect(await scalar("MATCH (m:Meeting {id: 'meeting-2020-03-02-x--y'}) RETURN count(m)")).toBe(0);
    expectVerified();
  });

  it("is reported by verify, as is a quote that is not its article's text", async () => {
    expect(runIngest(["load", DEMO]).code).toBe(0);
    await writeTx(graph(), database, (tx) =>
      tx.run("MATCH (:Meeting)-[r:REPORTED_IN]->() WITH r LIMIT 1 SET r.start = r.start + 1"),
    );
    const run = runIngest(["verify"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /error: meeting:\S+ quotes ".*" from article 2021-11-1\d-tass-\S+ \(\w{16}\), but its text at \d+–\d+ reads/,
    );
    expect(run.stdout).toMatch(/1 problems/);
  });
});
