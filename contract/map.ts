// GET /api/map: the meetings and incidents whose place has coordinates, as points for the explorer's
// map (#20), filtered as /api/graph filters events (dates, kinds, codes, corroboration) and by a box.
import { z } from "zod";
import { csvList, ELEMENT_KINDS, isoDate } from "./params.ts";

/** Most points one answer may ask for; the explorer's map draws 10,000 within a second (bench). */
export const MAP_LIMIT_MAX = 20_000;

const degrees = (limit: number) => z.number().min(-limit).max(limit);

/** "west,south,east,north" in degrees; west > east is a box across the antimeridian. */
export const Bbox = z
  .string()
  .transform((s, ctx) => {
    const parts = s.split(",").map((p) => (p.trim() === "" ? NaN : Number(p)));
    const box = z
      .tuple([degrees(180), degrees(90), degrees(180), degrees(90)])
      .safeParse(parts.length === 4 && parts.every(Number.isFinite) ? parts : []);
    if (!box.success || box.data[1] > box.data[3]) {
      ctx.addIssue({
        code: "custom",
        message: `"${s}" is not west,south,east,north in degrees (south ≤ north, |lon| ≤ 180, |lat| ≤ 90)`,
      });
      return z.NEVER;
    }
    const [west, south, east, north] = box.data;
    return { west, south, east, north };
  })
  .describe("west,south,east,north in degrees: only points inside; west > east crosses the antimeridian");

export const MapQuery = z
  .object({
    kinds: csvList(z.enum(ELEMENT_KINDS)).describe(
      "Element kinds as /api/graph takes them; points are meetings and incidents, so only those two count",
    ),
    codes: csvList(z.string().regex(/^\d{2,4}$/, "must be a CAMEO code like 041")),
    from: isoDate.optional(),
    to: isoDate.optional(),
    minSources: z.coerce.number().int().min(1).max(1000).default(1),
    bbox: Bbox.optional(),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAP_LIMIT_MAX)
      .default(5000)
      .describe("Most points in the answer; when more match the newest are kept and `truncated` is true."),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "from must not be after to",
    path: ["from"],
  });
export type MapQuery = z.infer<typeof MapQuery>;

export const MapPoint = z.object({
  id: z.string().meta({ example: "incident:i-2021-11-15-bruzgi" }),
  kind: z.enum(["meeting", "incident"]),
  subtype: z.string().nullable().meta({ description: "The meeting or incident kind: phone_call, clash…" }),
  label: z.string(),
  date: z.string().nullable(),
  sourceCount: z.number().int(),
  place: z.object({
    id: z.string().meta({ example: "place:bruzgi-border-crossing-point" }),
    name: z.string(),
    lat: z.number(),
    lon: z.number(),
  }),
});
export type MapPoint = z.infer<typeof MapPoint>;

export const MapResponse = z.object({
  points: z.array(MapPoint),
  truncated: z.boolean().meta({
    description: "More events matched than `limit`; the newest `limit` are in `points`.",
  }),
});
export type MapResponse = z.infer<typeof MapResponse>;
