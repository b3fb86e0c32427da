// GET /api/paths: the shortest paths between two actors.
import { z } from "zod";
import { Element } from "./elements.ts";
import { bareActorId } from "./params.ts";

/** "actor:lukashenko" or "lukashenko" → "lukashenko". */
const actorRef = z
  .string()
  .min(1)
  .max(300)
  .transform(bareActorId)
  .refine((s) => !s.includes(":"), "must be an actor id like actor:lukashenko");

export const PathsQuery = z.object({
  from: actorRef,
  to: actorRef,
  max: z.coerce.number().int().min(1).max(20).default(5),
  maxHops: z.coerce.number().int().min(2).max(12).default(8),
});
export type PathsQuery = z.infer<typeof PathsQuery>;

export const PathsResponse = z.object({
  elements: z.array(Element),
  /** Each path as the ids of its nodes, in order. */
  paths: z.array(z.array(z.string())),
});
export type PathsResponse = z.infer<typeof PathsResponse>;
