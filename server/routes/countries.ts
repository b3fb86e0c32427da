// GET /api/countries (country-level who-met-whom) and GET /api/countries/{country}/actors (one
// country opened into its actors): parse, call server/graph/countries.ts, answer.
import { Router } from "express";
import type { Neo4jTarget } from "../../cypher/run.ts";
import { CountriesQuery, CountryActorsQuery, CountryParams } from "../../contract/countries.ts";
import { countryActors, countryGraph } from "../graph/countries.ts";

export function countryRoutes(db: Neo4jTarget): Router {
  const router = Router();
  router.get("/api/countries", async (req, res) => {
    res.json(await countryGraph(db, CountriesQuery.parse(req.query)));
  });
  router.get("/api/countries/:country/actors", async (req, res) => {
    const { country } = CountryParams.parse(req.params);
    res.json(await countryActors(db, country, CountryActorsQuery.parse(req.query)));
  });
  return router;
}
