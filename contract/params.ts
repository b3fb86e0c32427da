// zod pieces shared by the exploration routes' query strings.
import { z } from "zod";
import { NODE_LABELS } from "../cypher/vocabulary.ts";

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2021-11-15")
  .refine((s) => !Number.isNaN(Date.parse(s)), "must be a real calendar date");

/** "a,b" or repeated ?x=a&x=b → ["a","b"]. */
export function csvList<T extends z.ZodType<string>>(item: T) {
  return z.preprocess(
    (v) =>
      v === undefined
        ? undefined
        : (Array.isArray(v) ? v : [v])
            .flatMap((s) => String(s).split(","))
            .map((s) => s.trim())
            .filter(Boolean),
    z.array(item).max(50).optional(),
  );
}

export const ELEMENT_KINDS = NODE_LABELS.map((l) => l.toLowerCase()) as [string, ...string[]];

/** A node id as the API writes it ("actor:lukashenko"), or a bare actor id ("lukashenko"). */
export const nodeRef = z.string().min(1).max(300);

/** "actor:lukashenko" or "lukashenko" → "lukashenko". */
export function bareActorId(s: string): string {
  return s.startsWith("actor:") ? s.slice("actor:".length) : s;
}
