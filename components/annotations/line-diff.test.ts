import { describe, expect, it } from "vitest";
import { lineDiff } from "./line-diff";

const short = (before: string, after: string) => lineDiff(before, after).map((l) => `${{ same: " ", removed: "-", added: "+" }[l.kind]}${l.text}`);

describe("lineDiff", () => {
  it.each([
    ["identical", "a\nb", "a\nb", [" a", " b"]],
    ["a line added at the end", "a\nb", "a\nb\nc", [" a", " b", "+c"]],
    ["a line removed in the middle", "a\nb\nc", "a\nc", [" a", "-b", " c"]],
    ["a line changed", "a\nb\nc", "a\nB\nc", [" a", "-b", "+B", " c"]],
    ["everything replaced", "x", "y", ["-x", "+y"]],
    ["from empty", "", "a", ["-", "+a"]],
  ])("%s", (_name, before, after, expected) => {
    expect(short(before, after)).toEqual(expected);
  });

  it("shows a huge text as replaced rather than comparing it", () => {
    const big = Array.from({ length: 3000 }, (_, i) => `line ${i}`).join("\n");
    const diff = lineDiff(big, `${big}\nmore`);
    expect(diff.filter((l) => l.kind === "removed")).toHaveLength(3000);
    expect(diff.filter((l) => l.kind === "added")).toHaveLength(3001);
  });
});
