// The loader's last step (#19): corrections from a curated file are stored, then every live
// correction is applied again over the facts just written, so a load never loses an analyst's work.
import type { Driver } from "neo4j-driver";
import type { Correction } from "../../cypher/corrections/correction.ts";
import {
  importCorrections,
  reapplyCorrections,
  type ReapplySummary,
} from "../../cypher/corrections/store.ts";

export type CorrectionsSummary = ReapplySummary;

export async function applyStoredCorrections(
  driver: Driver,
  database: string,
  fromFile: Correction[],
): Promise<CorrectionsSummary> {
  await importCorrections(driver, database, fromFile);
  return reapplyCorrections(driver, database);
}
