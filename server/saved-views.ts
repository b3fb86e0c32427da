// Saved views: a named explorer view (what to load, time range, layout, viewport, embed options)
// stored as one (:SavedView) node, with an optional PNG snapshot for places where scripts cannot run.
// Read by the views API, the embed pages and oEmbed.
import { randomBytes } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { readTx, writeTx } from "../cypher/neo4j.ts";

export const ViewId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'must be a view id like "k3J9x_2aQpE"');

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

export interface SavedView extends SavedViewInput {
  id: string;
  createdAt: string;
  snapshot: { width: number; height: number } | null;
}

/** 11 url-safe characters (64 random bits): unguessable enough that view ids are not enumerable. */
export function newViewId(): string {
  return randomBytes(8).toString("base64url");
}

interface ViewRecord {
  id: string;
  title: string;
  spec: string;
  createdAt: string;
  snapshotWidth: number | null;
  snapshotHeight: number | null;
}

function toView(r: ViewRecord): SavedView {
  // The spec was validated on the way in; parsing again keeps old records in today's shape.
  const spec = SavedViewInput.parse(JSON.parse(r.spec));
  const snapshot =
    r.snapshotWidth && r.snapshotHeight ? { width: r.snapshotWidth, height: r.snapshotHeight } : null;
  return { ...spec, id: r.id, createdAt: r.createdAt, snapshot };
}

const RETURN_VIEW = `RETURN v.id AS id, v.title AS title, v.spec AS spec, toString(v.createdAt) AS createdAt,
  v.snapshotWidth AS snapshotWidth, v.snapshotHeight AS snapshotHeight`;

export async function createView(
  driver: Driver,
  database: string,
  input: SavedViewInput,
): Promise<SavedView> {
  const id = newViewId();
  const record = await writeTx(driver, database, async (tx) => {
    const result = await tx.run(
      `CREATE (v:SavedView {id: $id, title: $title, spec: $spec, createdAt: datetime()}) ${RETURN_VIEW}`,
      { id, title: input.title, spec: JSON.stringify(input) },
    );
    return result.records[0]!.toObject() as ViewRecord;
  });
  return toView(record);
}

export async function findView(driver: Driver, database: string, id: string): Promise<SavedView | undefined> {
  const record = await readTx(driver, database, async (tx) => {
    const result = await tx.run(`MATCH (v:SavedView {id: $id}) ${RETURN_VIEW} LIMIT 1`, { id });
    return result.records[0]?.toObject() as ViewRecord | undefined;
  });
  return record && toView(record);
}

/** Stores the PNG (base64: Neo4j has no blob type worth the trouble at this size); false if no such view. */
export async function saveSnapshot(
  driver: Driver,
  database: string,
  id: string,
  png: Buffer,
  size: { width: number; height: number },
): Promise<boolean> {
  return writeTx(driver, database, async (tx) => {
    const result = await tx.run(
      `MATCH (v:SavedView {id: $id})
       SET v.snapshot = $data, v.snapshotWidth = $width, v.snapshotHeight = $height
       RETURN v.id AS id`,
      { id, data: png.toString("base64"), width: size.width, height: size.height },
    );
    return result.records.length > 0;
  });
}

export async function findSnapshot(
  driver: Driver,
  database: string,
  id: string,
): Promise<Buffer | undefined> {
  const data = await readTx(driver, database, async (tx) => {
    const result = await tx.run(`MATCH (v:SavedView {id: $id}) RETURN v.snapshot AS data LIMIT 1`, { id });
    return result.records[0]?.get("data") as string | null | undefined;
  });
  return data ? Buffer.from(data, "base64") : undefined;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(data: Buffer): { width: number; height: number } | undefined {
  if (data.length < 24 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (data.toString("latin1", 12, 16) !== "IHDR") return undefined;
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}
