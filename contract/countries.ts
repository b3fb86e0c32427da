// GET /api/countries and GET /api/countries/{country}/actors (#21): the country-level views' requests
// and answers, for the route, the OpenAPI document and the explorer (which imports these types only).
import { z } from "zod";
import { isoDate } from "./params.ts";

const filters = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Only actors with this sector ("Government", "Military"): the countries' governments meeting, say. */
  sector: z.string().trim().min(1).max(100).optional(),
};

export const CountriesQuery = z.object({
  ...filters,
  limit: z.coerce.number().int().min(1).max(1000).default(300),
});
export type CountriesQuery = z.infer<typeof CountriesQuery>;

export const CountryActorsQuery = z.object({
  ...filters,
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type CountryActorsQuery = z.infer<typeof CountryActorsQuery>;

export const CountryName = z.string().trim().min(1).max(200);
export const CountryParams = z.object({ country: CountryName });

export const Country = z.object({
  id: z.string(),
  country: z.string(),
  /** Meetings at least one of its actors took part in (within the filters). */
  meetings: z.number().int(),
});

export const Link = z.object({
  source: z.string(),
  target: z.string(),
  /** Distinct meetings between the two sides. */
  meetings: z.number().int(),
});

export const Countries = z.object({
  countries: z.array(Country),
  links: z.array(Link),
  /** More countries had meetings than `limit`; the `limit` with most meetings are here. */
  truncated: z.boolean(),
});
export type Countries = z.infer<typeof Countries>;

export const CountryActors = z.object({
  country: z.string(),
  actors: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      sectors: z.array(z.string()),
      meetings: z.number().int(),
    }),
  ),
  /** Actor–actor links among `actors`, and actor–country links to the countries they met. */
  links: z.array(Link),
  /** The country has more actors with meetings than `limit`; the most active are here. */
  truncated: z.boolean(),
});
export type CountryActors = z.infer<typeof CountryActors>;
