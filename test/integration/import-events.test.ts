// `ingest import-events` as a user runs it, against the real Neo4j: the real ICEWS sample (3,705
// rows, 1–2 June 2018) and small GDELT and POLECAT fixtures become meetings, incidents and Reports,
// a second import changes nothing, and `ingest verify` accepts the result, alone and beside articles.
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toPlain } from "../../cypher/neo4j.ts";
import { readTx } from "../../cypher/run.ts";
import { runIngest } from "../support/ingest.ts";
import { testConfig, useEmptyGraph } from "../support/neo4j.ts";

const database = testConfig.NEO4J_DATABASE;
const ICEWS = "../shared/events/icews-events.2018.sample.tab";
const FIXTURES = "test/fixtures/events";
const graph = useEmptyGraph();

async function scalar(query: string): Promise<unknown> {
  return readTx(graph(), database, async (tx) => toPlain((await tx.run(query)).records[0]?.get(0)));
}

/** Every node and relationship with its properties, sorted: equal dumps mean an unchanged graph. */
async function dumpGraph(): Promise<string[]> {
  const rows = await readTx(graph(), database, async (tx) => {
    const result = await tx.run(
      `MATCH (n) RETURN labels(n) AS l, properties(n) AS p,
              [(n)-[r]->(o) | [type(r), o.id, properties(r)]] AS out`,
    );
    return result.records.map((r) => JSON.stringify(toPlain(r.toObject())));
  });
  return rows.sort();
}

