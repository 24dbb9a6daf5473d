/**
 * What the import page does besides drawing: choosing the format from the file's name, reading the
 * endpoint's NDJSON stream as it arrives, wording outcomes and building the downloadable report.
 * No React here, so the table-driven tests need no browser.
 */
import { toCsv } from "@/lib/core/csv";
import type { ImportEvent, ImportFormat, ImportKind, ImportRowReport, RowOutcome } from "@/lib/core/import/types";
import type { Locale } from "@/lib/core/locales";
import { localizeMessage } from "@/lib/core/message-texts";

/** csv or json from the file's extension; null for anything else (the page says why). */
export { formatOfFileName } from "@/lib/core/import/query";

export const CONTENT_TYPES: Record<ImportFormat, string> = { csv: "text/csv", json: "application/json" };

export function importUrl(kind: ImportKind, format: ImportFormat, dryRun: boolean): string {
  return `/api/v1/imports?${new URLSearchParams({ kind, format, dryRun: String(dryRun) }).toString()}`;
}

/** The same file as the one checked: a new choice in the file field, or the file saved again, is not. */
export type FileIdentity = { name: string; size: number; lastModified: number };
export const identityOf = (file: File): FileIdentity => ({ name: file.name, size: file.size, lastModified: file.lastModified });
export const sameFile = (a: FileIdentity | null, b: FileIdentity | null): boolean =>
  a !== null && b !== null && a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/**
 * Reads a stream of JSON lines as it arrives and hands each value to `onValue`. A line may be
 * split across chunks (and a character across bytes), so the text is decoded in streaming mode and
 * only whole lines are parsed; a last line without a newline is parsed too.
 */
export async function readJsonLines(body: ReadableStream<Uint8Array>, onValue: (value: unknown) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  const flush = (text: string) => {
    const line = text.trim();
    if (line !== "") onValue(JSON.parse(line));
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pending += decoder.decode(value, { stream: true });
      let newline = pending.indexOf("\n");
      while (newline >= 0) {
        flush(pending.slice(0, newline));
        pending = pending.slice(newline + 1);
        newline = pending.indexOf("\n");
      }
    }
    flush(pending + decoder.decode());
  } finally {
    reader.releaseLock();
  }
}

/** Narrows a parsed line to an event the page knows; anything else is ignored (a newer server's extra events). */
export function asImportEvent(value: unknown): ImportEvent | null {
  if (typeof value !== "object" || value === null) return null;
  const type = (value as { type?: unknown }).type;
  return type === "progress" || type === "row" || type === "done" || type === "error" ? (value as ImportEvent) : null;
}

/** The endpoint's refusal before it read anything: `{ error: { code, message, errors? } }`. */
export type ImportRefusal = { status: number; code: string; message: string; errors: { parameter: string; message: string }[] };

/** What the page says for an answer without a message of its own, by HTTP status (English by default). */
export function englishFallback(status: number): string {
  const fallback: Record<number, string> = {
    401: "You are no longer signed in.",
    403: "Your account may not import.",
    413: "The file is too large for the tracker to accept.",
  };
  return fallback[status] ?? `The tracker answered with an error (HTTP ${status}).`;
}

/** The refusal, its messages in `locale` (the endpoint answers in English: a script reads it too). */
export function refusalFrom(status: number, body: unknown, fallback: (status: number) => string = englishFallback, locale: Locale = "en"): ImportRefusal {
  const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
  const e = typeof error === "object" && error !== null ? (error as { code?: unknown; message?: unknown; errors?: unknown }) : {};
  const errors = Array.isArray(e.errors)
    ? e.errors
        .filter((x): x is { parameter: string; message: string } => typeof x?.parameter === "string" && typeof x?.message === "string")
        .map((x) => ({ parameter: x.parameter, message: localizeMessage(x.message, locale) }))
    : [];
  return {
    status,
    code: typeof e.code === "string" ? e.code : `http_${status}`,
    message: typeof e.message === "string" && e.message !== "" ? localizeMessage(e.message, locale) : fallback(status),
    errors,
  };
}

const numberFormat = new Intl.NumberFormat("en-GB");
export const formatCount = (n: number): string => numberFormat.format(n);
export const plural = (n: number, one: string, many: string): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * An outcome in words. Until something is written (a check, or an import that was refused), a
 * "created" record does not exist yet, and saying "Created" would mislead.
 */
export function outcomeLabel(outcome: RowOutcome, written: boolean): string {
  switch (outcome) {
    case "created":
      return written ? "Created" : "Would be created";
    case "updated":
      return written ? "Updated" : "Would be updated";
    case "unchanged":
      return "Unchanged";
    case "rejected":
      return "Rejected";
  }
}

/** "12", "12–14" (a case over several CSV rows, a JSON element over several lines). */
export const linesLabel = (row: Pick<ImportRowReport, "line" | "lastLine">): string => (row.lastLine > row.line ? `${row.line}–${row.lastLine}` : String(row.line));

/**
 * Where a record lives in the tracker: cases and milestones have pages; sources have none. A record
 * that was not written (only checked) has no page yet when it would be created.
 */
export function recordHref(kind: ImportKind, row: Pick<ImportRowReport, "slug" | "outcome">, written: boolean): string | null {
  if (!row.slug || kind === "sources") return null;
  if (row.outcome === "rejected" || (row.outcome === "created" && !written)) return null;
  return `/${kind}/${encodeURIComponent(row.slug)}`;
}

/** The engine's messages start in lower case ("must be a web address…"): a reason reads as a sentence. */
export const asSentence = (message: string): string => message.charAt(0).toUpperCase() + message.slice(1);

export const REPORT_HEADER = ["First line", "Last line", "External id", "Outcome", "Record", "Column", "Reason"] as const;

/**
 * The report as CSV (with the BOM Excel needs): one line per problem, one for a record without any.
 * The column names and the outcomes stay English (a script may read them); the reasons, which a
 * person reads to correct the file, are in `locale`, the page's language.
 */
export function reportCsv(rows: Iterable<ImportRowReport>, written: boolean, locale: Locale = "en"): string {
  const records: (string | number | null)[][] = [];
  for (const row of rows) {
    const base = [row.line, row.lastLine, row.externalId, outcomeLabel(row.outcome, written), row.slug];
    if (row.problems.length === 0) records.push([...base, null, null]);
    else for (const p of row.problems) records.push([...base, p.column, asSentence(localizeMessage(p.message, locale))]);
  }
  return toCsv(REPORT_HEADER, records, { bom: true });
}

/** The report's file name: "cases-2024.csv" checked gives "cases-2024-check-report.csv". */
export function reportFileName(fileName: string, dryRun: boolean): string {
  const base = fileName.replace(/\.[^.]*$/, "").replace(/[^\p{L}\p{N}._-]+/gu, "-") || "import";
  return `${base}-${dryRun ? "check" : "import"}-report.csv`;
}
