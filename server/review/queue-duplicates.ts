// More of the review queue (#19): likely duplicate facts and actors without a kind. Incidents on the
// same day between the same states (or, without states, the same actors) at differently named places;
// meetings of the same participants on the same or the next day; actors the extractor gave no kind.
import { z } from "zod";
import type { Tx } from "../../cypher/run.ts";
import { Evidence, type ReviewItem } from "../../contract/review.ts";

const ArticleEvidence = Evidence.omit({ target: true });

const FactRow = z.object({
  id: z.string(),
  date: z.string(),
  label: z.string(),
  place: z.string().nullable(),
  sourceCount: z.number(),
  actors: z.array(z.object({ id: z.string(), kind: z.string().nullable() })),
  evidence: z.array(ArticleEvidence),
});
type FactRow = z.infer<typeof FactRow>;

// Pairs found through the date index: each fact with those of the same day or the day after.
const PAIRS = (label: "Meeting" | "Incident", link: string, days: number) => `
MATCH (e:${label}) WHERE coalesce(e.reviewed, false) = false
MATCH (f:${label}) WHERE f.date >= e.date AND f.date <= e.date + duration({days: ${days}}) AND e.id < f.id
  AND coalesce(f.reviewed, false) = false
WITH e, f LIMIT 2000
UNWIND [e, f] AS x
WITH e, f, x, [(x)-[:OCCURRED_AT]->(p:Place) | p.name][0] AS place
RETURN e.id AS pair, x.id AS id, toString(x.date) AS date, coalesce(x.label, x.id) AS label, place,
  coalesce(x.sourceCount, 0) AS sourceCount,
  [(a:Actor)-[:${link}]->(x) | {id: a.id, kind: a.kind}] AS actors,
  COLLECT { MATCH (x)-[r:REPORTED_IN]->(art:Article)
            RETURN {article: art.id, slug: art.slug, date: toString(art.date), source: art.source, quote: r.quote}
            ORDER BY art.date, art.id LIMIT 1 } AS evidence, f.id AS other`;

const PairRow = FactRow.extend({ pair: z.string(), other: z.string() });

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The states an incident is between, or all its actors when no state is named. */
function sides(row: FactRow): string[] {
  const states = row.actors.filter((a) => a.kind === "state").map((a) => a.id);
  return (states.length ? states : row.actors.map((a) => a.id)).sort();
}

function pairItem(
  kind: "meeting" | "incident",
  x: FactRow,
  y: FactRow,
  score: number,
  why: string,
): ReviewItem {
  // The fact with more sources (then the smaller id) keeps its id.
  const [keep, drop] = [x, y].sort((a, b) => b.sourceCount - a.sourceCount || a.id.localeCompare(b.id)) as [
    FactRow,
    FactRow,
  ];
  const targets = [`${kind}:${keep.id}`, `${kind}:${drop.id}`];
  return {
    id: `duplicate:${targets.join("|")}`,
    type: kind === "meeting" ? "duplicate-meetings" : "duplicate-incidents",
    score,
    reasons: [why],
    label: `${keep.label} (${keep.date}) / ${drop.label} (${drop.date})`,
    targets,
    fingerprints: {},
    evidence: [keep, drop].flatMap((f, i) => f.evidence.map((e) => ({ target: targets[i]!, ...e }))),
  };
}

async function pairs(tx: Tx, label: "Meeting" | "Incident", link: string, days: number) {
  const rows = await tx.rows(PAIRS(label, link, days), {}, (r) => r.object(PairRow));
  const byPair = new Map<string, FactRow[]>();
  for (const row of rows) {
    const key = `${row.pair}|${row.other}`;
    byPair.set(key, [...(byPair.get(key) ?? []), row]);
  }
  return [...byPair.values()].filter((p): p is [FactRow, FactRow] => p.length === 2);
}

/** Meetings of the same participants on the same day or the next. */
export async function duplicateMeetings(tx: Tx): Promise<ReviewItem[]> {
  return (await pairs(tx, "Meeting", "PARTICIPATED_IN", 1)).flatMap(([x, y]) => {
    const who = (f: FactRow) => f.actors.map((a) => a.id).sort();
    if (!sameSet(who(x), who(y)) || who(x).length < 2) return [];
    const sameDay = x.date === y.date;
    const why = sameDay
      ? `the same participants on the same day (${x.date})`
      : `the same participants on adjacent days (${x.date}, ${y.date})`;
    return [pairItem("meeting", x, y, sameDay ? 0.8 : 0.7, why)];
  });
}

/** Incidents on the same day between the same states at differently named places. */
export async function duplicateIncidents(tx: Tx): Promise<ReviewItem[]> {
  return (await pairs(tx, "Incident", "INVOLVED_IN", 0)).flatMap(([x, y]) => {
    if (x.place === y.place || !sides(x).length || !sameSet(sides(x), sides(y))) return [];
    const why = `the same day and sides (${x.date}) at places named differently: "${x.place}", "${y.place}"`;
    return [pairItem("incident", x, y, 0.75, why)];
  });
}

const KINDLESS = `
MATCH (a:Actor) WHERE a.kind IS NULL
RETURN a.id AS id, a.name AS name,
  COLLECT { MATCH (a)-[:PARTICIPATED_IN|INVOLVED_IN]->()-[r:REPORTED_IN]->(art:Article)
            RETURN {article: art.id, slug: art.slug, date: toString(art.date), source: art.source, quote: r.quote}
            ORDER BY art.date, art.id LIMIT 1 } AS evidence
ORDER BY a.id LIMIT 200`;

/** Actors without a kind: a person, organization, state or group, for the analyst to say. */
export async function kindlessActors(tx: Tx): Promise<ReviewItem[]> {
  const rows = await tx.rows(KINDLESS, {}, (r) =>
    r.object(z.object({ id: z.string(), name: z.string(), evidence: z.array(ArticleEvidence) })),
  );
  return rows.map((row) => {
    const target = `actor:${row.id}`;
    return {
      id: `kind:${target}`,
      type: "actor-kind" as const,
      score: 0.5,
      reasons: ["no kind: person, organization, state or group?"],
      label: row.name,
      targets: [target],
      fingerprints: {},
      evidence: row.evidence.map((e) => ({ target, ...e })),
    };
  });
}
