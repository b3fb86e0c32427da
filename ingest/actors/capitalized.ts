// Rule: runs of capitalized words that no earlier rule took are organizations when a head noun is
// among them ("State Border Guard Service", organizations.ts), else persons when a title, a cue, a
// known first name or a speech verb says so ("Foreign Minister Gabrielius Landsbergis", names.ts).
import { findOrganizationRun } from "./organizations.ts";
import { eachMatch, type FindContext } from "./mention.ts";
import { findPersonRun, NAME_TOKEN, type Token } from "./names.ts";
import { actorWords } from "./words.ts";

// Regnal numbers ("Mohammed VI", "Charles III") continue a name.
const REGNAL = "(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})(?![\\p{L}\\p{N}])";
// Names run over spaces, never over a line break (a sign-off line is not part of the last name).
// "S Jaishankar", "B Santosh Babu": an initial written without its period ("A" and "I" are words).
const BARE_INITIAL = "(?![AI][ \\t])\\p{Lu}(?=[ \\t]\\p{Lu}\\p{Ll})";

let sequence: RegExp | undefined;

function capitalSequence(): RegExp {
  const particles = actorWords().nameParticles.join("|");
  return (sequence ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${NAME_TOKEN}|\\p{Lu}\\.|${BARE_INITIAL})(?:[ \\t\\u00a0](?:(?:${particles})[ \\t\\u00a0])*(?:${NAME_TOKEN}|\\p{Lu}\\.|${BARE_INITIAL}|${REGNAL}))*`,
    "gu",
  ));
}

export function findCapitalized(ctx: FindContext): void {
  const { body, mentions, meter } = ctx;
  for (const m of eachMatch(capitalSequence(), body, meter)) {
    const tokens = m[0].split(/\s+/);
    let offset = m.index;
    // Split the sequence where earlier mentions already sit; classify each free run.
    let run: Token[] = [];
    const flush = () => {
      if (run.length && !findOrganizationRun(ctx, run)) findPersonRun(ctx, run);
      run = [];
    };
    for (const token of tokens) {
      const start = body.indexOf(token, offset);
      offset = start + token.length;
      if (mentions.overlaps(start, start + token.length)) {
        flush();
        continue;
      }
      run.push({ text: token, start });
    }
    flush();
  }
}