function expectVerified(): void {
  const run = runIngest(["verify"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
}

/**
 * The sample's events counted the simple way, apart from the importer: a meeting or incident is a
 * distinct (day, unordered pair of raw names, CAMEO root, place) among rows with codes 04 or 15–20.
 * (The same computation with awk over the file gives the same numbers; see the report of #21.)
 */
async function countIcews(file: string, roots = ["04", "15", "16", "17", "18", "19", "20"]) {
  const na = (x: string | undefined) => (!x || x === "NA" ? "" : x);
  const lines = (await readFile(file, "utf8")).split("\n").filter(Boolean);
  const meetings = new Map<string, Set<string>>();
  const incidents = new Map<string, Set<string>>();
  const reports = new Set<string>();
  const actors = new Set<string>();
  for (const line of lines.slice(1)) {
    const f = line.split("\t");
    const root = f[6]!.slice(0, 2);
    if (!roots.includes(root)) continue;
    const pair = [f[2]!, na(f[8])].filter(Boolean).sort();
    const local = na(f[14]) || na(f[15]) || na(f[16]);
    const country = na(f[17]);
    const place = local && country && local !== country ? `${local}, ${country}` : local || country;
    const key = [f[1], ...pair, root, place].join("|");
    const facts = root === "04" ? meetings : incidents;
    if (!facts.has(key)) facts.set(key, new Set());
    facts.get(key)!.add(na(f[13]) || f[11]!);
    reports.add(`${f[11]}-${f[12]}`);
    pair.forEach((a) => actors.add(a));
  }
  const sources = (m: Map<string, Set<string>>) => [...m.values()].reduce((n, s) => n + s.size, 0);
  return {
    rows: lines.length - 1,
    meetings: meetings.size,
    incidents: incidents.size,
    reports: reports.size,
    actors: actors.size,
    meetingSources: sources(meetings),
    incidentSources: sources(incidents),
  };
}

describe("ingest import-events", () => {
  it("imports the ICEWS sample as meetings and incidents coded in Reports; twice changes nothing", async () => {
    const expected = await countIcews(ICEWS);
    // Hand-verified with awk over the file (see the report of issue #21).
    expect(expected).toEqual({
      rows: 3705,
      meetings: 354,
      incidents: 465,
      reports: 894,
      actors: 602,
      meetingSources: 448,
      incidentSources: 491,
    });
    const run = runIngest(["import-events", "--format", "icews", ICEWS]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/rows read\s+3705/);
    expect(run.stdout).toMatch(/rows imported\s+1505/);
    expect(run.stdout).toMatch(/rows skipped\s+0/);
    expect(await scalar("MATCH (m:Meeting) RETURN count(m)")).toBe(expected.meetings);
    expect(await scalar("MATCH (i:Incident) RETURN count(i)")).toBe(expected.incidents);
    expect(await scalar("MATCH (r:Report) RETURN count(r)")).toBe(expected.reports);
    expect(await scalar("MATCH (a:Actor) RETURN count(a)")).toBe(expected.actors);
    expect(await scalar("MATCH (m:Meeting) RETURN sum(m.sourceCount)")).toBe(expected.meetingSources);
    expect(await scalar("MATCH (i:Incident) RETURN sum(i.sourceCount)")).toBe(expected.incidentSources);
    // Event data has no text: no Article is ever made of it.
    expect(await scalar("MATCH (a:Article) RETURN count(a)")).toBe(0);
    // The Pompeo–Kim Yong-chol talks in New York: 7 stories by 7 publishers, coded 040 and 046.
    expect(
      toPlain(
        await readTx(graph(), database, async (tx) =>
          (
            await tx.run(
              `MATCH (:Actor {id: 'mike-pompeo'})-[:PARTICIPATED_IN]->(m:Meeting {date: date('2018-06-01')})
                     <-[:PARTICIPATED_IN]-(:Actor {id: 'kim-yong-chol'})
               RETURN m.kind AS kind, m.cameo AS cameo, m.sourceCount AS sources, m.place AS place,
                      COUNT { (m)-[:CODED_IN]->(:Report {dataset: 'icews'}) } AS reports`,
            )
          ).records.map((r) => r.toObject()),
        ),
      ),
    ).toContainEqual({
      kind: "talks",
      cameo: "040",
      sources: 7,
      place: "New York City, United States",
      reports: 7,
    });
    // The rows' Latitude/Longitude reach the place, which the meeting is linked to (#20 map).
    expect(
      await scalar(
        `MATCH (:Actor {id: 'mike-pompeo'})-[:PARTICIPATED_IN]->(:Meeting {date: date('2018-06-01')})
               -[:OCCURRED_AT]->(p:Place {name: 'New York City, United States'})
         RETURN DISTINCT [p.lat, p.lon]`,
      ),
    ).toEqual([40.7143, -74.006]);
    expect(await scalar("MATCH (p:Place) WHERE p.lat IS NULL RETURN count(p)")).toBe(0);

    const before = await dumpGraph();
    const again = runIngest(["import-events", "--format", "icews", ICEWS]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/meetings\s+0\n\s+incidents\s+0/);
    expect(await dumpGraph()).toEqual(before);
    expectVerified();
  }, 240_000);

  it("shares actors with the articles and passes ingest verify beside them", async () => {
    expect(runIngest(["load", "data/articles"]).code).toBe(0);
    expect(runIngest(["import-events", "--format", "icews", ICEWS]).code).toBe(0);
    // Lukashenko of the articles and of ICEWS is one node, in meetings of both kinds of evidence.
    expect(
      await scalar(
        `MATCH (a:Actor {id: 'alexander-lukashenko'})
         RETURN [EXISTS { (a)-[:PARTICIPATED_IN]->(:Meeting)-[:REPORTED_IN]->(:Article) },
                 EXISTS { (a)-[:PARTICIPATED_IN]->(:Meeting)-[:CODED_IN]->(:Report) }]`,
      ),
    ).toEqual([true, true]);
    expectVerified();
    // And the articles loaded again after the import leave the coded facts as they were.
    const before = await dumpGraph();
    expect(runIngest(["load", "data/articles"]).code).toBe(0);
    expect(await dumpGraph()).toEqual(before);
    expectVerified();
  }, 240_000);

  it("fails verify for a Report that names no story or URL, and a fact with neither article nor report", async () => {
    expect(
      runIngest(["import-events", "--format", "polecat", join(FIXTURES, "polecat-sample.tsv")]).code,
    ).toBe(0);
    const session = graph().session({ database });
    try {
      await session.run("MATCH (r:Report {id: 'polecat-st-9003'}) REMOVE r.storyId");
      await session.run(
        "CREATE (:Meeting {id: 'meeting-unsourced', date: date('2022-01-01'), kind: 'talks'})",
      );
    } finally {
      await session.close();
    }
    const run = runIngest(["verify"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("report polecat-st-9003 (polecat) has neither a story id nor a URL");
    expect(run.stderr).toContain("meeting:meeting-unsourced has no source");
  }, 120_000);

  it("reads gzip as a stream and keeps to --codes", async () => {
    const dir = await mkdtemp(join(tmpdir(), "whomet-events-"));
    const gz = join(dir, "icews.tab.gz");
    await writeFile(gz, execFileSync("gzip", ["-c", ICEWS]));
    const run = runIngest(["import-events", "--format", "icews", "--codes", "19", gz]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const expected = await countIcews(ICEWS, ["19"]);
    expect(await scalar("MATCH (i:Incident) RETURN count(i)")).toBe(expected.incidents);
    expect(await scalar("MATCH (i:Incident) WHERE NOT i.cameo STARTS WITH '19' RETURN count(i)")).toBe(0);
    expect(await scalar("MATCH (m:Meeting) RETURN count(m)")).toBe(0);
    expect(run.stdout).toMatch(/rows passed\s+\d+ not in --codes/);
  }, 120_000);

  it("reports a row it cannot read as FILE:LINE: field: message and loads the others", async () => {
    const file = join(FIXTURES, "icews-malformed.tab");
    const run = runIngest(["import-events", "--format", "icews", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`error: ${file}:3: Event Date: "2021-11-31" is not a valid date\n`);
    expect(run.stdout).toMatch(/rows skipped\s+1/);
    expect(await scalar("MATCH (m:Meeting) RETURN count(m)")).toBe(1);
    expect(await scalar("MATCH (i:Incident) RETURN i.kind")).toBe("violent_repression");
    expectVerified();
  }, 120_000);

  it("imports the GDELT and POLECAT fixtures, each fact coded in its Reports", async () => {
    const gdelt = runIngest([
      "import-events",
      "--format",
      "gdelt",
      join(FIXTURES, "gdelt-sample.export.CSV"),
    ]);
    expect(gdelt.stderr).toBe("");
    const polecat = runIngest(["import-events", "--format", "polecat", join(FIXTURES, "polecat-sample.tsv")]);
    expect(polecat.stderr).toBe("");
    // Merkel–Lukashenko (GDELT, two outlets), Macron–Putin and Scholz–Biden (POLECAT).
    expect(
      await scalar(
        `MATCH (m:Meeting) WITH m ORDER BY m.date
         RETURN collect([toString(m.date), m.kind, m.sourceCount, [(a)-[:PARTICIPATED_IN]->(m) | a.id]])`,
      ),
    ).toEqual([
      ["2021-11-15", "phone_call", 2, expect.arrayContaining(["angela-merkel", "alexander-lukashenko"])],
      ["2022-02-07", "visit", 2, expect.arrayContaining(["emmanuel-macron", "vladimir-putin"])],
      ["2022-02-08", "phone_call", 1, expect.arrayContaining(["olaf-scholz", "joe-biden"])],
    ]);
    const incidents = (await scalar(
      "MATCH (i:Incident)-[:OCCURRED_AT]->(p:Place) RETURN collect(i.kind + '@' + p.name)",
    )) as string[];
    expect(incidents.sort()).toEqual([
      "military_force@Kuznica, Podlaskie, Poland",
      "show_of_force@Ukraine",
      "unconventional_violence@Avdiivka, Ukraine",
      "violent_repression@Kuznica, Podlaskie, Poland",
    ]);
    expect(await scalar("MATCH (a:Actor {id: 'police-poland'}) RETURN a.kind")).toBe("organization");
    expect(await scalar("MATCH (r:Report {dataset: 'gdelt'}) WHERE r.url IS NULL RETURN count(r)")).toBe(0);
    expectVerified();
    const malformed = runIngest([
      "import-events",
      "--format",
      "gdelt",
      join(FIXTURES, "gdelt-malformed.export.CSV"),
    ]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('gdelt-malformed.export.CSV:3: EventCode: "04X" is not a CAMEO code');
    expect(malformed.stderr).toContain("gdelt-malformed.export.CSV:4: row: has 60 fields, GDELT 2.0 has 61");
    expect(malformed.stderr).toContain(
      'gdelt-malformed.export.CSV:5: ActionGeo_Lat: "153.2" is outside -90..90',
    );
  }, 120_000);

  it("imports a zipped GDELT 1.0 daily file (58 columns) as the same facts as GDELT 2.0 rows of those events", async () => {
    // A broken archive beside it is reported with its file name; the good one still loads.
    const dir = await mkdtemp(join(tmpdir(), "whomet-events-"));
    const broken = join(dir, "broken.export.CSV.zip");
    await writeFile(broken, "not a zip at all\n");
    const zipped = runIngest([
      "import-events",
      "--format",
      "gdelt",
      broken,
      join(FIXTURES, "gdelt1-sample.export.CSV.zip"),
    ]);
    expect(zipped.code).toBe(1);
    expect(zipped.stderr.trim()).toBe(
      `error: ${broken}: not a zip archive: End of central directory record signature not found. Either not a zip file, or file is truncated.`,
    );
    expect(zipped.stdout).toMatch(/rows read\s+5\b/);
    expect(
      await scalar(
        `MATCH (m:Meeting) RETURN collect([toString(m.date), m.kind, m.sourceCount, m.reportCount])`,
      ),
    ).toEqual([["2021-11-15", "phone_call", 2, 2]]);
    const afterZip = await dumpGraph();
    // The same events from the GDELT 2.0 export: same report ids (from the URLs), same facts.
    const gdelt2 = runIngest([
      "import-events",
      "--format",
      "gdelt",
      join(FIXTURES, "gdelt-sample.export.CSV"),
    ]);
    expect(gdelt2.stderr).toBe("");
    expect(await dumpGraph()).toEqual(afterZip);
    expectVerified();
  }, 120_000);
});
