// The meetings and incidents that have coordinates through their place, newest first, for GET /api/map.
import neo4j from "neo4j-driver";
import { read, type Neo4jTarget } from "../../cypher/run.ts";
import { MapPoint, type MapQuery, type MapResponse } from "../../contract/map.ts";
import { EVENT_FILTER } from "./cypher.ts";

// The box test is one fixed text: with no box $west is null and every placed event passes.
const MAP_POINTS = `
CALL () {
  MATCH (e:Meeting)-[:OCCURRED_AT]->(p:Place) WHERE $meetings RETURN e, p
  UNION
  MATCH (e:Incident)-[:OCCURRED_AT]->(p:Place) WHERE $incidents RETURN e, p
}
WITH e, p WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL AND ${EVENT_FILTER}
  AND ($west IS NULL OR (p.lat >= $south AND p.lat <= $north AND
       CASE WHEN $west <= $east THEN p.lon >= $west AND p.lon <= $east
            ELSE p.lon >= $west OR p.lon <= $east END))
WITH e, min(p.id) AS placeId ORDER BY e.date DESC, e.id LIMIT $limit
MATCH (p:Place {id: placeId})
RETURN CASE WHEN e:Meeting THEN 'meeting:' ELSE 'incident:' END + e.id AS id,
       CASE WHEN e:Meeting THEN 'meeting' ELSE 'incident' END AS kind,
       e.kind AS subtype, coalesce(e.label, e.id) AS label, toString(e.date) AS date,
       coalesce(e.sourceCount, 1) AS sourceCount,
       {id: 'place:' + p.id, name: coalesce(p.name, p.id), lat: toFloat(p.lat), lon: toFloat(p.lon)} AS place
ORDER BY date DESC, id`;

export async function mapPoints(db: Neo4jTarget, q: MapQuery): Promise<MapResponse> {
  const kinds = q.kinds ?? ["meeting", "incident"];
  const box = q.bbox;
  const rows = await read(
    db,
    MAP_POINTS,
    {
      meetings: kinds.includes("meeting"),
      incidents: kinds.includes("incident"),
      from: q.from ?? null,
      to: q.to ?? null,
      codes: q.codes ?? null,
      minSources: neo4j.int(q.minSources),
      west: box?.west ?? null,
      south: box?.south ?? null,
      east: box?.east ?? null,
      north: box?.north ?? null,
      limit: neo4j.int(q.limit + 1),
    },
    { mapper: (row) => row.object(MapPoint) },
  );
  return { points: rows.slice(0, q.limit), truncated: rows.length > q.limit };
}
