// The request log: what was asked and answered at info, headers only at debug and never credentials.
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { pino, type LevelWithSilent } from "pino";
import { describe, expect, it } from "vitest";
import { requestLogger } from "../../../server/logger.ts";

/** The lines the request logger writes for one answered GET carrying a token and a cookie. */
function logOneRequest(level: LevelWithSilent, status = 200): Record<string, unknown>[] {
  const lines: string[] = [];
  const log = pino({ level }, { write: (line: string) => void lines.push(line) });
  const req = new IncomingMessage(new Socket());
  req.method = "GET";
  req.url = "/api/graph?center=actor:merkel";
  req.headers = {
    host: "whomet.test",
    "user-agent": "vitest",
    authorization: "Bearer secret-token-0123456789",
    cookie: "session=abc",
  };
  const res = new ServerResponse(req);
  requestLogger(log)(req, res, () => {});
  // No socket: end() only buffers the answer, so "finish" is sent by hand.
  res.writeHead(status).end();
  res.emit("finish");
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("the request log", () => {
  it("carries only request id, method, url, status and response time at info", () => {
    const [line, ...rest] = logOneRequest("info");
    expect(rest).toEqual([]);
    expect(JSON.stringify(line)).not.toMatch(/headers|user-agent|secret-token|session=abc/);
    expect(line).toMatchObject({
      level: 30,
      reqId: expect.anything(),
      req: { method: "GET", url: "/api/graph?center=actor:merkel" },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
      msg: "request completed",
    });
    expect(Object.keys(line!.req as object).sort()).toEqual(["method", "url"]);
    expect(Object.keys(line!.res as object)).toEqual(["statusCode"]);
  });

  it("adds the headers at debug, without authorization or cookie", () => {
    const [line] = logOneRequest("debug");
    const headers = (line!.req as { headers: Record<string, string> }).headers;
    expect(headers).toEqual({ host: "whomet.test", "user-agent": "vitest" });
    expect(JSON.stringify(line)).not.toMatch(/secret-token|session=abc/);
  });

  it("logs a 5xx answer at error", () => {
    expect(logOneRequest("info", 500)[0]).toMatchObject({ level: 50, res: { statusCode: 500 } });
  });

  // #16: during an outage every request is a 503; it is logged as a warning, without a made-up stack.
  it("logs a 503 (Neo4j unavailable or overloaded) at warn, without a stack", () => {
    const [line] = logOneRequest("info", 503);
    expect(line).toMatchObject({ level: 40, res: { statusCode: 503 } });
    expect(line).not.toHaveProperty("err");
  });
});
