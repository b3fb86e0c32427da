// GET /api/timeline: meetings and incidents per day (or per ISO week, month or year: `bin`), for the
// time filter.
import { z } from "zod";
import { bareActorId, isoDate } from "./params.ts";

/** How events are grouped: a week starts on Monday (ISO, as Cypher's date.truncate). */
export const TimelineBin = z.enum(["day", "week", "month", "year"]);
export type TimelineBin = z.infer<typeof TimelineBin>;

export const TimelineQuery = z.object({
  bin: TimelineBin.default("day").describe("group by day (default), ISO week, month or year"),
  from: isoDate.optional(),
  to: isoDate.optional(),
  actor: z.string().max(300).transform(bareActorId).optional(),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

/** One bin: `date` is its first day (the day itself, the week's Monday, the 1st, 1 January). */
export const Day = z.object({ date: z.string(), meetings: z.number(), incidents: z.number() });
export type Day = z.infer<typeof Day>;

export const TimelineResponse = z.object({ days: z.array(Day) });
export type TimelineResponse = z.infer<typeof TimelineResponse>;
