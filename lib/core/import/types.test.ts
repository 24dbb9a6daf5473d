import { describe, expect, it } from "vitest";
import { emptyCounts, formatDuration, ImportFileError, timeLeftMs } from "./types";

describe("timeLeftMs", () => {
  it.each<[string, number, number | null, number, number | null]>([
    // [what, bytesRead, totalBytes, elapsedMs, expected]
    ["no size known", 100, null, 10_000, null],
    ["a size of 0", 0, 0, 10_000, null],
    ["nothing read yet", 0, 1000, 10_000, null],
    ["under 500 ms: too early to tell", 500, 1000, 499, null],
    ["at 500 ms it can be told", 500, 1000, 500, 500],
    ["a quarter read in 1 s: 3 s left", 250, 1000, 1000, 3000],
    ["half read in 4 s: 4 s left", 500, 1000, 4000, 4000],
    ["three quarters read in 3 s: 1 s left", 750, 1000, 3000, 1000],
    ["rounded to a whole millisecond", 1, 3, 1000, 2000],
    ["one byte short of the end", 999, 1000, 999_000, 1000],
    ["at the end", 1000, 1000, 60_000, 0],
    ["past the size (a size that was a guess)", 1200, 1000, 60_000, 0],
  ])("%s", (_what, bytesRead, totalBytes, elapsedMs, expected) => {
    expect(timeLeftMs({ bytesRead, totalBytes, elapsedMs })).toBe(expected);
  });
});

describe("formatDuration", () => {
  it.each<[number, string]>([
    [-5, "under a second"],
    [0, "under a second"],
    [999, "under a second"],
    [1000, "1 s"],
    [1499, "1 s"],
    [1500, "2 s"],
    [40_000, "40 s"],
    [59_499, "59 s"],
    [59_500, "1 min"], // rounds up to 60 s
    [60_000, "1 min"],
    [61_000, "1 min 1 s"],
    [125_000, "2 min 5 s"],
    [3_540_000, "59 min"],
    [3_599_000, "59 min 59 s"],
    [3_599_500, "1 h"], // rounds up to the hour
    [3_600_000, "1 h"],
    [3_659_000, "1 h"], // seconds are left out past the hour
    [3_660_000, "1 h 1 min"],
    [7_380_000, "2 h 3 min"],
    [90_000_000, "25 h"],
  ])("%d ms reads %j", (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe("ImportFileError", () => {
  it.each<[string, number | null, string]>([
    ["bad quote", 3, "line 3: bad quote"],
    ["not UTF-8", null, "not UTF-8"],
  ])("%j at line %s reads %j", (message, line, expected) => {
    const error = new ImportFileError(message, line);
    expect(error.message).toBe(expected);
    expect(error.line).toBe(line);
    expect(error.name).toBe("ImportFileError");
    expect(error).toBeInstanceOf(Error);
  });
});

describe("emptyCounts", () => {
  it("is zero for every outcome, and a new object each time", () => {
    const counts = emptyCounts();
    expect(counts).toEqual({ created: 0, updated: 0, unchanged: 0, rejected: 0 });
    counts.created = 5;
    expect(emptyCounts().created).toBe(0);
  });
});
