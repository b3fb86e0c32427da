// Security headers of the pages other sites may frame (/embed…, /oembed): frame-ancestors from
// EMBED_ORIGINS instead of the explorer's 'none'. Mounted before the explorer's helmet (server/app.ts).
import type { RequestHandler } from "express";
import helmet from "helmet";
import { forceHttps, type Config } from "../config.ts";

/** CSP for framed pages: frame-ancestors from EMBED_ORIGINS; scripts from 'self' only; https-only
 * headers as for the explorer (FORCE_HTTPS). */
export function embedHelmet(
  config: Pick<Config, "EMBED_ORIGINS" | "FORCE_HTTPS" | "PUBLIC_URL">,
): RequestHandler {
  const ancestors = config.EMBED_ORIGINS.includes("*") ? ["*"] : config.EMBED_ORIGINS;
  return helmet({
    contentSecurityPolicy: {
      directives: {
        "frame-ancestors": ancestors.length ? ancestors : ["'none'"],
        "img-src": ["'self'", "data:", "blob:"],
        "upgrade-insecure-requests": forceHttps(config) ? [] : null,
      },
    },
    strictTransportSecurity: forceHttps(config),
    // X-Frame-Options cannot express an allow-list; the CSP above is the rule.
    xFrameOptions: false,
    crossOriginEmbedderPolicy: false,
    // The element script and the PNG are loaded by pages on other origins.
    crossOriginResourcePolicy: { policy: "cross-origin" },
  });
}
