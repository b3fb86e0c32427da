// GET /api/timeline: meetings and incidents per day, for the time filter.
import { z } from "zod";
import { bareActorId, isoDate } from "./params.ts";

export const TimelineQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  actor: z.string().max(300).transform(bareActorId).optional(),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

export const Day = z.object({ date: z.string(), meetings: z.number(), incidents: z.number() });
export type Day = z.infer<typeof Day>;

export const TimelineResponse = z.object({ days: z.array(Day) });
export type TimelineResponse = z.infer<typeof TimelineResponse>;
