/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet, by csv-stringify. Pure.
 *
 * - A field with a comma, a double quote, CR or LF is quoted, its quotes doubled; records end in CRLF.
 * - Formula injection (OWASP "CSV Injection"): a cell that begins with = + - @, a tab or a CR would be
 *   run as a formula by Excel or LibreOffice, so it is prefixed with a single quote ('), which the
 *   spreadsheet shows as text (csv-stringify's `escape_formulas`, which also catches the full-width
 *   ＝ ＋ － ＠ and leaves a negative number alone). The data is changed by that one character,
 *   visibly and on purpose: a lawyer's export must never execute anything on the reader's machine.
 * - With `bom`, the text starts with U+FEFF, without which Excel reads UTF-8 as the legacy code page
 *   and shows Ukrainian names as mojibake.
 *
 * The browser build of csv-stringify: the import page writes its report and templates in the
 * browser, where the Node build's `Buffer` does not exist.
 */
import { stringify, type Options } from "csv-stringify/browser/esm/sync";

/** The byte order mark Excel needs to read a CSV file as UTF-8. */
export const UTF8_BOM = "\uFEFF";

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

type Cell = string | number | boolean | null | undefined;

const OPTIONS: Options = {
  record_delimiter: "\r\n",
  // With a record_delimiter given, csv-stringify would otherwise leave a lone LF or CR unquoted.
  quote_record_delimiter: true,
  escape_formulas: true,
  // "true"/"false" rather than csv-stringify's "1"/"".
  cast: { boolean: (value) => String(value) },
};

/** One record, CRLF-terminated. */
export function csvRecord(fields: readonly Cell[]): string {
  return stringify([fields as Cell[]], OPTIONS);
}

/** A whole table: the header record, then each row. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], options: { bom?: boolean } = {}): string {
  return (options.bom ? UTF8_BOM : "") + stringify([header, ...rows] as Cell[][], OPTIONS);
}
