// The bearer token checks: API_TOKEN in front of every route that writes (saved views, users' queries);
// API_TOKEN or a named REVIEWER_TOKENS token in front of corrections (#19), naming the reviewer.
import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler, Response } from "express";
import type { Config } from "../config.ts";
import { AppError } from "../errors.ts";

const digest = (text: string) => createHash("sha256").update(text).digest();
const bearer = (header: string | undefined) => /^Bearer (.+)$/.exec(header ?? "")?.[1] ?? "";

/** Bearer API_TOKEN; without API_TOKEN configured the route is disabled (403 `disabled`: no token could
 * open it, so not 401 `unauthorized`), not open. `what` names the action in the message. */
export function requireApiToken(config: Pick<Config, "API_TOKEN">, what: string): RequestHandler {
  return (req, _res, next) => {
    if (!config.API_TOKEN)
      return next(new AppError(403, "disabled", `${what} is disabled: the server has no API_TOKEN`));
    const given = bearer(req.get("authorization"));
    // Both sides hashed first: equal lengths always, so the comparison does not reveal the token's length.
    if (!timingSafeEqual(digest(given), digest(config.API_TOKEN)))
      return next(
        new AppError(
          401,
          "unauthorized",
          "authorization: expected `Bearer <API_TOKEN>` with the server's token",
        ),
      );
    next();
  };
}

/** The reviewer name API_TOKEN stands for in a correction's history. */
export const API_TOKEN_REVIEWER = "api";

/** Bearer API_TOKEN (reviewer "api") or a REVIEWER_TOKENS token (its name), kept for reviewerOf();
 * 401 `unauthorized` for none or a wrong one, 403 `disabled` when neither is configured. */
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
    const given = digest(bearer(req.get("authorization")));
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

/** The reviewer requireReviewer() found for this request. */
export function reviewerOf(res: Response): string {
  return String(res.locals.reviewer);
}
