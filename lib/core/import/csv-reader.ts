/**
 * The importer's CSV reader: csv-parse (RFC 4180) fed the file's text chunk by chunk. Generic: it
 * knows nothing of columns.
 *
 * - Quoted fields may hold commas, doubled quotes ("") and line breaks; fields come back as written
 *   (not trimmed). Records end at CRLF, LF or a lone CR; a leading BOM and blank lines are skipped.
 * - Lines are physical lines, 1-based, the header being line 1: a record with a line break inside
 *   quotes starts on `line` and ends on `lastLine`. They are counted here from each record's raw
 *   text, because csv-parse's own count (`info.lines`) takes a CRLF inside quotes for two lines.
 * - Only the record being read is held (and a few csv-parse has read ahead), never the file.
 * - Malformed text throws ImportFileError with its line: nothing half-read is imported.
 */

import { CsvError, parse, type Options } from "csv-parse";
import { ImportFileError } from "./types";

export type CsvRecord = {
  /** The physical line the record starts on (1-based; the header is line 1). */
  line: number;
  /** The physical line it ends on: later than `line` when a quoted field holds a line break. */
  lastLine: number;
  fields: string[];
};

/**
 * A record longer than this (in bytes) is refused: in a real file it is nearly always a quote
 * that is never closed, swallowing the rest of the file into one field.
 */
export const MAX_CSV_RECORD_BYTES = 1024 * 1024;

const OPTIONS: Options = {
  bom: true,
  // Every line end in one file (a sheet pasted into another): CRLF first, so that it is one break.
  record_delimiter: ["\r\n", "\n", "\r"],
  skip_empty_lines: true,
  // Rows may have fewer or more cells than the header: the columns' own checks say which is wrong.
  relax_column_count: true,
  max_record_size: MAX_CSV_RECORD_BYTES,
  // Each record's text, blank lines before it included, for its physical lines.
  raw: true,
};

/** Reads CSV records from text chunks (see the module comment). */
export async function* readCsv(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  const lines = new LineCounter();
  // Records are taken as csv-parse makes them (on_record), so that the ones before an error are
  // still read, in order, before the error is thrown.
  let records: CsvRecord[] = [];
  const parser = parse({
    ...OPTIONS,
    on_record: (parsed) => {
      const { record, raw } = parsed as unknown as { record: string[]; raw: string };
      records.push(lines.record(raw, record));
      return null;
    },
  });
  let failure: unknown = null;
  parser.on("error", (error) => (failure ??= error));
  // Resolves once csv-parse has read the chunk (or the end): its records are then in `records`.
  const feed = (chunk: string | null) =>
    new Promise<void>((resolve) => {
      const done = (error?: Error | null) => {
        if (error) failure ??= error;
        resolve();
      };
      if (chunk === null) parser.end(done);
      else parser.write(chunk, done);
    });
  const taken = function* () {
    const read = records;
    records = [];
    yield* read;
    if (failure) throw failure instanceof CsvError ? fileError(failure, lines) : failure;
  };
  for await (const chunk of chunks) {
    await feed(chunk);
    yield* taken();
  }
  await feed(null);
  yield* taken();
}

const CR = 0x0d;
const LF = 0x0a;

/**
 * Physical lines from each record's raw text. csv-parse gives the text from the end of the last
 * record: a character per blank line skipped (of a CRLF only the CR), the record, then the first
 * character of the line end that closed it (none at the end of the file).
 */
class LineCounter {
  /** The line the next record's raw text starts on. */
  line = 1;

  record(raw: string, fields: string[]): CsvRecord {
    const { start, at } = this.lines(raw);
    const closed = raw.length > 0 && isBreak(raw.charCodeAt(raw.length - 1));
    // The closing line end is not a line of the record (a field cannot end in one unquoted).
    const lastLine = closed ? at - 1 : at;
    this.line = at;
    return { line: start, lastLine, fields };
  }

  /** The line `raw` starts its record on (after the blank lines), and the line its end is on. */
  lines(raw: string): { start: number; at: number } {
    let k = 0;
    while (k < raw.length && isBreak(raw.charCodeAt(k))) k++;
    const start = this.line + k;
    let at = start;
    for (; k < raw.length; k++) {
      const c = raw.charCodeAt(k);
      // A CRLF inside quotes is one line break.
      if (c === CR || (c === LF && raw.charCodeAt(k - 1) !== CR)) at++;
    }
    return { start, at };
  }
}

const isBreak = (c: number) => c === CR || c === LF;

/** csv-parse's refusal as the file's problem, in the words of someone fixing a spreadsheet. */
function fileError(error: CsvError, lines: LineCounter): ImportFileError {
  const { start, at } = lines.lines(typeof error.raw === "string" ? error.raw : "");
  const field = `field ${Number(error.column ?? 0) + 1}`;
  switch (error.code) {
    case "INVALID_OPENING_QUOTE":
      return new ImportFileError(`${field} has a quote (") in the middle: a field holding quotes must be put in quotes, each quote inside written twice ("")`, at);
    case "CSV_INVALID_CLOSING_QUOTE":
      return new ImportFileError(`${field} has text after its closing quote: a quoted field must end at the quote (a quote inside it is written twice: "")`, at);
    case "CSV_QUOTE_NOT_CLOSED":
      return new ImportFileError(`${field} of the record starting on line ${start} opens a quote (") that is never closed`, start);
    case "CSV_MAX_RECORD_SIZE":
      return new ImportFileError(`the record starting on line ${start} is longer than 1 MB: a quote (") is probably not closed`, start);
    default:
      return new ImportFileError(`the file is not valid CSV: ${error.message}`, at);
  }
}
