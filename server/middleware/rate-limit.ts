// The one per-IP rate limiter: every limited route answers alike, 429 `rate_limited` in the API's error
// shape (through the error middleware) with the standard RateLimit headers.
import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { AppError } from "../errors.ts";

/** At most `perMinute` requests a minute from one address; `what` names them in the answer ("queries"). */
export function rateLimitPerMinute(perMinute: number, what: string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(
        new AppError(
          429,
          "rate_limited",
          `Too many ${what} from this address: at most ${perMinute} a minute; wait a moment`,
        ),
      ),
  });
}
