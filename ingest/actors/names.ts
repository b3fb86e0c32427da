// Rule: a run of capitalized words is a person's name when a title stands before it ("Lithuanian
// Prime Minister Ingrida Šimonytė"), a cue ("spokesman Piotr Müller", "named as Mateusz Sitek"),
// a first name compromise knows, or a speech verb after it ("Aivars Bergmanis said"). Title words
// are the person's title and give the role; places and buildings are never persons.
import type { KnownActor } from "../gazetteer.ts";
import { fold } from "../name-keys.ts";
import { demonymBefore, stateOfDemonym, type Index } from "./gazetteer-index.ts";
import { isFirstName } from "./first-names.ts";
import type { FindContext, Mention } from "./mention.ts";
import type { MentionSet } from "./mention-set.ts";
import { normalizeRole, phraseRole } from "./roles.ts";
import { actorWords } from "./words.ts";

/** A capitalized word of a name: "Landsbergis", "Halla-aho", "O’Brien". */
export const NAME_TOKEN = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{L}[\\p{Ll}\\p{M}'’]+)*";

/** A word of a capitalized run, with its offset in the body. */
export interface Token {
  text: string;
  start: number;
}

// A name right after one of these is a place ("in Ubon Ratchathani"), unless a title says otherwise.
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|across|into|inside|around|from the town of|province of)\s+$/;

/** Lower-case words that, right before a capitalized name, say it is a person. */
export const PERSON_CUES =
  /(?:(?:named|identified|known)(?: by [\w ]{1,30})? as|gov\.|sen\.|rep\.|spokes(?:man|woman|person)|minister|president|leader|chairman|chairwoman|chair|head|chief|ecologist|journalist|activist|volunteer|official|director|envoy|ambassador|commissioner|speaker|politician|colonel|general|analyst|expert|correspondent|lawyer|deputy|secretary|governor|mayor|senator|commander|officer|premier|chancellor|diplomat|counterpart|interpreter|photographer|reporter|resident|farmer|doctor|worker|coordinator|founder|member|MP|MEP|PM|by|wife|husband|son|daughter|mother|father|brother|sister)[,]?\s+$/i;

