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
    ["from empty", "", "a", ["+a"]],
    ["to empty", "a\nb", "", ["-a", "-b"]],
    ["an empty line added", "a\nb", "a\n\nb", [" a", "+", " b"]],
    ["a final line end added", "a\nb", "a\nb\n", [" a", " b"]],
    ["Ukrainian text", "Стаття 438\nКК України", "Стаття 438\nКримінальний кодекс", [" Стаття 438", "-КК України", "+Кримінальний кодекс"]],
  ])("%s", (_name, before, after, expected) => {
    expect(short(before, after)).toEqual(expected);
  });

  it("finds one added line in a long text", () => {
    const big = Array.from({ length: 3000 }, (_, i) => `line ${i}`).join("\n");
    const diff = lineDiff(big, `${big}\nmore`);
    expect(diff.filter((l) => l.kind === "same")).toHaveLength(3000);
    expect(diff.filter((l) => l.kind === "added")).toEqual([{ kind: "added", text: "more" }]);
  });

  it("shows two long texts with nothing in common as replaced, rather than comparing them", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `old ${i}`).join("\n");
    const b = Array.from({ length: 3000 }, (_, i) => `new ${i}`).join("\n");
    const started = performance.now();
    const diff = lineDiff(a, b);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(diff.filter((l) => l.kind === "removed")).toHaveLength(3000);
    expect(diff.filter((l) => l.kind === "added")).toHaveLength(3000);
    expect(diff.findIndex((l) => l.kind === "added")).toBe(3000);
  });
});
