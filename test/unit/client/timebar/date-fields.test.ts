import { describe, expect, it } from "vitest";
import { checkRange, parseDateField } from "../../../../client/timebar/date-fields.ts";

describe("parseDateField", () => {
  it("takes a whole, real date", () => {
    expect(parseDateField("2021-11-16")).toEqual({ kind: "date", date: "2021-11-16" });
    expect(parseDateField(" 2024-02-29 ")).toEqual({ kind: "date", date: "2024-02-29" });
    expect(parseDateField("")).toEqual({ kind: "empty" });
  });

  it("waits while a date is being typed", () => {
    for (const text of ["2", "20", "202", "2021", "2021-", "2021-1", "2021-11", "2021-11-", "2021-11-1"])
      expect(parseDateField(text), text).toEqual({ kind: "partial" });
  });

  it("says why a date is not one", () => {
    expect(parseDateField("2021-02-30")).toEqual({
      kind: "invalid",
      message: '"2021-02-30": February 2021 has 28 days',
    });
    expect(parseDateField("2021-13-01")).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("month"),
    });
    expect(parseDateField("2021-13")).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("month"),
    });
    expect(parseDateField("0202-01-01")).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("year"),
    });
    expect(parseDateField("16/11/2021")).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("YYYY-MM-DD"),
    });
    expect(parseDateField("20211")).toMatchObject({ kind: "invalid" });
  });
});

describe("checkRange", () => {
  it("applies whole dates and empty sides", () => {
    expect(checkRange("2021-11-16", "2021-11-17")).toEqual({
      ok: true,
      from: "2021-11-16",
      to: "2021-11-17",
    });
    expect(checkRange("", "2021-11-17")).toEqual({ ok: true, from: "", to: "2021-11-17" });
    expect(checkRange("", "")).toEqual({ ok: true, from: "", to: "" });
  });

  it("waits silently while one side is half typed", () => {
    expect(checkRange("202", "2021-11-17")).toEqual({ ok: false });
  });

  it("names the field at fault", () => {
    expect(checkRange("2021-11-18", "2021-11-17")).toEqual({
      ok: false,
      message: "From (2021-11-18) is after To (2021-11-17)",
      field: "to",
    });
    expect(checkRange("2021-02-30", "")).toMatchObject({ ok: false, field: "from" });
    expect(checkRange("", "x")).toMatchObject({ ok: false, field: "to" });
  });
});
