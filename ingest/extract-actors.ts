// Finds actor mentions in an article body by running the recognition rules of ingest/actors/ in
// order, each over the whole body: an earlier rule's mention wins its span, so specific readings
// ("Polish border guards" as one force, "the Belarusian president" as a role) come before general
// ones (known names, capitalized runs, surnames). resolve.ts turns the mentions into actors.
import { findCapitalized } from "./actors/capitalized.ts";
import { findConnectedOrganizations } from "./actors/connected-organizations.ts";
import { findDemonymPairs } from "./actors/demonym-pairs.ts";
import { placeBorderAgencies, unifyBorderUnits } from "./actors/border-agencies.ts";
import { findForces } from "./actors/forces.ts";
import { gazetteerIndex, type Index } from "./actors/gazetteer-index.ts";
import { findGluedNames } from "./actors/glued-names.ts";
import { findGovernments } from "./actors/governments.ts";
import { findKnownNames } from "./actors/known-names.ts";
import { findLoneSurnames } from "./actors/lone-surnames.ts";
import type { FindContext, Mention } from "./actors/mention.ts";
import { MentionSet, type WorkMeter } from "./actors/mention-set.ts";
import { findMigrants } from "./actors/migrants.ts";
import { findMinistries } from "./actors/ministries.ts";
import { findOrganizationRoles } from "./actors/organization-roles.ts";
import { markOwners } from "./actors/owners.ts";
import { findPluralRoles } from "./actors/plural-roles.ts";
import { findPossessiveInstitutions } from "./actors/possessive-institutions.ts";
import { findQuotedOrganizations } from "./actors/quoted-organizations.ts";
import { findRoleReferences } from "./actors/role-references.ts";
import { findSurnames } from "./actors/surnames.ts";
import { fold } from "./name-keys.ts";

export type { Mention } from "./actors/mention.ts";

/** The rules in the order they run; the last three adjust what the others found. */
export const RULES: readonly ((ctx: FindContext) => void)[] = [
  findForces,
  findGovernments,
  findRoleReferences,
  findPluralRoles,
  findOrganizationRoles,
  findDemonymPairs,
  findKnownNames,
  findMinistries,
  findPossessiveInstitutions,
  findQuotedOrganizations,
  findMigrants,
  findConnectedOrganizations,
  findCapitalized,
  findGluedNames,
  findSurnames,
  findLoneSurnames,
  placeBorderAgencies,
  unifyBorderUnits,
  markOwners,
];

export interface FindOptions {
  index?: Index;
  /** Counts the work done, for tests that check it grows linearly with the text. */
  meter?: WorkMeter;
}

/** All actor mentions in `body`, sorted by position. */
export function findMentions(body: string, options: FindOptions = {}): Mention[] {
  const ctx: FindContext = {
    body,
    folded: fold(body),
    index: options.index ?? gazetteerIndex(),
    mentions: new MentionSet(options.meter),
    meter: options.meter,
  };
  for (const rule of RULES) rule(ctx);
  return ctx.mentions.list().sort((a, b) => a.start - b.start);
}
