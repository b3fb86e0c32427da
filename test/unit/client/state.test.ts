import { describe, expect, it } from "vitest";
import { ALL_KINDS, ALL_RELS, graphParams, readState, writeState } from "../../../client/state.ts";

describe("explorer URL state", () => {
  it("round-trips every field through the URL", () => {
    const state = {
      center: ["actor:angela-merkel"],
      view: "whomet" as const,
      kinds: ["actor", "meeting"],
      rels: ["PARTICIPATED_IN"],
      from: "2021-11-16",
      to: "2021-11-17",
      minSources: 2,
      layout: "time",
      lone: true,
      map: true,
    };
    expect(readState(writeState(state))).toEqual(state);
  });

  it("keeps a saved query with its parameters, or ad-hoc Cypher, in the URL", () => {
    const saved = readState(
      writeState({
        ...readState(""),
        run: { kind: "saved", id: "co-participants", params: { actor: "actor:angela-merkel", limit: "5" } },
      }),
    );
    expect(saved.run).toEqual({
      kind: "saved",
      id: "co-participants",
      params: { actor: "actor:angela-merkel", limit: "5" },
    });
    const query = "MATCH (a:Actor) WHERE a.name CONTAINS 'é & ?' RETURN a";
    expect(readState(writeState({ ...readState(""), run: { kind: "cypher", query } })).run).toEqual({
      kind: "cypher",
      query,
    });
    expect(readState("?query=../../etc").run).toBeUndefined();
  });

  it("writes nothing for the default view", () => {
    expect(writeState(readState(""))).toBe("");
    expect(readState("").kinds).toEqual(ALL_KINDS);
  });

  it("ignores malformed values instead of failing", () => {
    const state = readState("?from=yesterday&minSources=-3&layout=spiral&kinds=spaceship&rels=KNOWS");
    expect(state).toMatchObject({
      from: "",
      minSources: 1,
      layout: "fcose",
      kinds: ALL_KINDS,
      rels: ALL_RELS,
    });
  });

  it("turns the state into /api/graph parameters", () => {
    const state = readState("?center=actor:a,actor:b&mode=whomet&from=2021-11-16");
    expect(graphParams(state)).toEqual({
      center: "actor:a,actor:b",
      depth: 1,
      view: "whomet",
      kinds: undefined,
      rels: undefined,
      from: "2021-11-16",
      to: undefined,
      minSources: undefined,
    });
  });

  it("asks the API for the chosen relationship types in the full view only", () => {
    const state = readState("?rels=OCCURRED_AT,INVOLVED_IN");
    expect(graphParams(state).rels).toBe("OCCURRED_AT,INVOLVED_IN");
    expect(graphParams({ ...state, view: "whomet" }).rels).toBeUndefined();
  });

  it("round-trips what the user did to the view: expansions, folds, hides, pins, selection, path, positions", () => {
    const state = {
      ...readState("?center=actor:polish-security-forces"),
      expand: ["actor:migrants", "actor:poland"],
      collapse: ["actor:migrants"],
      hide: ["place:bruzgi-border-crossing-point"],
      pin: [{ id: "actor:polish-security-forces", x: -12.5, y: 40 }],
      select: "actor:migrants",
      path: ["actor:migrants", "actor:poland"] as [string, string],
      map: true,
      pos: [
        { id: "actor:migrants", x: 1.5, y: -2 },
        { id: "actor:poland", x: 300, y: 120.3 },
      ],
      extent: { x1: -100, y1: -50, x2: 400, y2: 250 },
    };
    expect(readState(writeState(state))).toEqual(state);
  });

  it("drops pins, positions, paths and extents it cannot read", () => {
    const state = readState("?pin=actor:a~1~x,actor:b~2~3&pos=~1~2&path=actor:a&extent=5~5~1~1");
    expect(state.pin).toEqual([{ id: "actor:b", x: 2, y: 3 }]);
    expect(state.pos).toBeUndefined();
    expect(state.path).toBeUndefined();
    expect(state.extent).toBeUndefined();
  });
});
