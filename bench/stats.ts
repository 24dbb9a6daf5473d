/**
 * The bench's arithmetic and its report: percentiles, the app/raw ratio, the targets, and
 * the table printed at the end. Pure, so that bench/stats.test.ts can pin it down.
 */

export type LineResult = { name: string; p50: number; p95: number; rawP50: number; rawP95: number; ratio: number };
export type ImportResult = { rows: number; seconds: number; peakMb: number };
export type LoadResult = { rps: number; errors: number };

/**
 * The p-th percentile (0-100) of some samples, interpolating linearly between the two nearest
 * ranks (numpy's default), so that p50 of an even count is the mean of the middle two.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error("percentile of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * A line's figures in ms to one decimal. The ratio is app p50 / raw p50: the median is what a
 * typical request costs, and the tail of either side is noisier than the app's overhead it compares.
 */
export function lineResult(name: string, appMs: readonly number[], rawMs: readonly number[]): LineResult {
  const p50 = percentile(appMs, 50);
  const rawP50 = percentile(rawMs, 50);
  return {
    name,
    p50: round(p50, 1),
    p95: round(percentile(appMs, 95), 1),
    rawP50: round(rawP50, 1),
    rawP95: round(percentile(rawMs, 95), 1),
    ratio: round(p50 / rawP50, 2),
  };
}

// ---------------------------------------------------------------------------------------------
// The targets (at 200,000 cases).

export const RATIO_TARGET = 1.5;
export const P95_TARGETS: Readonly<Record<string, number>> = { "case list": 50, "coverage matrix": 100 };
export const IMPORT_TARGET = { seconds: 60, peakMb: 500 };
export const LOAD_TARGET = { rps: 300 };

/** The targets a line misses, in words; empty when it meets them all. */
export function lineMisses(line: LineResult): string[] {
  const misses: string[] = [];
  const p95Target = P95_TARGETS[line.name];
  if (p95Target !== undefined && line.p95 > p95Target) misses.push(`p95 > ${p95Target} ms`);
  if (line.ratio > RATIO_TARGET) misses.push(`ratio > ${RATIO_TARGET}`);
  return misses;
}

export function importMisses(result: ImportResult): string[] {
  const misses: string[] = [];
  if (result.seconds > IMPORT_TARGET.seconds) misses.push(`> ${IMPORT_TARGET.seconds} s`);
  if (result.peakMb >= IMPORT_TARGET.peakMb) misses.push(`>= ${IMPORT_TARGET.peakMb} MB`);
  return misses;
}

export function loadMisses(result: LoadResult): string[] {
  const misses: string[] = [];
  if (result.rps < LOAD_TARGET.rps) misses.push(`< ${LOAD_TARGET.rps} req/s`);
  if (result.errors > 0) misses.push(`${result.errors} errors`);
  return misses;
}

const verdict = (misses: string[]) => (misses.length === 0 ? "yes" : `NO (${misses.join(", ")})`);

// ---------------------------------------------------------------------------------------------
// The table.

/** Columns padded to their widest cell; numbers right-aligned, text left-aligned. */
export function formatTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? "").length)));
  const numeric = (cell: string) => /^-?[\d.]+$/.test(cell);
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (numeric(cell) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

const ms = (x: number) => x.toFixed(1);

/** The final report: one row per measured line, then the import and the load, with the targets. */
export function formatReport(lines: readonly LineResult[], imported: ImportResult | null, load: LoadResult | null, loadRendered: LoadResult | null = null): string {
  const table = formatTable(
    ["line", "p50 ms", "p95 ms", "raw p50", "raw p95", "ratio", "target met?"],
    lines.map((l) => [l.name, ms(l.p50), ms(l.p95), ms(l.rawP50), ms(l.rawP95), l.ratio.toFixed(2), verdict(lineMisses(l))]),
  );
  const notes = [
    `Targets: p95 <= ${P95_TARGETS["case list"]} ms case list, <= ${P95_TARGETS["coverage matrix"]} ms coverage matrix; ratio (app p50 / raw p50) <= ${RATIO_TARGET} on every line.`,
    imported
      ? `Import: ${imported.rows} rows in ${imported.seconds.toFixed(1)} s, peak ${imported.peakMb} MB (target <= ${IMPORT_TARGET.seconds} s, < ${IMPORT_TARGET.peakMb} MB): ${verdict(importMisses(imported))}`
      : "Import: skipped.",
    load
      ? `Load on the case page, as visitors get it (page cache): ${load.rps.toFixed(1)} req/s, ${load.errors} errors (target >= ${LOAD_TARGET.rps} req/s, no errors): ${verdict(loadMisses(load))}`
      : "Load: skipped.",
    ...(loadRendered ? [`Load on the case page, rendering every request: ${loadRendered.rps.toFixed(1)} req/s, ${loadRendered.errors} errors (for comparison; no target).`] : []),
  ];
  return [table, "", ...notes].join("\n");
}
