// Saved views: a named explorer view (what to load, time range, layout, viewport, embed options)
// stored as one (:SavedView) node, with an optional PNG snapshot for places where scripts cannot run.
// Read by the views API, the embed pages and oEmbed.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { read, write, type Neo4jTarget } from "../../cypher/run.ts";
import { SavedViewInput, type SavedView } from "../../contract/views.ts";

/** 11 url-safe characters (64 random bits): unguessable enough that view ids are not enumerable. */
export function newViewId(): string {
  return randomBytes(8).toString("base64url");
}

// A stored view as RETURN_VIEW reads it.
const ViewRecord = z.object({
  id: z.string(),
  title: z.string(),
  spec: z.string(),
  createdAt: z.string(),
  snapshotWidth: z.number().nullable(),
  snapshotHeight: z.number().nullable(),
});
type ViewRecord = z.infer<typeof ViewRecord>;

function toView(r: ViewRecord): SavedView {
  // The spec was validated on the way in; parsing again keeps old records in today's shape.
  const spec = SavedViewInput.parse(JSON.parse(r.spec));
  const snapshot =
    r.snapshotWidth && r.snapshotHeight ? { width: r.snapshotWidth, height: r.snapshotHeight } : null;
  return { ...spec, id: r.id, createdAt: r.createdAt, snapshot };
}

const RETURN_VIEW = `RETURN v.id AS id, v.title AS title, v.spec AS spec, toString(v.createdAt) AS createdAt,
  v.snapshotWidth AS snapshotWidth, v.snapshotHeight AS snapshotHeight`;

export async function createView(db: Neo4jTarget, input: SavedViewInput): Promise<SavedView> {
  const [record] = await write(
    db,
    `CREATE (v:SavedView {id: $id, title: $title, spec: $spec, createdAt: datetime()}) ${RETURN_VIEW}`,
    { id: newViewId(), title: input.title, spec: JSON.stringify(input) },
    { mapper: (row) => row.object(ViewRecord) },
  );
  if (!record) throw new Error("CREATE of a saved view returned no row");
  return toView(record);
}

export async function findView(db: Neo4jTarget, id: string): Promise<SavedView | undefined> {
  const [record] = await read(
    db,
    `MATCH (v:SavedView {id: $id}) ${RETURN_VIEW} LIMIT 1`,
    { id },
    {
      mapper: (row) => row.object(ViewRecord),
    },
  );
  return record && toView(record);
}

/** Stores the PNG (base64: Neo4j has no blob type worth the trouble at this size); false if no such view. */
export async function saveSnapshot(
  db: Neo4jTarget,
  id: string,
  png: Buffer,
  size: { width: number; height: number },
): Promise<boolean> {
  const found = await write(
    db,
    `MATCH (v:SavedView {id: $id})
     SET v.snapshot = $data, v.snapshotWidth = $width, v.snapshotHeight = $height
     RETURN v.id AS id`,
    { id, data: png.toString("base64"), width: size.width, height: size.height },
    { mapper: (row) => row.string("id") },
  );
  return found.length > 0;
}

export async function findSnapshot(db: Neo4jTarget, id: string): Promise<Buffer | undefined> {
  const [data] = await read(
    db,
    `MATCH (v:SavedView {id: $id}) RETURN v.snapshot AS data LIMIT 1`,
    { id },
    {
      mapper: (row) => row.stringOrNull("data"),
    },
  );
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
