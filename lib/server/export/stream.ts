import "server-only";
import { csvRecord, CSV_CONTENT_TYPE, UTF8_BOM } from "@/lib/core/csv";
import { csvHeader, csvValues, type ExportColumn } from "@/lib/core/export-columns";
import { DEFAULT_LOCALE, isLocale, localeOfPath, type Locale } from "@/lib/core/locales";
import { localizeMessage } from "@/lib/core/message-texts";
import { AppError, type FieldError } from "@/lib/server/errors";
import { errorResponse } from "@/lib/server/http";

export type ExportFormat = "csv" | "json";

/**
 * A list export as a streamed download: pages of records are read one at a time, when the client
 * is ready for more (pull), so a list of 200,000 cases never sits in memory. CSV gets a BOM (Excel
 * then reads the Ukrainian correctly) and a header record; JSON is one array, a record per line.
 * A failure after the first byte cannot change the status any more: the stream is aborted, so the
 * download fails visibly rather than ending early as if complete.
 */
export function exportResponse<R>(options: {
  format: ExportFormat;
  pages: AsyncIterable<R[]>;
  columns: readonly ExportColumn<R>[];
  filename: string;
}): Response {
  const { format, columns } = options;
  const encoder = new TextEncoder();
  const iterator = options.pages[Symbol.asyncIterator]();
  let started = false;
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(format === "csv" ? UTF8_BOM + csvRecord(csvHeader(columns)) : "["));
          return;
        }
        const { value, done } = await iterator.next();
        if (done) {
          if (format === "json") controller.enqueue(encoder.encode(first ? "]\n" : "\n]\n"));
          controller.close();
          return;
        }
        let chunk = "";
        for (const record of value) {
          if (format === "csv") chunk += csvRecord(csvValues(columns, record));
          else {
            chunk += `${first ? "\n" : ",\n"}${JSON.stringify(record)}`;
            first = false;
          }
        }
        if (chunk) controller.enqueue(encoder.encode(chunk));
      } catch (error) {
        console.error("[tracker] an export failed while streaming", error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": format === "csv" ? CSV_CONTENT_TYPE : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${options.filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/**
 * The language of the page the download was asked from: the address's (`/uk/cases/export.csv`),
 * else the language cookie the switch sets (lib/i18n/routing.ts), else English. For the refusal
 * a person reads, never for the file.
 */
export function localeOfRequest(request: Request): Locale {
  const fromPath = localeOfPath(new URL(request.url).pathname);
  if (fromPath) return fromPath;
  const cookie = request.headers.get("cookie") ?? "";
  const value = /(?:^|;\s*)tracker-locale=([^;]*)/.exec(cookie)?.[1];
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * A refused export: for CSV plain text a person can read in the browser, naming each parameter,
 * in the language of the site they came from (`locale`); for JSON the API's error shape, in English.
 */
export function badExportRequest(format: ExportFormat, list: string, errors: FieldError[], locale: Locale = DEFAULT_LOCALE): Response {
  if (format === "json") {
    return errorResponse(AppError.invalidInput(errors));
  }
  const say = (text: string) => localizeMessage(text, locale);
  const lines = errors.map((e) => `${e.parameter}: ${say(e.message)}${e.allowed?.length && !e.message.includes("Allowed") ? `\n  ${say(`Allowed values for "${e.parameter}": ${e.allowed.join(", ")}`)}` : ""}`);
  return new Response(`${say(`The ${list} export's filters were not understood; nothing was exported.`)}\n\n${lines.join("\n")}\n`, {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
