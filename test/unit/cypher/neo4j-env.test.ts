// The driver's timeouts and the outage settings (issue #16) come from the validated NEO4J_* environment.
import { describe, expect, it } from "vitest";
import { loadNeo4jConfig } from "../../../cypher/neo4j.ts";

describe("Neo4j connection settings", () => {
  it("defaults to a 3 s connection timeout, 5 s pool wait, 1 s of retries, a probe every 500 ms and supervision on", () => {
    expect(loadNeo4jConfig({})).toMatchObject({
      NEO4J_CONNECTION_TIMEOUT_MS: 3_000,
      NEO4J_ACQUISITION_TIMEOUT_MS: 5_000,
      NEO4J_RETRY_TIME_MS: 1_000,
      NEO4J_PROBE_INTERVAL_MS: 500,
      NEO4J_SUPERVISE: true,
    });
  });

  it("reads them from the environment", () => {
    const config = loadNeo4jConfig({
      NEO4J_CONNECTION_TIMEOUT_MS: "1500",
      NEO4J_RETRY_TIME_MS: "0",
      NEO4J_SUPERVISE: "false",
    });
    expect(config).toMatchObject({
      NEO4J_CONNECTION_TIMEOUT_MS: 1_500,
      NEO4J_RETRY_TIME_MS: 0,
      NEO4J_SUPERVISE: false,
    });
  });

  it("stops with a line naming the variable when NEO4J_PROBE_INTERVAL_MS is 10", () => {
    expect(() => loadNeo4jConfig({ NEO4J_PROBE_INTERVAL_MS: "10" })).toThrow(
      /^Invalid environment: NEO4J_PROBE_INTERVAL_MS="10"/,
    );
  });
});
