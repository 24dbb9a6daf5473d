/**
 * A streaming CSV reader (RFC 4180) for the importer. Pure and generic: it knows nothing of columns.
 *
 * - Quoted fields may hold commas, doubled quotes ("") and line breaks; fields come back as written
 *   (not trimmed), quotes removed and "" undone.
 * - Records end at CRLF, LF or a lone CR (old Mac files); a leading BOM is skipped; blank lines
 *   (no characters at all) are skipped.
 * - Lines are physical lines, 1-based, the header being line 1: a record with a line break inside
 *   quotes starts on `line` and ends on `lastLine`, so a report can point at the file as an editor
 *   shows it.
 * - Text may be cut into chunks anywhere (inside a quote, between CR and LF): only the record being
 *   read is held, so memory does not grow with the file. Fields are sliced out of the chunk, never
 *   built a character at a time (200,000 rows of 30 fields must read in a second or two).
 * - Malformed text throws ImportFileError with its line: nothing half-read is imported.
 */

import { ImportFileError } from "./types";

export type CsvRecord = {
  /** The physical line the record starts on (1-based; the header is line 1). */
  line: number;
  /** The physical line it ends on: later than `line` when a quoted field holds a line break. */
  lastLine: number;
  fields: string[];
};

/**
 * A record longer than this (in characters) is refused: in a real file it is nearly always a quote
 * that is never closed, swallowing the rest of the file into one field.
 */
export const MAX_CSV_RECORD_CHARS = 1024 * 1024;

const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const BOM = 0xfeff;

// Where the reader is, between characters (constants rather than an enum: isolatedModules).
/** At the start of a field: after a comma, or at the start of a record. */
const FIELD_START = 0;
/** Inside a field that does not start with a quote. */
const UNQUOTED = 1;
/** Inside quotes. */
const QUOTED = 2;
/** Just after a quote inside quotes: the next character says whether it was "" or the closing quote. */
const QUOTE_IN_QUOTED = 3;
/** After the closing quote: only a comma or the end of the record may follow. */
const AFTER_QUOTE = 4;

/** Reads CSV records from text chunks (see the module comment). */
export async function* readCsv(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  const parser = new CsvParser();
  for await (const chunk of chunks) {
    const records = parser.push(chunk);
    for (let r = 0; r < records.length; r++) yield records[r]!;
  }
  const last = parser.end();
  if (last) yield last;
}

/**
 * The state machine behind readCsv, fed one chunk at a time. `push` returns the records the chunk
 * completes (a chunk's worth at most: never the file).
 */
