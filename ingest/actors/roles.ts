// Role words: what a title means as an office. "premier" and "PM" are the prime minister, "top
// diplomat" the foreign minister; resolve.ts compares the offices of the lexicon with these roles.
// The words are data (data/lexicon/actor-words.yaml, `roles`).
import { actorWords } from "./words.ts";

/** The role a title names exactly: "Premier" → "prime minister", "top diplomat" → "foreign minister". */
export function normalizeRole(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, " ");
  for (const [re, role] of actorWords().roles) if (re.test(t)) return role;
  return undefined;
}

/** The role a longer title names: "European Commissioner for Home Affairs", "Minister of the Interior of Lithuania". */
export function phraseRole(text: string): string | undefined {
  const t = text.replace(/\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?\p{Lu}[\p{L}]+$/u, "").trim();
  const direct = normalizeRole(t);
  if (direct) return direct;
  if (/\bcommissioner\b.*\bhome affairs\b|\bhome affairs commissioner\b/i.test(t))
    return "home affairs commissioner";
  if (/\bcommissioner\b/i.test(t)) return "commissioner";
  const words = t.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const tail = normalizeRole(words.slice(k).join(" "));
    if (tail) return tail;
  }
  return undefined;
}
