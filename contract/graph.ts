// GET /api/graph: the request (a walk from centres, filters, paging) and the answer (elements, capped nodes).
import { z } from "zod";
import { Element } from "./elements.ts";
import { csvList, ELEMENT_KINDS, isoDate } from "./params.ts";

export const GRAPH_RELS = ["PARTICIPATED_IN", "INVOLVED_IN", "OCCURRED_AT"] as const;

/** Events taken from each node per step by default: a single centre at depth 2 then stays within the
 * default limit of 500 events when meetings have two participants (20 + 20 × 20 = 420). */
export const PER_NODE_DEFAULT = 20;

export const GraphQuery = z
  .object({
    center: csvList(z.string().min(1).max(300)),
    depth: z.coerce.number().int().min(1).max(3).default(1),
    kinds: csvList(z.enum(ELEMENT_KINDS)),
    rels: csvList(z.enum(GRAPH_RELS)),
    codes: csvList(z.string().regex(/^\d{2,4}$/, "must be a CAMEO code like 041")),
    from: isoDate.optional(),
    to: isoDate.optional(),
    minSources: z.coerce.number().int().min(1).max(1000).default(1),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(5000)
      .default(500)
      .describe(
        "Most events in the answer; when more would be included the newest are kept and `truncated` is true.",
      ),
    perNode: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(PER_NODE_DEFAULT)
      .describe(
        "With `center`: at each step of the walk take at most this many events (meetings, incidents) from " +
          "each actor or place, newest first (date, then id). Nodes that had more are listed in `capped`. " +
          "Not used without `center`.",
      ),
    offset: z.coerce
      .number()
      .int()
      .min(0)
      .max(100_000)
      .default(0)
      .describe(
        "With `center`: skip this many of each centre node's events (same newest-first order) before taking " +
          '`perNode`, so `center=X&depth=1&perNode=P&offset=P` is the next page of X\'s events ("show more"). ' +
          "Only the centres' own events are paged; later steps of the walk start from their first event.",
      ),
    view: z.enum(["full", "whomet"]).default("full"),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "from must not be after to",
    path: ["from"],
  });
export type GraphQuery = z.infer<typeof GraphQuery>;

/** A node that had more events than `perNode` at its step of the walk. */
export const CappedNode = z.object({
  id: z.string().meta({ example: "actor:a0" }),
  shown: z.number().int().meta({
    description:
      "This node's events in `elements`: the perNode taken from it plus any reached through other nodes.",
  }),
  total: z.number().int().meta({
    description:
      "All this node's events (meetings and incidents of an actor, incidents at a place), whatever the filters.",
  }),
});
export type CappedNode = z.infer<typeof CappedNode>;

export const GraphResponse = z.object({
  elements: z.array(Element),
  truncated: z.boolean().meta({
    description: "More events matched than `limit`; the newest `limit` are in `elements`.",
  }),
  capped: z.array(CappedNode).meta({
    description:
      "Nodes of the walk that had more events (matching the filters) than `perNode`, in walk order. " +
      "For more of one node's events ask again with a larger `perNode`, or page it with " +
      "`center=<id>&depth=1&perNode=<p>&offset=<events already seen>`.",
  }),
});
export type GraphResponse = z.infer<typeof GraphResponse>;
