/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet. Pure.
 *
 * - A field with a comma, a double quote, CR or LF is quoted, its quotes doubled; records end in CRLF.
 * - Formula injection (OWASP "CSV Injection"): a cell that begins with = + - @, a tab or a CR would be
 *   run as a formula by Excel or LibreOffice, so it is prefixed with a single quote ('), which the
 *   spreadsheet shows as text. The data is changed by that one character, visibly and on purpose:
 *   a lawyer's export must never execute anything on the reader's machine.
 * - With `bom`, the text starts with U+FEFF, without which Excel reads UTF-8 as the legacy code page
 *   and shows Ukrainian names as mojibake.
 */

/** The byte order mark Excel needs to read a CSV file as UTF-8. */
export const UTF8_BOM = "\uFEFF";

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: neutralised against formulas, then quoted where RFC 4180 requires it. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRecord(fields: readonly (string | number | boolean | null | undefined)[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/** A whole table: the header record, then each row. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[], options: { bom?: boolean } = {}): string {
  return (options.bom ? UTF8_BOM : "") + csvRecord(header) + rows.map(csvRecord).join("");
}

/**
 * Reads CSV text back into records (RFC 4180: quoted fields may hold commas, quotes and line breaks).
 * For tests and for checking an export; a leading BOM is skipped.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.startsWith(UTF8_BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
