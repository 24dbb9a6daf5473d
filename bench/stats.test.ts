import { describe, expect, it } from "vitest";
import { formatReport, formatTable, importMisses, lineMisses, lineResult, loadMisses, percentile, type LineResult } from "./stats";

describe("percentile", () => {
  it.each<[number[], number, number]>([
    [[5], 50, 5],
    [[5], 95, 5],
    [[1, 2, 3], 50, 2],
    // An even count: the mean of the middle two.
    [[1, 2, 3, 4], 50, 2.5],
    [[4, 3, 2, 1], 50, 2.5],
    // 1..20: rank 0.95 * 19 = 18.05, between 19 and 20.
    [Array.from({ length: 20 }, (_, i) => i + 1), 95, 19.05],
    [Array.from({ length: 100 }, (_, i) => i + 1), 50, 50.5],
    [[10, 20], 0, 10],
    [[10, 20], 100, 20],
  ])("of %j at p%d is %d", (samples, p, expected) => {
    expect(percentile(samples, p)).toBeCloseTo(expected, 10);
  });

  it("does not reorder the samples it is given", () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });

  it("refuses no samples", () => {
    expect(() => percentile([], 50)).toThrow();
  });
});

describe("lineResult", () => {
  it("rounds the times to 0.1 ms and takes the ratio of the medians", () => {
    const app = [10, 11, 12, 13, 100];
    const raw = [4, 4, 5, 6, 6];
    expect(lineResult("case page", app, raw)).toEqual({ name: "case page", p50: 12, p95: 82.6, rawP50: 5, rawP95: 6, ratio: 2.4 });
  });

  it("keeps two decimals of the ratio", () => {
    expect(lineResult("x", [10], [3]).ratio).toBe(3.33);
  });
});

const line = (name: string, p95: number, ratio: number): LineResult => ({ name, p50: 1, p95, rawP50: 1, rawP95: 1, ratio });

describe("the targets", () => {
  it.each<[LineResult, string[]]>([
    [line("case list", 50, 1.5), []],
    [line("case list", 50.1, 1.5), ["p95 > 50 ms"]],
    [line("coverage matrix", 100, 1.2), []],
    [line("coverage matrix", 120, 1.6), ["p95 > 100 ms", "ratio > 1.5"]],
    // Lines without a p95 target are held to the ratio alone.
    [line("case page", 900, 1.5), []],
    [line("case page (HTML)", 1, 1.51), ["ratio > 1.5"]],
  ])("%j misses %j", (result, misses) => {
    expect(lineMisses(result)).toEqual(misses);
  });

  it("holds the import to 60 s and under 500 MB", () => {
    expect(importMisses({ rows: 200_000, seconds: 60, peakMb: 499 })).toEqual([]);
    expect(importMisses({ rows: 200_000, seconds: 61, peakMb: 500 })).toEqual(["> 60 s", ">= 500 MB"]);
  });

  it("holds the load to 300 req/s without errors", () => {
    expect(loadMisses({ rps: 300, errors: 0 })).toEqual([]);
    expect(loadMisses({ rps: 299.9, errors: 2 })).toEqual(["< 300 req/s", "2 errors"]);
  });
});

describe("formatTable", () => {
  it("pads every column to its widest cell, numbers to the right", () => {
    expect(formatTable(["line", "p50"], [["case list", "5.0"], ["x", "123.4"]])).toBe(
      ["line       p50", "---------  -----", "case list    5.0", "x          123.4"].join("\n"),
    );
  });
});

describe("formatReport", () => {
  it("shows each line with its verdict, then the import and the load", () => {
    const report = formatReport(
      [line("case list", 40, 1.2), line("case page", 10, 2)],
      { rows: 200_000, seconds: 75.25, peakMb: 380 },
      { rps: 412.5, errors: 0 },
      { rps: 120.4, errors: 0 },
    );
    const rows = report.split("\n");
    expect(rows[0]).toMatch(/^line\s+p50 ms\s+p95 ms\s+raw p50\s+raw p95\s+ratio\s+target met\?$/);
    expect(rows[2]).toMatch(/^case list\s+1\.0\s+40\.0\s+1\.0\s+1\.0\s+1\.20\s+yes$/);
    expect(rows[3]).toMatch(/^case page\s.*2\.00\s+NO \(ratio > 1\.5\)$/);
    expect(report).toContain("Import: 200000 rows in 75.3 s, peak 380 MB (target <= 60 s, < 500 MB): NO (> 60 s)");
    expect(report).toContain("Load on the case page, as visitors get it (page cache): 412.5 req/s, 0 errors (target >= 300 req/s, no errors): yes");
    expect(report).toContain("Load on the case page, rendering every request: 120.4 req/s, 0 errors (for comparison; no target).");
  });

  it("says what was skipped", () => {
    const report = formatReport([line("case list", 40, 1.2)], null, null);
    expect(report).toContain("Import: skipped.");
    expect(report).toContain("Load: skipped.");
  });
});
