// What the actor rules find and what each rule is given: the body (and its folded copy, same
// length), the gazetteer index and the mentions found so far, which every rule reads and extends. Rules run in order (extract-actors.ts); an earlier rule's mention wins a span.
import type { ActorKind } from "../../cypher/vocabulary.ts";
import type { KnownActor } from "../gazetteer.ts";
import type { Index } from "./gazetteer-index.ts";
import type { MentionSet, WorkMeter } from "./mention-set.ts";

export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: ActorKind;
  /** Canonical name: the gazetteer name, a built group name, or the person's full name as written. */
  name: string;
  known?: KnownActor;
  /** Persons: title words seen before the name ("Lithuanian Prime Minister"). */
  title?: string;
  /** A role reference to resolve against the article's persons or the gazetteer. */
  role?: { role: string; state?: string };
  /** The state a demonym phrase belongs to ("Greek police" → Greece). */
  state?: string;
  /** A role reference without a name ("the Belarusian president"). */
  reference?: boolean;
  /**
   * Resolve only to a person the article names ("Germany's top diplomat" with no name given stays
   * unresolved): possessive, "of <State>", organization and counterpart references.
   */
  localOnly?: boolean;
  /** Only the surname was written ("Lukashenko"); resolve.ts links it to a full name. */
  surnameOnly?: boolean;
  /** A state named by its capital or by a demonym phrase. */
  metonym?: boolean;
  /** Named only by an adjective ("Russian-Ukrainian talks"): context for facts, not an actor by itself. */
  adjective?: boolean;
  /** The mention is an owner of something else: "Lukashenko's regime", "regime of Lukashenko". */
  owner?: boolean;
}

export interface FindContext {
  body: string;
  /** `body` with diacritics folded, same length (name-keys.ts). */
  folded: string;
  index: Index;
  mentions: MentionSet<Mention>;
  meter?: WorkMeter;
}

/** Runs a global regex over all of `text`, from the start, counting the pass on `meter`. */
export function* eachMatch(re: RegExp, text: string, meter?: WorkMeter): Generator<RegExpExecArray> {
  if (meter) meter.scanned += text.length;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}

/** The sticky `re`'s match at `at` in `text`, if any: a look at one place, not a scan. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
