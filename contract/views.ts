// Saved views and embeds: what a view shows (a graph or a saved query with parameters), its time range,
// layout, visible extent and embed options; POST /api/views, GET /api/views/:id, the embed page's boot data.
import { z } from "zod";

export const ViewId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'must be a view id like "k3J9x_2aQpE"');
export const ViewIdParams = z.object({ id: ViewId.meta({ example: "k3J9x_2aQpE" }) });

const ParamName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, "must be a camelCase parameter name");
const ParamValue = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);
export const ViewParams = z
  .record(ParamName, ParamValue)
  .refine((o) => Object.keys(o).length <= 30, "at most 30 parameters");

/** What the view loads: GET /api/graph with these parameters, or a saved query run with them. */
export const ViewSource = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("graph"), params: ViewParams.default({}) }),
  z.object({
    kind: z.literal("query"),
    query: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a saved query id like "who-met-whom"'),
    params: ViewParams.default({}),
  }),
]);
export type ViewSource = z.infer<typeof ViewSource>;

// Dates as the graph stores them (2021-11-15), or coarser (2021-11, 2021).
const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be a date like 2021-11-15");
export const TimeRange = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });
export type TimeRange = z.infer<typeof TimeRange>;

// Flags arrive as booleans in JSON and as "0"/"1" in embed URLs; one schema reads both.
const Flag = z.union([
  z.boolean(),
  z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true"),
]);

/** Embed options; every one can also be set in the embed URL (`theme=dark&legend=0`). Unset: the default. */
export const EmbedOptionsInput = z.object({
  theme: z.enum(["light", "dark"]).optional(),
  legend: Flag.optional(),
  title: Flag.optional(),
  slider: Flag.optional(),
  link: Flag.optional(),
});
export interface EmbedOptions {
  theme: "light" | "dark";
  legend: boolean;
  title: boolean;
  slider: boolean;
  link: boolean;
}
export const DEFAULT_OPTIONS: EmbedOptions = {
  theme: "light",
  legend: true,
  title: true,
  slider: false,
  link: true,
};

const Coordinate = z.number().finite().min(-1e7).max(1e7);
const Point = z.object({ x: Coordinate, y: Coordinate });
export const LAYOUTS = ["preset", "fcose", "cose", "concentric", "breadthfirst", "circle", "grid"] as const;

export const SavedViewInput = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(2000).optional(),
    source: ViewSource,
    timeRange: TimeRange.optional(),
    layout: z
      .object({
        name: z.enum(LAYOUTS).default("fcose"),
        /** Node positions by element id, as the explorer last drew them ("preset" uses them). */
        positions: z
          .record(z.string().max(300), Point)
          .refine((o) => Object.keys(o).length <= 5000, "at most 5000 positions")
          .optional(),
      })
      .default({ name: "fcose" }),
    /** The visible part of the graph in model coordinates (cy.extent()), so any frame size shows the same part. */
    viewport: z
      .object({ x1: Coordinate, y1: Coordinate, x2: Coordinate, y2: Coordinate })
      .refine((v) => v.x2 > v.x1 && v.y2 > v.y1, "x2/y2 must be greater than x1/y1")
      .optional(),
    options: EmbedOptionsInput.default({}),
  })
  .strict();
export type SavedViewInput = z.infer<typeof SavedViewInput>;
/** The JSON body of POST /api/views, before defaults are applied. */
export type SavedViewPayload = z.input<typeof SavedViewInput>;

const Snapshot = z.object({ width: z.number(), height: z.number() });

/** A stored view: what was saved, with its id, creation time and snapshot size. */
export const SavedView = SavedViewInput.extend({
  id: z.string(),
  createdAt: z.string(),
  snapshot: Snapshot.nullable(),
});
export type SavedView = z.infer<typeof SavedView>;

export const EmbedLinks = z.object({
  /** The embed page: /embed/<id> or /embed?center=… */
  embed: z.string(),
  /** The explorer showing the same thing. */
  explorer: z.string(),
  /** Static PNG, when the view has a snapshot. */
  snapshot: z.string().nullable(),
  oembed: z.string(),
});
export type EmbedLinks = z.infer<typeof EmbedLinks>;

export const EmbedSnippets = z.object({
  iframe: z.string(),
  script: z.string(),
  image: z.string().nullable(),
});
export type EmbedSnippets = z.infer<typeof EmbedSnippets>;

/** POST /api/views and GET /api/views/:id: the view with its embed links and ready-to-paste snippets. */
export const ViewResponse = SavedView.extend({ links: EmbedLinks, snippets: EmbedSnippets });
export type ViewResponse = z.infer<typeof ViewResponse>;

/** What the embed page needs to draw, inlined into embed.html so it needs no extra round trip. */
export interface EmbedBoot {
  title: string;
  viewId: string | null;
  /** Null when the page can only show `error`. */
  source: ViewSource | null;
  error: string | null;
  options: EmbedOptions;
  timeRange: TimeRange;
  layout: SavedViewInput["layout"] | null;
  viewport: SavedViewInput["viewport"] | null;
  explorerUrl: string;
  /** Origins that may frame the page and send it commands; ["*"] for any. */
  hostOrigins: string[];
}
