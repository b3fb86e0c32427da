import { describe, expect, it } from "vitest";
import { shortDate as readableDate } from "../../../../client/dates.ts";
import { cellText } from "../../../../client/panels/result-cells.ts";

describe("query result cells in words", () => {
  it("shows nodes by name, relationships in words, paths by length and dates as dates", () => {
    expect(cellText({ id: "actor:merkel", label: "Angela Merkel" })).toBe("Angela Merkel");
    expect(cellText({ type: "PARTICIPATED_IN" })).toBe("took part in");
    expect(cellText({ type: "SOME_NEW_TYPE" })).toBe("some new type");
    expect(cellText([{ type: "INVOLVED_IN" }, { type: "OCCURRED_AT" }])).toBe("involved in, took place at");
    expect(cellText({ length: 3 })).toBe("path of 3 steps");
    expect(cellText("2021-11-17")).toBe("17 Nov 2021");
    expect(cellText(["2021-11-15", "2021-11-17"])).toBe("15 Nov 2021, 17 Nov 2021");
    expect(cellText({ city: "Minsk", n: 2 })).toBe("city: Minsk; n: 2");
    expect(cellText(null)).toBe("");
    expect(cellText(0)).toBe("0");
  });

  it("keeps ISO dates and relationship types for CSV", () => {
    expect(cellText("2021-11-17", { readable: false })).toBe("2021-11-17");
    expect(cellText({ type: "PARTICIPATED_IN" }, { readable: false })).toBe("PARTICIPATED_IN");
  });

  it("reads a date-time with its time and leaves other text alone", () => {
    expect(readableDate("2021-11-17T09:30:00Z")).toBe("17 Nov 2021 09:30");
    expect(readableDate("2021-13-01")).toBe("2021-13-01");
    expect(readableDate("phone_call")).toBe("phone_call");
  });
});
