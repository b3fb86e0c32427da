import { describe, expect, it } from "vitest";
import { reportId } from "../../../../ingest/events/report-id.ts";
import { checkReport } from "../../../../ingest/verify.ts";

describe("Report ids and ingest verify's check of Reports", () => {
  it("builds the id from dataset, story and sentence, else from the URL", () => {
    expect(reportId({ dataset: "icews", storyId: "47400351", sentence: 2 })).toBe("icews-47400351-2");
    expect(reportId({ dataset: "polecat", storyId: "st-1" })).toBe("polecat-st-1");
    expect(reportId({ dataset: "gdelt", url: "https://x.example/a" })).toMatch(/^gdelt-url-[0-9a-f]{16}$/);
  });

  it("accepts a Report with its dataset and story", () => {
    expect(checkReport({ id: "icews-1-2", dataset: "icews", storyId: "1", sentence: 2, url: null })).toEqual(
      [],
    );
  });

  it("refuses a Report without a dataset, without story and URL, or with an id that does not follow", () => {
    expect(checkReport({ id: "x", dataset: null, storyId: "1", sentence: 2, url: null })[0]?.message).toBe(
      "report x has no dataset",
    );
    expect(
      checkReport({ id: "icews-", dataset: "icews", storyId: null, sentence: null, url: null })[0]?.message,
    ).toBe("report icews- (icews) has neither a story id nor a URL");
    expect(
      checkReport({ id: "icews-1-3", dataset: "icews", storyId: "1", sentence: 2, url: null })[0]?.message,
    ).toMatch(/its id does not follow .*expected icews-1-2/);
  });
});
