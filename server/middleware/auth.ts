// The bearer API_TOKEN check in front of every route that writes (saved views, users' queries).
import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import type { Config } from "../config.ts";
import { AppError } from "../errors.ts";

/** Bearer API_TOKEN; without API_TOKEN configured the route is disabled (403 `disabled`: no token could
 * open it, so not 401 `unauthorized`), not open. `what` names the action in the message. */
export function requireApiToken(config: Pick<Config, "API_TOKEN">, what: string): RequestHandler {
  return (req, _res, next) => {
    if (!config.API_TOKEN)
      return next(new AppError(403, "disabled", `${what} is disabled: the server has no API_TOKEN`));
    const given = /^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1] ?? "";
    // Both sides hashed first: equal lengths always, so the comparison does not reveal the token's length.
    const digest = (text: string) => createHash("sha256").update(text).digest();
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
