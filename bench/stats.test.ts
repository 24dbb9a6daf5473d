import { describe, expect, it } from "vitest";
import { checkMisses, formatReport, formatTable, importMisses, lineMisses, lineResult, mixedMisses, percentile, type LineResult, type MixedLoadResult } from "./stats";

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

const mixed = (page: string, idleRps: number, mixedRps: number, mixedP95: number, errors = 0): MixedLoadResult => ({
  page,
  idle: { rps: idleRps, p50: 1, p95: 5, errors: 0 },
  mixed: { rps: mixedRps, p50: 2, p95: mixedP95, errors },
  ratio: Math.round((mixedRps / idleRps) * 100) / 100,
  writes: 33,
  writeErrors: 0,
  writeP95: 20,
  polls: 100,
  pollErrors: 0,
  pollP95: 30,
});

describe("the targets", () => {
  it.each<[LineResult, string[]]>([
    [line("case list", 50, 1.5), []],
    [line("case list", 50.1, 1.5), ["p95 > 50 ms"]],
    [line("case list, one broad word", 60, 1), []],
    [line("case list, one broad word", 60.1, 1), ["p95 > 60 ms"]],
    [line("coverage matrix", 50, 1.2), []],
    [line("coverage matrix", 50.1, 1.6), ["p95 > 50 ms"]],
    // The ratio is a reference figure: no line misses a target by it.
    [line("case page", 900, 3), []],
    [line("case page (HTML)", 1, 1.51), []],
  ])("%j misses %j", (result, misses) => {
    expect(lineMisses(result)).toEqual(misses);
  });

  it("holds the import to 60 s and under 500 MB", () => {
    expect(importMisses({ rows: 200_000, seconds: 60, peakMb: 499, check: null })).toEqual([]);
    expect(importMisses({ rows: 200_000, seconds: 61, peakMb: 500, check: null })).toEqual(["> 60 s", ">= 500 MB"]);
  });

  it("holds the import's check to twice the import's time and under 500 MB", () => {
    expect(checkMisses({ rows: 200_000, seconds: 50, peakMb: 300, check: { seconds: 100, peakMb: 499 } })).toEqual([]);
    expect(checkMisses({ rows: 200_000, seconds: 50, peakMb: 300, check: { seconds: 100.1, peakMb: 500 } })).toEqual(["> 2 x the import", ">= 500 MB"]);
  });

  it("holds each page under mixed load to 0.7 of its idle throughput, and the case page to a p95 under 25 ms", () => {
    expect(mixedMisses(mixed("case page", 1000, 700, 24.9))).toEqual([]);
    expect(mixedMisses(mixed("case page", 1000, 690, 25))).toEqual(["mixed/idle < 0.7", "p95 mixed >= 25 ms"]);
    // The case list's p95 is held by its own line, not here.
    expect(mixedMisses(mixed("case list page", 100, 80, 400))).toEqual([]);
    expect(mixedMisses(mixed("case list page", 100, 80, 40, 3))).toEqual(["3 errors"]);
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
  it("shows each line with its verdict, the mixed load, then the import, its check and the load", () => {
    const report = formatReport({
      lines: [line("case list", 40, 1.2), line("case page", 10, 2)],
      imported: { rows: 200_000, seconds: 75.25, peakMb: 380, check: { seconds: 120, peakMb: 390 } },
      load: { rps: 412.5, errors: 0 },
      loadRendered: { rps: 120.4, errors: 0 },
      mixed: [mixed("case page", 1000, 650, 30), mixed("case list page", 100, 90, 60)],
    });
    const rows = report.split("\n");
    expect(rows[0]).toMatch(/^line\s+p50 ms\s+p95 ms\s+raw p50\s+raw p95\s+ratio\s+target met\?$/);
    expect(rows[2]).toMatch(/^case list\s+1\.0\s+40\.0\s+1\.0\s+1\.0\s+1\.20\s+yes$/);
    expect(rows[3]).toMatch(/^case page\s.*2\.00\s+no target$/);
    expect(report).toContain("a reference figure, not a target");
    expect(report).toMatch(/\ncase page\s+1000\.0\s+650\.0\s+0\.65\s+5\.0\s+30\.0\s+33\s+100\s+NO \(mixed\/idle < 0\.7, p95 mixed >= 25 ms\)\n/);
    expect(report).toMatch(/\ncase list page\s+100\.0\s+90\.0\s+0\.90\s+5\.0\s+60\.0\s+33\s+100\s+yes\n/);
    expect(report).toContain("Import: 200000 rows in 75.3 s, peak 380 MB (target <= 60 s, < 500 MB): NO (> 60 s)");
    expect(report).toContain("Import's check (--dry-run) of the same file: 120.0 s, peak 390 MB (target <= 2 x the import's time, < 500 MB): yes");
    expect(report).toContain("Load on the case page, as visitors get it (page cache), nobody writing: 412.5 req/s, 0 errors (for comparison; no target).");
    expect(report).toContain("Load on the case page, rendering every request: 120.4 req/s, 0 errors (for comparison; no target).");
  });

  it("says what was skipped", () => {
    const report = formatReport({ lines: [], imported: null, load: null, mixed: null });
    expect(report).toContain("Lines: skipped.");
    expect(report).toContain("Mixed load: skipped.");
    expect(report).toContain("Import: skipped.");
    expect(report).toContain("Load: skipped.");
  });
});
