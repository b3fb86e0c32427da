// GET /api/nodes/:id: one node with its meetings and incidents and where each is reported.
import { z } from "zod";

export const NodeParams = z.object({ id: z.string().meta({ example: "actor:lukashenko" }) });

/** One article's statement of a fact: the quote and its offsets in the article's text. */
export const Source = z.object({
  article: z.string().meta({ description: "The article's id: from its URL, else its date and text" }),
  slug: z.string().nullable().meta({ description: "A readable name (file name or feed id); not unique" }),
  date: z.string().nullable(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  quote: z.string(),
  start: z.number(),
  end: z.number(),
});
export type Source = z.infer<typeof Source>;

const Ref = z.object({ id: z.string(), label: z.string() });
const EventBase = {
  id: z.string(),
  date: z.string(),
  kind: z.string(),
  cameo: z.string().nullable(),
  label: z.string().nullable(),
  sourceCount: z.number().nullable(),
  sources: z.array(Source),
};
export const MeetingItem = z.object({ ...EventBase, participants: z.array(Ref) });
export type MeetingItem = z.infer<typeof MeetingItem>;
export const IncidentItem = z.object({
  ...EventBase,
  description: z.string().nullable(),
  place: z.string().nullable(),
  actors: z.array(Ref),
});
export type IncidentItem = z.infer<typeof IncidentItem>;

export const NodeDetails = z.object({
  node: z.object({
    id: z.string(),
    kind: z.string(),
    subtype: z.string().nullable(),
    label: z.string(),
    properties: z.record(z.string(), z.unknown()),
  }),
  meetings: z.array(MeetingItem),
  incidents: z.array(IncidentItem),
  sources: z.array(Source),
});
export type NodeDetails = z.infer<typeof NodeDetails>;