class CsvParser {
  private state = FIELD_START;
  /** Whether the current record has begun (a blank line never begins one). */
  private inRecord = false;
  private fields: string[] = [];
  /** The current field's text from earlier chunks (the rest is sliced from the chunk at its end). */
  private field = "";
  /** The line the next character is on. */
  private line = 1;
  private recordLine = 1;
  /** The line a quoted field opened on, for the message when it never closes. */
  private quoteLine = 1;
  /** Characters of the current record in earlier chunks. */
  private recordCharsBefore = 0;
  /** The last character of the previous chunk: an LF right after a CR is the same line break. */
  private previousChar = -1;
  private started = false;

  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const n = text.length;
    if (n === 0) return out;
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === BOM) i = 1;
    }
    // Where the current record and field began in this chunk (0 when they began in an earlier one).
    let recordStart = i;
    let fieldStart = i;

    while (i < n) {
      switch (this.state) {
        case FIELD_START: {
          const c = text.charCodeAt(i);
          if (!this.inRecord) {
            if (c === LF || c === CR) {
              // A blank line, or the LF of a CRLF that ended the last record.
              this.countBreak(text, i, c);
              i++;
              continue;
            }
            this.inRecord = true;
            this.recordLine = this.line;
            this.recordCharsBefore = 0;
            recordStart = i;
          }
          if (c === QUOTE) {
            this.state = QUOTED;
            this.quoteLine = this.line;
            i++;
            fieldStart = i;
            continue;
          }
          this.state = UNQUOTED;
          fieldStart = i;
          continue;
        }
        case UNQUOTED: {
          // The hot path: find the end of the field, then slice it.
          let j = i;
          let c = 0;
          for (; j < n; j++) {
            c = text.charCodeAt(j);
            if (c === COMMA || c === LF || c === CR || c === QUOTE) break;
          }
          if (j === n) {
            i = n;
            break;
          }
          if (c === QUOTE) {
            throw new ImportFileError(
              `field ${this.fields.length + 1} has a quote (") in the middle: a field holding quotes must be put in quotes, each quote inside written twice ("")`,
              this.line,
            );
          }
          const value = text.slice(fieldStart, j);
          this.fields.push(this.field === "" ? value : this.field + value);
          this.field = "";
          this.state = FIELD_START;
          if (c === COMMA) {
            i = j + 1;
          } else {
            this.endRecord(out, this.recordCharsBefore + j - recordStart);
            this.countBreak(text, j, c);
            i = j + 1;
          }
          continue;
        }
        case QUOTED: {
          const j = text.indexOf('"', i);
          const end = j === -1 ? n : j;
          this.countBreaks(text, i, end);
          this.field += text.slice(fieldStart, end);
          if (j === -1) {
            i = n;
            fieldStart = n;
            break;
          }
          this.state = QUOTE_IN_QUOTED;
          i = j + 1;
          continue;
        }
        case QUOTE_IN_QUOTED: {
          if (text.charCodeAt(i) === QUOTE) {
            // "" inside quotes is one quote.
            this.field += '"';
            this.state = QUOTED;
            i++;
            fieldStart = i;
          } else {
            this.state = AFTER_QUOTE;
          }
          continue;
        }
        case AFTER_QUOTE: {
          const c = text.charCodeAt(i);
          if (c === COMMA) {
            this.fields.push(this.field);
            this.field = "";
            this.state = FIELD_START;
            i++;
          } else if (c === LF || c === CR) {
            this.fields.push(this.field);
            this.field = "";
            this.state = FIELD_START;
            this.endRecord(out, this.recordCharsBefore + i - recordStart);
            this.countBreak(text, i, c);
            i++;
          } else {
            throw new ImportFileError(
              `field ${this.fields.length + 1} has text after its closing quote: a quoted field must end at the quote (a quote inside it is written twice: "")`,
              this.line,
            );
          }
          continue;
        }
      }
    }

    // The chunk ends inside a record: keep the field's text so far and check the record's size.
    if (this.state === UNQUOTED) this.field += text.slice(fieldStart, n);
    if (this.inRecord) {
      this.recordCharsBefore += n - recordStart;
      this.checkSize(this.recordCharsBefore);
    }
    this.previousChar = text.charCodeAt(n - 1);
    return out;
  }

  /** The end of the text: the last record, when the file does not end in a line break. */
  end(): CsvRecord | null {
    if (!this.inRecord) return null;
    if (this.state === QUOTED) {
      throw new ImportFileError(
        `field ${this.fields.length + 1} opens a quote (") on line ${this.quoteLine} that is never closed`,
        this.quoteLine,
      );
    }
    this.fields.push(this.field);
    this.field = "";
    const record: CsvRecord = { line: this.recordLine, lastLine: this.line, fields: this.fields };
    this.fields = [];
    this.inRecord = false;
    this.state = FIELD_START;
    return record;
  }

  private endRecord(out: CsvRecord[], recordChars: number): void {
    this.checkSize(recordChars);
    out.push({ line: this.recordLine, lastLine: this.line, fields: this.fields });
    this.fields = [];
    this.inRecord = false;
  }

  private checkSize(recordChars: number): void {
    if (recordChars > MAX_CSV_RECORD_CHARS) {
      throw new ImportFileError(
        `the record starting on line ${this.recordLine} is longer than 1 MB: a quote (") is probably not closed`,
        this.recordLine,
      );
    }
  }

  /** Counts the line break `c` at `text[i]`: an LF right after a CR ends the same line. */
  private countBreak(text: string, i: number, c: number): void {
    if (c === CR || (i > 0 ? text.charCodeAt(i - 1) : this.previousChar) !== CR) this.line++;
  }

  /** Counts the line breaks inside quotes, in `text[from, to)`. */
  private countBreaks(text: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === LF || c === CR) this.countBreak(text, k, c);
    }
  }
}
