// GET /api/countries (country-level who-met-whom) and GET /api/countries/{country}/actors (one
// country opened into its actors): parse, call server/countries, answer. Documented here, through
// the OpenAPI registry's hook, so the route and its contract stay side by side.
import { Router } from "express";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { countryActors, countryGraph } from "../countries/who-met-whom.ts";
import {
  Countries,
  CountriesQuery,
  CountryActors,
  CountryActorsQuery,
  CountryName,
} from "../countries/schemas.ts";
import { registry } from "../openapi.ts";

export function countryRoutes(driver: Driver, database: string): Router {
  const router = Router();
  router.get("/api/countries", async (req, res) => {
    res.json(await countryGraph(driver, database, CountriesQuery.parse(req.query)));
  });
  router.get("/api/countries/:country/actors", async (req, res) => {
    const country = CountryName.parse(req.params.country);
    res.json(await countryActors(driver, database, country, CountryActorsQuery.parse(req.query)));
  });
  return router;
}

const json = (description: string, schema: z.ZodType) => ({
  description,
  content: { "application/json": { schema } },
});
const ErrorRef = { $ref: "#/components/schemas/Error" };
const errors = {
  400: {
    description: "The request is invalid; the message names the field",
    content: { "application/json": { schema: ErrorRef } },
  },
  503: {
    description: "Neo4j cannot be reached, or is too busy now; retry after Retry-After",
    content: { "application/json": { schema: ErrorRef } },
  },
};

registry.registerPath({
  method: "get",
  path: "/api/countries",
  summary: "Who met whom by country: countries with their meetings, edges weighted by meetings between them",
  request: { query: CountriesQuery },
  responses: { 200: json("Countries and links", Countries), ...errors },
});
registry.registerPath({
  method: "get",
  path: "/api/countries/{country}/actors",
  summary: "One country's most active actors, their links to each other and to other countries",
  request: {
    params: z.object({ country: CountryName.openapi({ example: "Russia" }) }),
    query: CountryActorsQuery,
  },
  responses: { 200: json("Actors and links", CountryActors), ...errors },
});
