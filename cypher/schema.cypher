// whomet graph model. Applied at every start and before every ingest; each statement is idempotent.
//
// (:Actor {id, name, kind, aliases, title, country, sectors})
// (:Meeting {id, date, kind, cameo, sourceCount})
// (:Incident {id, date, kind, cameo, description, sourceCount})
// (:Place {id, name, lat, lon})  lat/lon: WGS 84 degrees, from event data or the lexicon (#20 map)
// (:Article {id, date, source, title, url, file})
// (:Actor)-[:PARTICIPATED_IN]->(:Meeting)
// (:Actor)-[:INVOLVED_IN {role}]->(:Incident)-[:OCCURRED_AT]->(:Place)
// (:Meeting)-[:OCCURRED_AT]->(:Place)  coded event data names where a meeting was
// (:Meeting|Incident)-[:REPORTED_IN {quote, start, end}]->(:Article)
// (:Meeting|Incident)-[:CODED_IN]->(:Report {id, dataset, date, storyId, sentence, publisher, url, eventIds})
//   coded event data (ICEWS, GDELT, POLECAT): a dataset's record of a story, no text to quote
// (:SavedView {id, title, spec, createdAt, snapshot, snapshotWidth, snapshotHeight})  app data, no relationships
// (:SavedQuery {id, title, description, params, query, updatedAt})  users' saved queries, app data
// (:Correction {id, kind, targets, reviewer, at, reason, payload, applied, undone, undoneBy, undoneAt})
//   an analyst's correction (#19): targets are node ids ("actor:…"); payload and applied are JSON

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (n:Incident) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (n:SavedView) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (n:SavedQuery) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE INDEX correction_at IF NOT EXISTS FOR (n:Correction) ON (n.at);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
// A country's actors, for /api/countries/{country}/actors (coded event data sets Actor.country).
CREATE INDEX actor_country IF NOT EXISTS FOR (n:Actor) ON (n.country);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX incident_date IF NOT EXISTS FOR (n:Incident) ON (n.date);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliasText];
CREATE FULLTEXT INDEX place_names IF NOT EXISTS FOR (n:Place) ON EACH [n.name];
CREATE FULLTEXT INDEX event_names IF NOT EXISTS FOR (n:Meeting|Incident) ON EACH [n.label, n.description];
