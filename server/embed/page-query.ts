// The query of an /embed?… URL: embed options, a time range, and what to load (a saved query with JSON
// `params`, or /api/graph parameters such as center and depth). Read by the embed page and oEmbed.
import { z } from "zod";
import {
  EmbedOptionsInput,
  TimeRange,
  ViewParams,
  ViewSource,
  type EmbedOptions,
} from "../../contract/views.ts";

const OPTION_KEYS = ["theme", "legend", "title", "slider", "link", "from", "to"] as const;

/** The embed URL's query: options, a time range, then either `query` + `params` or /api/graph parameters. */
export const EmbedPageQuery = EmbedOptionsInput.extend(TimeRange.shape).extend({
  query: z.string().optional(),
  params: z
    .string()
    .max(4000)
    .optional()
    .transform((text, ctx) => {
      if (text === undefined) return {};
      try {
        return ViewParams.parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: "custom", message: 'must be a JSON object like {"actor":"lukashenko"}' });
        return z.NEVER;
      }
    }),
});

/** Reads an /embed?… query into a source, options and time range; throws zod errors naming the field. */
export function parseEmbedQuery(query: Record<string, unknown>): {
  source: ViewSource;
  options: Partial<EmbedOptions>;
  timeRange: TimeRange;
} {
  const q = EmbedPageQuery.parse(query);
  const options = definedOnly({
    theme: q.theme,
    legend: q.legend,
    title: q.title,
    slider: q.slider,
    link: q.link,
  });
  const timeRange = definedOnly({ from: q.from, to: q.to });
  if (q.query !== undefined)
    return {
      source: ViewSource.parse({ kind: "query", query: q.query, params: q.params }),
      options,
      timeRange,
    };
  const graphParams = Object.fromEntries(
    Object.entries(query).filter(([k]) => !(OPTION_KEYS as readonly string[]).includes(k)),
  );
  return { source: ViewSource.parse({ kind: "graph", params: graphParams }), options, timeRange };
}

export function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
