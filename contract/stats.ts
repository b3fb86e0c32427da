// GET /api/stats and GET /api/health: counts in the graph, and whether the server and Neo4j answer.
import { z } from "zod";

export const StatsResponse = z.object({
  labels: z.record(z.string(), z.number()),
  relationships: z.record(z.string(), z.number()),
  dateRange: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
});
export type StatsResponse = z.infer<typeof StatsResponse>;

export const HealthResponse = z.object({
  status: z.enum(["ok", "degraded"]),
  neo4j: z.object({ reachable: z.boolean() }).catchall(z.unknown()),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
