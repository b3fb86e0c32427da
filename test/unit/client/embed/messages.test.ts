import { describe, expect, it } from "vitest";
import { originAllowed, parseCommand } from "../../../../client/embed/messages.ts";

describe("parseCommand", () => {
  it("accepts focus-node with an id and set-time-range with dates or nulls", () => {
    expect(parseCommand({ source: "whomet", type: "focus-node", id: "actor:merkel" })).toEqual({
      type: "focus-node",
      id: "actor:merkel",
    });
    expect(parseCommand({ source: "whomet", type: "set-time-range", from: "2021-11", to: null })).toEqual({
      type: "set-time-range",
      from: "2021-11",
      to: null,
    });
  });

  it("ignores messages of other sources, unknown types and malformed values", () => {
    expect(parseCommand({ type: "focus-node", id: "actor:merkel" })).toBeUndefined();
    expect(parseCommand({ source: "other", type: "focus-node", id: "x" })).toBeUndefined();
    expect(parseCommand({ source: "whomet", type: "delete-everything" })).toBeUndefined();
    expect(parseCommand({ source: "whomet", type: "focus-node", id: 7 })).toBeUndefined();
    expect(parseCommand({ source: "whomet", type: "set-time-range", from: "last week" })).toBeUndefined();
    expect(parseCommand("focus-node")).toBeUndefined();
    expect(parseCommand(null)).toBeUndefined();
  });
});

describe("originAllowed", () => {
  it("allows any origin with * and only listed origins otherwise", () => {
    expect(originAllowed("https://evil.example", ["*"])).toBe(true);
    expect(originAllowed("https://news.example", ["https://news.example"])).toBe(true);
    expect(originAllowed("https://evil.example", ["https://news.example"])).toBe(false);
    expect(originAllowed("https://news.example:8443", ["https://news.example"])).toBe(false);
  });
});