// A capitalized title followed by its organization, then the name: "Regional Director for the
// International Organization for Migration (IOM) Renate Held".
const TITLE_PHRASE =
  /\b(?:Director|Minister|President|Chairman|Chairwoman|Head|Chief|Secretary|Commissioner|Ambassador|Spokes(?:man|woman|person)|Speaker|Deputy|Representative|Envoy|Commander|Coordinator)(?:\s+(?:of|for|to|the|and|[\p{Lu}][\p{L}’'.-]*|\([\p{Lu}]+\)))*,?\s+$/u;

// ", the leader of the Polisario Front": an apposition that says the name before it is a person.
const APPOSITION_AFTER =
  /^,\s+(?:the|a|an|its|his|her)\s+(?:[\w-]+\s+){0,3}?(?:leader|head|chief|president|minister|spokes(?:man|woman|person)|founder|chairman|chairwoman|commander|director|secretary|ambassador|envoy|governor|mayor|king|queen|premier|officer|official|deputy|activist|journalist|lawyer|daughter|son|wife|husband)\b/i;

const SPEECH_AFTER =
  /^,?\s+(?:said|says|told|added|noted|stressed|stated|wrote|tweeted|explained|emphasi[sz]ed|underlined|recalled|insisted|warned|argued|asked|replied|announced|claimed|believes|thinks|stands|speaks|spoke|met|visited|held|discussed|called|urged|accused)\b/;

/** The state of a possessive or demonym immediately before `at` ("Lithuanian ", "Poland's "). */
function stateBefore(
  index: Index,
  body: string,
  at: number,
  mentions: MentionSet<Mention>,
): KnownActor | undefined {
  const before = fold(body.slice(Math.max(0, at - 40), at));
  const dm = demonymBefore(index).exec(before);
  if (dm) return stateOfDemonym(index, dm[1]!);
  // "Poland's ": a state mention ending one or two characters before the white space before `at`.
  let space = at;
  while (space > 0 && /\s/.test(body[space - 1]!)) space--;
  if (space === at) return undefined;
  const poss = mentions.find(
    space - 2,
    space - 1,
    (m) => m.known?.kind === "state" && /^['’]s?\s+$/.test(body.slice(m.end, at)),
  );
  return poss?.known;
}

/** Reads `run` (no organization head noun in it) as a person's name when a cue says it is one. */
export function findPersonRun({ body, index, mentions }: FindContext, run: Token[]): void {
  const { titleWords, notNames, placeHeads, oneNameTitles } = actorWords();
  // Strip leading title words, then require a cue.
  let i = 0;
  while (
    i < run.length &&
    (titleWords.has(run[i]!.text) || notNames.has(run[i]!.text) || index.demonyms.has(fold(run[i]!.text)))
  )
    i++;
  // "Homeland Security Secretary Alejandro Mayorkas": the name is what follows the last title word.
  const lastTitle = run.findLastIndex((t, k) => k >= i && titleWords.has(t.text));
  if (lastTitle >= i && run.length - lastTitle - 1 >= 2) i = lastTitle + 1;
  else if (lastTitle >= i && /\.$|^(?:Gov|Sen|Rep)$/.test(run[lastTitle]!.text)) return;
  const nameTokens = run.slice(i);
  if (nameTokens.length === 0) return;
  if (placeHeads.has(nameTokens[nameTokens.length - 1]!.text)) return;
  // "officials in Nakhon Ratchasima said", "the ministry in Phnom Penh": a place, not a person.
  const runText = body.slice(nameTokens[0]!.start, nameTokens.at(-1)!.start + nameTokens.at(-1)!.text.length);
  if (index.places.has(fold(runText))) return;
  if (i === 0 && LOCATIVE_BEFORE.test(body.slice(Math.max(0, run[0]!.start - 12), run[0]!.start))) return;
  // "Minister of Citizen Protection Michalis Chrisochoidis": words right before a known person's name
  // are that person's title.
  const runEnd = nameTokens[nameTokens.length - 1]!.start + nameTokens[nameTokens.length - 1]!.text.length;
  if (
    body[runEnd] === " " &&
    mentions.find(runEnd + 1, runEnd + 1, (x) => x.kind === "person" && x.start === runEnd + 1)
  )
    return;
  if (
    nameTokens.some(
      (t, k) =>
        notNames.has(t.text) ||
        (!/^\p{Lu}\.?$/u.test(t.text) && t.text.length < 2) ||
        // An initial starts a name or follows another initial; it does not end one.
        (/^\p{Lu}$/u.test(t.text) && k === nameTokens.length - 1),
    )
  )
    return;
  const start = nameTokens[0]!.start;
  const last = nameTokens[nameTokens.length - 1]!;
  const end = last.start + last.text.length;
  const text = body.slice(start, end);
  const titled = i > 0 && run.slice(0, i).some((t) => titleWords.has(t.text));
  const cueBefore =
    PERSON_CUES.test(body.slice(Math.max(0, start - 30), start)) ||
    TITLE_PHRASE.test(body.slice(Math.max(0, start - 120), start));
  const speech =
    SPEECH_AFTER.test(body.slice(end, end + 20)) || APPOSITION_AFTER.test(body.slice(end, end + 80));
  const firstName = isFirstName(nameTokens[0]!.text);
  const multi = nameTokens.length >= 2;
  const monarch = titled && oneNameTitles.test(body.slice(run[0]!.start, start));
  if (!multi && !monarch) return;
  if (!(titled || cueBefore || firstName || speech)) return;
  // A run that ends in a possessive ("Russia’s") was cut mid-name; names do not contain states.
  if (nameTokens.some((t) => index.states.has(t.text.replace(/['’]s$/, "")))) return;
  const title = titled ? body.slice(run[0]!.start, run[i - 1]!.start + run[i - 1]!.text.length) : undefined;
  const state = stateBefore(index, body, run[0]!.start, mentions);
  // The role from the title words, else from a title phrase before the name ("Minister of the
  // Interior Agnė Bilotaitė", "European Commissioner for Home Affairs Ylva Johansson").
  const phrase = TITLE_PHRASE.exec(body.slice(Math.max(0, start - 120), start))?.[0];
  const phraseStart = phrase ? body.lastIndexOf(phrase.trimEnd(), start) : -1;
  const fullPhrase =
    phraseStart >= 0
      ? body.slice(Math.max(0, phraseStart - 40), phraseStart).match(/(?:[\p{Lu}][\p{L}-]*\s+)*$/u)![0] +
        phrase!.replace(/,?\s+$/, "")
      : undefined;
  const roleText = (title ?? fullPhrase)?.replace(/^(?:Acting|Former|Self-Proclaimed)\s+/i, "");
  const role = roleText ? (normalizeRole(roleText) ?? phraseRole(roleText)) : undefined;
  mentions.add({
    start,
    end,
    text,
    kind: "person",
    name: text.replace(/['’]s$/, ""),
    title: title ? [state?.demonyms?.[0], title].filter(Boolean).join(" ") : undefined,
    role: role ? { role, state: state?.name } : undefined,
  });
}
