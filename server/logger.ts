// The server's logs: the one pino logger (readable lines on a terminal, JSON lines for files, pipes and
// Docker) and the request log, which says what was asked and answered, never who asked with what token.
import type { IncomingHttpHeaders } from "node:http";
import { pino, type Logger } from "pino";
import { pinoHttp, type HttpLogger } from "pino-http";
import type { Config } from "./config.ts";

/** JSON lines on stdout; with `pretty` (by default when stdout is a terminal) readable lines written by
 * pino-pretty in a transport (a worker thread), so it is a runtime dependency. */
export function createLogger(
  config: Pick<Config, "LOG_LEVEL">,
  pretty = process.stdout.isTTY === true,
): Logger {
  if (!pretty) return pino({ level: config.LOG_LEVEL });
  return pino({
    level: config.LOG_LEVEL,
    transport: {
      target: "pino-pretty",
      options: {
        translateTime: "SYS:HH:MM:ss.l",
        ignore: "pid,hostname,req,res,responseTime",
        // A request reads "GET /api/graph 200 12 ms request completed {"reqId":7}".
        messageFormat: "{if req.method}{req.method} {req.url} {res.statusCode} {responseTime} ms {end}{msg}",
        singleLine: true,
      },
    },
  });
}

// Credentials a request may carry; not logged even at debug.
const SECRET_HEADERS = ["authorization", "proxy-authorization", "cookie"];

function loggableHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !SECRET_HEADERS.includes(name)));
}

interface SerializedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/** One line per request, when it is answered: reqId, method, url, status and response time (ms); the
 * request's headers too at debug. Handlers log through `req.log`, a child carrying the reqId. */
export function requestLogger(log: Logger): HttpLogger {
  return pinoHttp({
    logger: log,
    quietReqLogger: true,
    serializers: {
      req: (req: SerializedRequest) => ({
        method: req.method,
        url: req.url,
        ...(log.isLevelEnabled("debug") ? { headers: loggableHeaders(req.headers) } : {}),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // A 503 (Neo4j unreachable or overloaded) is the server doing its job, not a fault of its own: a
    // warning, without the stack pino-http makes up for every 5xx ("failed with status code 503").
    // During an outage every request is a 503, and formatting those stacks (through the source maps)
    // was most of what a refusal cost (#16: 503 p95 above 200 ms under load).
    customLogLevel: (_req, res, err) =>
      res.statusCode === 503 ? "warn" : err || res.statusCode >= 500 ? "error" : "info",
    customErrorObject: (_req, res, error, value: Record<string, unknown>) =>
      res.statusCode === 503 ? { ...value, err: undefined } : value,
  });
}
