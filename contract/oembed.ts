// GET /oembed: the oEmbed 1.0 provider (https://oembed.com) for embed URLs of this server.
import { z } from "zod";

export const OembedQuery = z.object({
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL of a whomet embed page" }),
  maxwidth: z.coerce.number().int().min(1).max(10_000).optional(),
  maxheight: z.coerce.number().int().min(1).max(10_000).optional(),
  format: z.string().default("json"),
});
export type OembedQuery = z.infer<typeof OembedQuery>;

export const OembedResponse = z.object({
  type: z.literal("rich"),
  version: z.literal("1.0"),
  title: z.string(),
  provider_name: z.literal("whomet"),
  provider_url: z.string(),
  html: z.string(),
  width: z.number(),
  height: z.number(),
  cache_age: z.number(),
  thumbnail_url: z.string().optional(),
  thumbnail_width: z.number().optional(),
  thumbnail_height: z.number().optional(),
});
export type OembedResponse = z.infer<typeof OembedResponse>;
