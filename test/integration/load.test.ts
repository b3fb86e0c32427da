import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "../../cypher/neo4j.ts";
import { readTx, writeTx } from "../../cypher/run.ts";
import { loadExtraction } from "../../ingest/load.ts";
import { verifyGraph } from "../../ingest/verify.ts";
import { quotedArticle } from "../fixtures/quoted-article.ts";
import { seedArticles, seedExtraction } from "../fixtures/seed-extraction.ts";
import { clearGraph, countNodes, testConfig, useEmptyGraph } from "../support/neo4j.ts";

const database = testConfig.NEO4J_DATABASE;
const graph = useEmptyGraph();

describe("loadExtraction", () => {
  it("creates actors, meetings, incidents, places and articles", async () => {
    const summary = await loadExtraction(graph(), seedExtraction, { database });
    expect(summary.actors).toEqual({ created: 5, updated: 0, unchanged: 0 });
    expect(summary.meetings).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(summary.incidents).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(summary.places).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await countNodes(graph())).toEqual({ Actor: 5, Meeting: 2, Incident: 1, Place: 1, Article: 2 });
  });

  it("leaves the graph unchanged when run twice", async () => {
    await loadExtraction(graph(), seedExtraction, { database });
    const snapshot = await dumpGraph(graph());
    const second = await loadExtraction(graph(), seedExtraction, { database, batchSize: 1 });
    expect(second.actors).toEqual({ created: 0, updated: 0, unchanged: 5 });
    expect(second.relationshipsCreated).toBe(0);
    expect(await dumpGraph(graph())).toEqual(snapshot);
  });

  it("converges when a run stopped midway is run again", async () => {
    const partial = { ...seedExtraction, meetings: seedExtraction.meetings.slice(0, 1), incidents: [] };
    await loadExtraction(graph(), partial, { database });
    await loadExtraction(graph(), seedExtraction, { database });
    const converged = await dumpGraph(graph());
    await clearGraph(graph());
    await loadExtraction(graph(), seedExtraction, { database });
    expect(await dumpGraph(graph())).toEqual(converged);
  });

  it("links Lukashenko and Merkel through both phone calls with provenance", async () => {
    await loadExtraction(graph(), seedExtraction, { database });
    const rows = await readTx(graph(), database, async (tx) => {
      const result = await tx.run(
        `MATCH (:Actor {id: 'lukashenko'})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(:Actor {id: 'merkel'})
         MATCH (m)-[r:REPORTED_IN]->(a:Article)
         RETURN toString(m.date) AS date, m.kind AS kind, m.cameo AS cameo, r.quote AS quote, a.id AS article
         ORDER BY date`,
      );
      return result.records.map((r) => r.toObject());
    });
    expect(rows).toEqual([
      {
        date: "2021-11-15",
        kind: "phone_call",
        cameo: "041",
        quote: seedExtraction.meetings[0]!.sources[0]!.quote,
        article: seedArticles.a1.article.id,
      },
      {
        date: "2021-11-17",
        kind: "phone_call",
        cameo: "041",
        quote: seedExtraction.meetings[1]!.sources[0]!.quote,
        article: seedArticles.a1.article.id,
      },
    ]);
  });

  it("counts distinct sources reporting an incident", async () => {
    await loadExtraction(graph(), seedExtraction, { database });
    const count = await readTx(graph(), database, async (tx) => {
      const result = await tx.run("MATCH (i:Incident) RETURN i.sourceCount AS n");
      return result.records[0]?.get("n");
    });
    expect(count).toBe(2);
  });
});

