/**
 * Bulk import (docs/decisions/015-import.md): what a file holds, what each row came to, and the
 * events the import streams while it runs. Pure: shared by the server, the page and the CLI.
 */

export const IMPORT_KINDS = ["cases", "milestones", "sources"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_FORMATS = ["csv", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  cases: "Cases (with accused and charges)",
  milestones: "Milestones",
  sources: "Sources",
};

/**
 * What a row (a record of the file: a case may span several CSV rows) came to.
 * - created / updated: written (or, in a dry run, would be);
 * - unchanged: its external id is known and it holds what the tracker already has;
 * - rejected: nothing of it is written; `problems` say which column and why.
 */
export type RowOutcome = "created" | "updated" | "unchanged" | "rejected";
export const ROW_OUTCOMES: readonly RowOutcome[] = ["created", "updated", "unchanged", "rejected"];

/** One reason a row is refused: the column (CSV header, or JSON field path) and the message. */
export type ImportProblem = { column: string; message: string };

export type ImportRowReport = {
  /** The first line of the file the record is on (CSV: physical line, header = 1; JSON: the element's line). */
  line: number;
  /** The last line (a case of several CSV rows, a multi-line JSON element); equal to `line` otherwise. */
  lastLine: number;
  externalId: string | null;
  outcome: RowOutcome;
  /** The record's slug in the tracker (created or updated); null when rejected. */
  slug: string | null;
  problems: ImportProblem[];
};

export type ImportProgress = {
  /** Records read and checked so far (cases, milestones or sources; not physical lines). */
  records: number;
  /** Bytes of the file read so far, and its size when known: their ratio is the fraction done. */
  bytesRead: number;
  totalBytes: number | null;
  elapsedMs: number;
};

export type ImportCounts = Record<RowOutcome, number>;

export type ImportSummary = {
  kind: ImportKind | "dump";
  format: ImportFormat;
  dryRun: boolean;
  /** True only when the transaction committed: a dry run, a rejected row or an error leave the database as it was. */
  committed: boolean;
  records: number;
  counts: ImportCounts;
  elapsedMs: number;
  /** Why nothing was written, when `committed` is false and it was not a dry run. */
  reason: string | null;
};

/**
 * The events of `POST /api/v1/imports`, one JSON object per line (application/x-ndjson), in this
 * order: `progress` events (at most a few a second) interleaved with one `row` event per record,
 * then exactly one `done` or `error`.
 */
export type ImportEvent =
  | ({ type: "progress" } & ImportProgress)
  | ({ type: "row" } & ImportRowReport)
  | { type: "done"; summary: ImportSummary }
  | { type: "error"; error: { code: string; message: string; line?: number } };

export const emptyCounts = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

/** Time left, from the fraction of the file read and the time taken so far; null until it can be told. */
export function timeLeftMs(progress: Pick<ImportProgress, "bytesRead" | "totalBytes" | "elapsedMs">): number | null {
  const { bytesRead, totalBytes, elapsedMs } = progress;
  if (!totalBytes || bytesRead <= 0 || elapsedMs < 500) return null;
  const fraction = Math.min(1, bytesRead / totalBytes);
  if (fraction >= 1) return 0;
  return Math.round((elapsedMs * (1 - fraction)) / fraction);
}

/** "2 min 5 s", "40 s", "under a second". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return "under a second";
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes < 60) return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

/** Thrown by the readers for a file that is not well-formed CSV or JSON: nothing is imported. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = "ImportFileError";
  }
}
