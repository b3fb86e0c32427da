// Who may correct the graph (#19): API_TOKEN (recorded as reviewer "api") or a named token from
// REVIEWER_TOKENS, so each correction's history says who made it. Reading stays public.
import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler, Response } from "express";
import type { Config } from "../config.ts";
import { AppError } from "../errors.ts";

/** The reviewer name a request's token stands for. */
export const API_TOKEN_REVIEWER = "api";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Bearer token → reviewer name; 401 for none or a wrong one, 403 `disabled` when no token is configured. */
export function requireReviewer(config: Pick<Config, "API_TOKEN" | "REVIEWER_TOKENS">): RequestHandler {
  const known = [
    ...(config.API_TOKEN ? [{ name: API_TOKEN_REVIEWER, hash: digest(config.API_TOKEN) }] : []),
    ...config.REVIEWER_TOKENS.map((r) => ({ name: r.name, hash: digest(r.token) })),
  ];
  return (req, res, next) => {
    if (!known.length)
      return next(
        new AppError(
          403,
          "disabled",
          "Corrections are disabled: the server has no API_TOKEN or REVIEWER_TOKENS",
        ),
      );
    const given = digest(/^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1] ?? "");
    // Hashes have one length, and every token is compared, so the time taken tells nothing about which.
    let reviewer: string | undefined;
    for (const k of known) if (timingSafeEqual(given, k.hash)) reviewer ??= k.name;
    if (!reviewer)
      return next(
        new AppError(401, "unauthorized", "authorization: expected `Bearer <token>` with a reviewer's token"),
      );
    res.locals.reviewer = reviewer;
    next();
  };
}

export function reviewerOf(res: Response): string {
  return String(res.locals.reviewer);
}
