/** A check or an import as the page follows it: what was sent, how far it got, how it ended, its rows. */
import type { ImportKind, ImportProgress, ImportSummary } from "@/lib/core/import/types";
import type { FileIdentity, ImportRefusal } from "./import-client";
import type { RowStore } from "./row-store";

/** How one check or import ended (or that it is still running). */
export type RunEnd =
  | { status: "running" }
  | { status: "done"; summary: ImportSummary }
  /** The stream's `error` event: the file could not be read through (bad CSV, bad JSON); `message` in the page's language, `english` as the server wrote it. */
  | { status: "failed"; message: string; english?: string; line: number | null }
  /** Refused before reading: bad parameters, signed out, not allowed, too large. */
  | { status: "refused"; refusal: ImportRefusal }
  | { status: "cancelled" }
  /** The answer stopped before its end (network, server restart). */
  | { status: "lost"; message: string };

export type Run = {
  id: number;
  dryRun: boolean;
  kind: ImportKind;
  fileName: string;
  file: FileIdentity;
  totalBytes: number;
  progress: ImportProgress | null;
  end: RunEnd;
  store: RowStore;
};

