// Browsers are told to use https only (HSTS, CSP upgrade-insecure-requests) when the app is served over
// TLS: over plain http by another name than localhost, the explorer would fetch its assets over https.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let plain: TestServer;
let https: TestServer;
let forced: TestServer;
let unforced: TestServer;

beforeAll(async () => {
  plain = await startTestServer();
  https = await startTestServer({ PUBLIC_URL: "https://whomet.example" });
  forced = await startTestServer({ FORCE_HTTPS: "true" });
  unforced = await startTestServer({ PUBLIC_URL: "https://whomet.example", FORCE_HTTPS: "false" });
});
afterAll(async () => {
  await Promise.all([plain, https, forced, unforced].map((s) => s?.close()));
});

// The explorer, the API and an embed page (which sets its own CSP).
const PATHS = ["/", "/api/openapi.json", "/embed?center=actor:merkel"];

async function headersOf(server: TestServer, path: string): Promise<{ csp: string; hsts: string | null }> {
  const res = await fetch(`${server.url}${path}`);
  await res.arrayBuffer();
  return {
    csp: res.headers.get("content-security-policy") ?? "",
    hsts: res.headers.get("strict-transport-security"),
  };
}

describe("https-only headers", () => {
  it.each(PATHS)("are not sent over plain http by default (%s)", async (path) => {
    const { csp, hsts } = await headersOf(plain, path);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(hsts).toBeNull();
  });

  it.each(PATHS)("are sent when PUBLIC_URL is https (%s)", async (path) => {
    const { csp, hsts } = await headersOf(https, path);
    expect(csp).toContain("upgrade-insecure-requests");
    expect(hsts).toMatch(/^max-age=\d+/);
  });

  it("follow FORCE_HTTPS over PUBLIC_URL", async () => {
    expect((await headersOf(forced, "/")).hsts).toMatch(/^max-age=\d+/);
    expect((await headersOf(forced, "/")).csp).toContain("upgrade-insecure-requests");
    expect(await headersOf(unforced, "/")).toMatchObject({ hsts: null });
    expect((await headersOf(unforced, "/embed?center=actor:merkel")).csp).not.toContain(
      "upgrade-insecure-requests",
    );
  });
});
