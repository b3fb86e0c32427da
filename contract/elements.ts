// Graph answers as Cytoscape elements: nodes and edges with a `data` object, as /api/graph, /api/paths
// and query runs return them.
import { z } from "zod";

const NodeData = z
  .object({
    id: z.string(),
    kind: z.string(),
    label: z.string(),
    subtype: z.string().nullable(),
    key: z.string(),
  })
  .catchall(z.unknown());
const EdgeData = z
  .object({ id: z.string(), source: z.string(), target: z.string(), type: z.string() })
  .catchall(z.unknown());

export const Element = z.union([
  z.object({ group: z.literal("nodes"), data: NodeData }),
  z.object({ group: z.literal("edges"), data: EdgeData }),
]);
export type Element = z.infer<typeof Element>;
