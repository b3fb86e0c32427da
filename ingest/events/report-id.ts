// A Report's id follows from what it records: dataset + story id + sentence (ICEWS, POLECAT), or
// dataset + a hash of the URL (GDELT). `ingest verify` recomputes it.
import { createHash } from "node:crypto";

export interface ReportKey {
  dataset: string;
  storyId?: string | null;
  sentence?: number | null;
  url?: string | null;
}

export function reportId(r: ReportKey): string {
  if (r.storyId)
    return [r.dataset, r.storyId, r.sentence].filter((x) => x !== undefined && x !== null).join("-");
  return `${r.dataset}-url-${createHash("sha256")
    .update(r.url ?? "")
    .digest("hex")
    .slice(0, 16)}`;
}
