// GET /api/articles/:id: an article's text and every quote the graph takes from it, so the reader view
// (#20) can show a source in context. A quote is highlighted only where the stored text still reads
// exactly the quote at its offsets; otherwise it is flagged as not matching, never placed elsewhere.
import { z } from "zod";

export const ArticleParams = z.object({
  id: z.string().min(1).max(200).meta({ example: "3f1c2a9b7d4e5f60" }),
});

export const ArticleQuote = z.object({
  event: z.string().meta({ description: 'The reporting event\'s element id ("meeting:…", "incident:…")' }),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  matches: z.boolean().meta({ description: "True when text.slice(start, end) is exactly the quote" }),
});
export type ArticleQuote = z.infer<typeof ArticleQuote>;

export const ArticleText = z.object({
  id: z.string(),
  slug: z.string().nullable(),
  date: z.string().nullable(),
  source: z.string().nullable().meta({ description: "The outlet" }),
  title: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string().meta({ description: "The text the quotes' offsets point into" }),
  quotes: z.array(ArticleQuote),
});
export type ArticleText = z.infer<typeof ArticleText>;
