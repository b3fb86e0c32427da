// Who met whom at the level of countries (#21): a year of coded events draws as ~200 country nodes
// with edges weighted by meetings, and one country opens into its actors on demand. Everything is
// aggregated in Cypher, so the explorer never downloads the events themselves.
import neo4j from "neo4j-driver";
import { readTransaction, type Neo4jTarget } from "../../cypher/run.ts";
import type {
  Countries,
  CountriesQuery,
  CountryActors,
  CountryActorsQuery,
} from "../../contract/countries.ts";

export const countryId = (country: string) => `country:${country}`;

const IN_RANGE = `($from IS NULL OR m.date >= date($from)) AND ($to IS NULL OR m.date <= date($to))`;
const ACTOR_FILTER = `($sector IS NULL OR $sector IN a.sectors)`;

// One pass over the meetings (through the date index when a range is given): each meeting's
// distinct countries, then every pair of them. The pair (x, x) stands for "x took part", so one
// aggregation yields the nodes' totals (x = y) and the edges (x < y).
export const COUNTRY_PAIRS = `
MATCH (m:Meeting) WHERE ${IN_RANGE}
CALL (m) {
  MATCH (a:Actor)-[:PARTICIPATED_IN]->(m)
  WHERE a.country IS NOT NULL AND ${ACTOR_FILTER}
  RETURN collect(DISTINCT a.country) AS countries
}
UNWIND countries AS x
UNWIND countries AS y
WITH x, y, m WHERE x <= y
RETURN x, y, count(m) AS meetings`;

// The country's actors that took part in meetings, most active first; then, from those, links to
// each other and to other countries. Actor lookup goes through the actor_country index.
export const COUNTRY_ACTORS = `
MATCH (a:Actor {country: $country}) WHERE ${ACTOR_FILTER}
CALL (a) {
  MATCH (a)-[:PARTICIPATED_IN]->(m:Meeting) WHERE ${IN_RANGE}
  RETURN count(m) AS meetings
}
WITH a, meetings WHERE meetings > 0
ORDER BY meetings DESC, a.id
LIMIT $limit + 1
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.sectors, []) AS sectors, meetings`;

export const ACTOR_LINKS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE ${IN_RANGE} AND b <> a AND b.country IS NOT NULL
WITH a, m, CASE WHEN b.id IN $ids THEN 'actor:' + b.id
                WHEN b.country <> $country THEN 'country:' + b.country END AS other
WHERE other IS NOT NULL AND NOT (other STARTS WITH 'actor:' AND other < 'actor:' + a.id)
RETURN 'actor:' + a.id AS source, other AS target, count(DISTINCT m) AS meetings
ORDER BY source, target`;

interface Filters {
  from?: string;
  to?: string;
  sector?: string;
}

const filterParams = (q: Filters) => ({ from: q.from ?? null, to: q.to ?? null, sector: q.sector ?? null });

export async function countryGraph(db: Neo4jTarget, q: CountriesQuery): Promise<Countries> {
  const rows = await readTransaction(db, (tx) =>
    tx.rows(COUNTRY_PAIRS, filterParams(q), (row) => ({
      x: row.string("x"),
      y: row.string("y"),
      meetings: row.number("meetings"),
    })),
  );
  const all = rows
    .filter((r) => r.x === r.y)
    .map((r) => ({ id: countryId(r.x), country: r.x, meetings: r.meetings }))
    .sort((a, b) => b.meetings - a.meetings || a.country.localeCompare(b.country));
  const countries = all.slice(0, q.limit);
  const kept = new Set(countries.map((c) => c.country));
  const links = rows
    .filter((r) => r.x !== r.y && kept.has(r.x) && kept.has(r.y))
    .map((r) => ({ source: countryId(r.x), target: countryId(r.y), meetings: r.meetings }))
    .sort((a, b) => b.meetings - a.meetings || a.source.localeCompare(b.source));
  return { countries, links, truncated: all.length > countries.length };
}

export function countryActors(
  db: Neo4jTarget,
  country: string,
  q: CountryActorsQuery,
): Promise<CountryActors> {
  return readTransaction(db, async (tx) => {
    const params = { ...filterParams(q), country };
    const found = await tx.rows(COUNTRY_ACTORS, { ...params, limit: neo4j.int(q.limit) }, (row) => ({
      id: `actor:${row.string("id")}`,
      name: row.string("name"),
      kind: row.string("kind"),
      sectors: row.strings("sectors"),
      meetings: row.number("meetings"),
    }));
    const actors = found.slice(0, q.limit);
    const ids = actors.map((a) => a.id.slice("actor:".length));
    const links = await tx.rows(ACTOR_LINKS, { ...params, ids }, (row) => ({
      source: row.string("source"),
      target: row.string("target"),
      meetings: row.number("meetings"),
    }));
    return { country, actors, links, truncated: found.length > actors.length };
  });
}