describe("new facts through CREATE, known facts through MERGE", () => {
  it("writes the same graph whether a fact is new or already known", async () => {
    // All new (the CREATE path) …
    await loadExtraction(graph(), seedExtraction, { database });
    const fresh = await dumpGraph(graph());
    // … against every event known first without its links (the MERGE path).
    await clearGraph(graph());
    await loadExtraction(
      graph(),
      {
        ...seedExtraction,
        meetings: seedExtraction.meetings.map((m) => ({ ...m, participants: [], sources: [] })),
        incidents: seedExtraction.incidents.map((i) => ({ ...i, actors: [], sources: [] })),
      },
      { database },
    );
    await loadExtraction(graph(), seedExtraction, { database });
    expect(await dumpGraph(graph())).toEqual(fresh);
  });

  it("counts a later outlet's report of a known event as corroboration", async () => {
    const first = { ...seedExtraction, incidents: [] };
    await loadExtraction(graph(), first, { database });
    const call = seedExtraction.meetings[0]!;
    const a9 = quotedArticle({ slug: "a9", date: "2021-11-18", source: "Reuters" }, ["They spoke."]);
    const later = {
      articles: [a9.article],
      actors: [],
      meetings: [{ ...call, sources: [a9.cite("They spoke.")] }],
      incidents: [],
    };
    const summary = await loadExtraction(graph(), later, { database });
    // A new source is a change to the meeting: counted as updated, not unchanged.
    expect(summary.meetings).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const count = await readTx(graph(), database, async (tx) =>
      (
        await tx.run("MATCH (m:Meeting {id: $id}) RETURN m.sourceCount AS n", { id: call.id })
      ).records[0]!.get("n"),
    );
    expect(count).toBe(2);
  });

  it("counts an actor whose title a second load adds as updated", async () => {
    await loadExtraction(graph(), seedExtraction, { database });
    const titled = {
      ...seedExtraction,
      actors: seedExtraction.actors.map((a) => (a.id === "lappo" ? { ...a, title: "Chairman" } : a)),
    };
    const summary = await loadExtraction(graph(), titled, { database });
    expect(summary.actors).toEqual({ created: 0, updated: 1, unchanged: 4 });
    expect(summary.meetings).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it("re-links an article whose text changed under the same URL and drops facts it alone reported", async () => {
    const url = "https://news.example/2021/11/17/calls";
    const v1 = quotedArticle({ slug: "calls", date: "2021-11-17", source: "Wire", url }, [
      "Lukashenko and Merkel spoke on Monday.",
      "Migrants threw stones.",
    ]);
    const v2 = quotedArticle({ slug: "calls", date: "2021-11-17", source: "Wire", url }, [
      "Correction: Lukashenko and Merkel spoke on Monday evening, the agency said.",
    ]);
    expect(v2.article.id).toBe(v1.article.id);
    const [call] = seedExtraction.meetings;
    const [clash] = seedExtraction.incidents;
    await loadExtraction(
      graph(),
      {
        articles: [v1.article],
        actors: seedExtraction.actors,
        meetings: [{ ...call!, sources: [v1.cite("Lukashenko and Merkel spoke on Monday.")] }],
        incidents: [{ ...clash!, sources: [v1.cite("Migrants threw stones.")] }],
      },
      { database },
    );
    const summary = await loadExtraction(
      graph(),
      {
        articles: [v2.article],
        actors: [],
        meetings: [
          {
            ...call!,
            sources: [v2.cite("Correction: Lukashenko and Merkel spoke on Monday evening, the agency said.")],
          },
        ],
        incidents: [],
      },
      { database },
    );
    expect(summary.articles).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(summary.factsRemoved).toBe(1);
    expect(await countNodes(graph())).toMatchObject({ Meeting: 1, Article: 1 });
    expect((await countNodes(graph())).Incident).toBeUndefined();
    const report = await verifyGraph(graph(), database);
    expect(report.problems).toEqual([]);
    expect(report.quotes).toBe(1);
  });

  it("refuses to write into a graph whose articles were stored by file name", async () => {
    await writeTx(graph(), database, (tx) =>
      tx.run("CREATE (:Article {id: '001', date: date('2021-11-17'), file: 'dev/001.txt'})"),
    );
    await expect(loadExtraction(graph(), seedExtraction, { database })).rejects.toThrow(
      /1 article\(s\) stored under file-name ids.*ingest -- migrate/,
    );
    expect(await countNodes(graph())).toEqual({ Article: 1 });
  });

  it("keeps one link per article when an event is quoted twice from it", async () => {
    const call = seedExtraction.meetings[0]!;
    const twice = {
      ...seedExtraction,
      meetings: [
        { ...call, sources: [...call.sources, { ...call.sources[0]!, quote: "Again.", start: 5, end: 11 }] },
      ],
      incidents: [],
    };
    await loadExtraction(graph(), twice, { database });
    const links = await readTx(graph(), database, async (tx) =>
      (
        await tx.run("MATCH (:Meeting {id: $id})-[r:REPORTED_IN]->() RETURN r.quote AS quote", {
          id: call.id,
        })
      ).records.map((r) => r.get("quote") as string),
    );
    expect(links).toEqual([call.sources[0]!.quote]);
  });

  it("lets two loaders write the same new facts at once and ends with one copy of each", async () => {
    await loadExtraction(graph(), seedExtraction, { database });
    const once = await dumpGraph(graph());
    await clearGraph(graph());
    await Promise.all([
      loadExtraction(graph(), seedExtraction, { database, batchSize: 1 }),
      loadExtraction(graph(), seedExtraction, { database, batchSize: 1 }),
      loadExtraction(graph(), seedExtraction, { database, batchSize: 2 }),
    ]);
    expect(await dumpGraph(graph())).toEqual(once);
  });
});

/** Every node and relationship with its properties, in a stable order. */
async function dumpGraph(d: Driver): Promise<string[]> {
  return readTx(d, database, async (tx) => {
    const nodes = await tx.run("MATCH (n) RETURN labels(n)[0] AS head, properties(n) AS props");
    const rels = await tx.run(
      "MATCH (a)-[r]->(b) RETURN a.id + ' ' + type(r) + ' ' + b.id AS head, properties(r) AS props",
    );
    return [...nodes.records, ...rels.records]
      .map((r) => `${r.get("head")} ${stableJson(toPlain(r.get("props")))}`)
      .sort();
  });
}

function stableJson(value: unknown): string {
  const props = value as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(props)
      .sort()
      .map((k) => [k, props[k]]),
  );
}
