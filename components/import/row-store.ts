/**
 * The row-by-row report of an import, kept compactly in the browser: a file of 200,000 cases sends
 * 200,000 `row` events, so numbers go in typed arrays, problems only for the rows that have some,
 * and each outcome keeps the positions of its rows so that a filtered page is found at once.
 */
import { emptyCounts, ROW_OUTCOMES, type ImportCounts, type ImportProblem, type ImportRowReport, type RowOutcome } from "@/lib/core/import/types";

const NONE: readonly ImportProblem[] = [];

/** A growable list of non-negative integers (line numbers, row positions). */
class IntList {
  private data = new Int32Array(256);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index]!;
  }
}

export type RowFilter = RowOutcome | "all";

export class RowStore {
  private readonly lines = new IntList();
  private readonly lastLines = new IntList();
  private outcomes = new Uint8Array(256);
  private readonly externalIds: (string | null)[] = [];
  private readonly slugs: (string | null)[] = [];
  private readonly problems = new Map<number, readonly ImportProblem[]>();
  private readonly positions: Record<RowOutcome, IntList> = { created: new IntList(), updated: new IntList(), unchanged: new IntList(), rejected: new IntList() };

  get length(): number {
    return this.lines.length;
  }

  push(row: ImportRowReport): void {
    const position = this.lines.length;
    this.lines.push(row.line);
    this.lastLines.push(row.lastLine);
    if (position === this.outcomes.length) {
      const bigger = new Uint8Array(this.outcomes.length * 2);
      bigger.set(this.outcomes);
      this.outcomes = bigger;
    }
    const outcome = ROW_OUTCOMES.indexOf(row.outcome);
    this.outcomes[position] = outcome < 0 ? ROW_OUTCOMES.indexOf("rejected") : outcome;
    this.externalIds.push(row.externalId);
    this.slugs.push(row.slug);
    if (row.problems.length > 0) this.problems.set(position, row.problems);
    this.positions[ROW_OUTCOMES[this.outcomes[position]!]!].push(position);
  }

  counts(): ImportCounts {
    const counts = emptyCounts();
    for (const outcome of ROW_OUTCOMES) counts[outcome] = this.positions[outcome].length;
    return counts;
  }

  /** How many rows the filter shows. */
  size(filter: RowFilter): number {
    return filter === "all" ? this.length : this.positions[filter].length;
  }

  /** The report of the row at `position` in file order. */
  get(position: number): ImportRowReport {
    return {
      line: this.lines.at(position),
      lastLine: this.lastLines.at(position),
      externalId: this.externalIds[position] ?? null,
      outcome: ROW_OUTCOMES[this.outcomes[position]!]!,
      slug: this.slugs[position] ?? null,
      problems: [...(this.problems.get(position) ?? NONE)],
    };
  }

  /** The rows `from` (inclusive) to `to` (exclusive) of those the filter shows, in file order. */
  slice(filter: RowFilter, from: number, to: number): ImportRowReport[] {
    const end = Math.min(to, this.size(filter));
    const rows: ImportRowReport[] = [];
    for (let i = Math.max(0, from); i < end; i++) rows.push(this.get(filter === "all" ? i : this.positions[filter].at(i)));
    return rows;
  }

  /** Every row in file order (for the downloadable report). */
  *all(): Generator<ImportRowReport> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }
}
