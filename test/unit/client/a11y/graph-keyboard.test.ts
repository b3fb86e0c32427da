import { describe, expect, it } from "vitest";
import { neighbourToward } from "../../../../client/a11y/graph-keyboard.ts";

const at = { x: 0, y: 0 };
const around = [
  { id: "east", x: 100, y: 10 },
  { id: "far-east", x: 300, y: 0 },
  { id: "north", x: 5, y: -80 },
  { id: "south-east", x: 60, y: 70 },
];

describe("the neighbour an arrow key moves to", () => {
  it("picks the nearest neighbour lying in the arrow's direction (screen y grows downward)", () => {
    expect(neighbourToward(at, around, { x: 1, y: 0 })).toBe("east");
    expect(neighbourToward(at, around, { x: 0, y: -1 })).toBe("north");
    expect(neighbourToward(at, around, { x: 0, y: 1 })).toBe("south-east");
  });

  it("prefers a node ahead within 60° to a nearer one further off the line", () => {
    const nodes = [
      { id: "off-line", x: 30, y: 60 },
      { id: "ahead", x: 120, y: 5 },
    ];
    expect(neighbourToward(at, nodes, { x: 1, y: 0 })).toBe("ahead");
  });

  it("takes one off the line when none is within 60°, and none behind", () => {
    expect(neighbourToward(at, [{ id: "steep", x: 10, y: 90 }], { x: 1, y: 0 })).toBe("steep");
    expect(neighbourToward(at, around, { x: -1, y: 0 })).toBeUndefined();
    expect(neighbourToward(at, [], { x: 1, y: 0 })).toBeUndefined();
  });
});
