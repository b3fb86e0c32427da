// A user's lexicon file (`--lexicon FILE`), in either form it may take: the project's YAML or JSON
// (data/lexicon/), whose entries replace built-in ones of the same name, or an event coder's
// Phoenix/CAMEO actor dictionary (lexicon-phoenix.ts), which only adds to what is known.
import { readFile } from "node:fs/promises";
import type { InputProblem } from "./facts.ts";
import { extendLexicon, mergeLexicons, parseLexicon, type Lexicon } from "./lexicon.ts";
import { isPhoenixDictionary, parsePhoenixDictionary } from "./lexicon-phoenix.ts";

export interface UserLexicon {
  format: "lexicon" | "phoenix";
  lexicon?: Lexicon;
  problems: InputProblem[];
}

/** Reads a lexicon file, detecting its form by its name (`*.actors.txt`) or its first entry. */
export async function readUserLexicon(file: string): Promise<UserLexicon> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    const problem = { file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? err}` };
    return { format: "lexicon", problems: [problem] };
  }
  if (isPhoenixDictionary(file, text)) return { format: "phoenix", ...parsePhoenixDictionary(text, file) };
  return { format: "lexicon", ...parseLexicon(text, file) };
}

/** `user` over `base` as its form asks: Phoenix dictionaries extend, lexicon files replace by name. */
export function applyUserLexicon(base: Lexicon, user: UserLexicon & { lexicon: Lexicon }): Lexicon {
  return user.format === "phoenix" ? extendLexicon(base, user.lexicon) : mergeLexicons(base, user.lexicon);
}
