// Runs some actor rules alone over a made-up text, as findMentions runs all of them.
import { gazetteerIndex } from "../../../../ingest/actors/gazetteer-index.ts";
import type { FindContext, Mention } from "../../../../ingest/actors/mention.ts";
import { MentionSet } from "../../../../ingest/actors/mention-set.ts";
import { fold } from "../../../../ingest/name-keys.ts";

export function findWith(rules: ((ctx: FindContext) => void)[], body: string): Mention[] {
  const ctx: FindContext = { body, folded: fold(body), index: gazetteerIndex(), mentions: new MentionSet() };
  for (const rule of rules) rule(ctx);
  return ctx.mentions.list().sort((a, b) => a.start - b.start);
}

/** [text, kind, name] of each mention: what a reader checks first. */
export const summary = (mentions: Mention[]) => mentions.map((m) => [m.text, m.kind, m.name]);
