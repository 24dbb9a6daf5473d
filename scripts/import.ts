/**
 * `npm run import -- <file> [--kind cases|milestones|sources] [--format csv|json] [--dry-run] [--report report.csv]`
 *
 * Imports a CSV or JSON file of cases, milestones or sources (lib/server/import/run-import.ts), or
 * restores a full dump written by `npm run export` into an empty database
 * (lib/server/import/restore-dump.ts). Either way it is one transaction: all or nothing; Ctrl-C
 * (or SIGTERM, or a killed process) leaves the database as it was. The file is streamed, never
 * read whole. Reads DATABASE_URL, or the embedded database like the other scripts; an embedded
 * database that has not been migrated yet is migrated (never seeded: a dump needs an empty one).
 *
 * Exit codes: 0 done (or a clean dry run), 1 rejected rows or a failure, 2 a usage error.
 */
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { csvRecord, UTF8_BOM } from "@/lib/core/csv";
import {
  formatDuration,
  IMPORT_FORMATS,
  IMPORT_KINDS,
  ImportFileError,
  timeLeftMs,
  type ImportFormat,
  type ImportKind,
  type ImportProgress,
  type ImportRowReport,
  type ImportSummary,
} from "@/lib/core/import/types";
import { ConfigurationError, databaseTarget, readEnv, type DatabaseTarget } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { closeSharedDatabase, sharedDatabase } from "@/lib/server/prisma-client";
import { StartupError } from "./lib/startup-error";

const USAGE = `Usage: npm run import -- <file> [--kind ${IMPORT_KINDS.join("|")}] [--format ${IMPORT_FORMATS.join("|")}] [--dry-run] [--report report.csv]

  <file>          a CSV or JSON file of records, or a dump written by \`npm run export\`
  --kind          what the file holds (required unless it is a dump):
                    cases       cases, with their accused and charges
                    milestones  milestones
                    sources     sources
  --format        csv or json; by default from the file's extension
  --dry-run       check every row and report what would happen; write nothing
  --report FILE   write every row's outcome to FILE as CSV (one line per problem)
  --documents DIR a dump's documents: the folder of their bytes (default <file>.documents,
                  where \`npm run export\` writes them); each is checked against its SHA-256

A dump restores whole, into an empty database (migrated, not seeded).`;

// pg warns when Prisma's transaction client hands it a query while another runs (inside Prisma,
// not ours); a user of this command can do nothing about it, so that one warning is not shown.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  if (String(warning).includes("client is already executing a query")) return;
  (emitWarning as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

const REJECTED_SHOWN = 50;
const PLAIN_PROGRESS_EVERY_MS = 5_000;
const BAR_WIDTH = 24;
const PEEK_BYTES = 4096;

/** A mistake on the command line: the usage is shown and the exit code is 2. */
class UsageError extends Error {
  override name = "UsageError";
}

type Options = { file: string; kind: ImportKind | null; format: ImportFormat | null; dryRun: boolean; report: string | null; documents: string | null };

function parseCommandLine(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { kind: { type: "string" }, format: { type: "string" }, "dry-run": { type: "boolean" }, report: { type: "string" }, documents: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length === 0) throw new UsageError("Name the file to import.");
  if (positionals.length > 1) throw new UsageError(`Name one file to import, not ${positionals.length} (${positionals.join(", ")}).`);
  const kind = values.kind ?? null;
  if (kind !== null && !(IMPORT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be one of ${IMPORT_KINDS.join(", ")}; "${kind}" is not one of them.`);
  const format = values.format ?? null;
  if (format !== null && !(IMPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be csv or json; "${format}" is neither.`);
  if (values.report === "") throw new UsageError("--report needs the name of the file to write the report to.");
  return { file: positionals[0]!, kind: kind as ImportKind | null, format: format as ImportFormat | null, dryRun: values["dry-run"] ?? false, report: values.report ?? null, documents: values.documents ?? null };
}

/** A dump is one JSON object whose "format" is "tracker-dump" (the export writes it first). */
async function looksLikeDump(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(PEEK_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, PEEK_BYTES, 0);
    const head = new TextDecoder("utf-8").decode(buffer.subarray(0, bytesRead));
    return /^\uFEFF?\s*\{[\s\S]*?"format"\s*:\s*"tracker-dump"/.test(head);
  } finally {
    await handle.close();
  }
}

function formatFromName(file: string): ImportFormat {
  const extension = path.extname(file).toLowerCase().replace(/^\./, "");
  if ((IMPORT_FORMATS as readonly string[]).includes(extension)) return extension as ImportFormat;
  throw new UsageError(`Cannot tell the format of "${path.basename(file)}" from its extension: add --format csv or --format json.`);
}

/**
 * The database, ready for an import: reachable, and migrated. The embedded one may be brand new on
 * this machine, so its migrations are applied (never the seed: a dump restores into an empty
 * database). A PostgreSQL server is the operator's: it must have been migrated already.
 */
async function openDatabase(target: DatabaseTarget) {
  const { checkDatabase, migrateDatabase } = await import("./lib/prepare-database");
  await checkDatabase(target);
  if (target.kind === "pglite") await migrateDatabase(target);
  const { prisma } = sharedDatabase(() => target);
  if (target.kind === "postgres") {
    const [row] = await prisma.$queryRaw<{ migrated: boolean }[]>`SELECT to_regclass('public."Case"') IS NOT NULL AS migrated`;
    if (!row?.migrated) {
      throw new StartupError(`The ${target.label} has no tracker tables: apply the migrations first (DATABASE_URL=… npm run db:migrate:deploy), without seeding if you restore a dump.`);
    }
  }
  return prisma;
}

const number = (n: number) => n.toLocaleString("en-GB");

/** Progress on stderr: a bar rewritten in place on a terminal, a plain line every 5 s otherwise. */
function progressPrinter(restoring: boolean) {
  const tty = Boolean(process.stderr.isTTY);
  let lastPlain = -Infinity;
  let drawn = false;
  const describe = (p: ImportProgress) => {
    const fraction = p.totalBytes ? Math.min(1, p.bytesRead / p.totalBytes) : null;
    const left = timeLeftMs(p);
    return {
      fraction,
      parts: [`${number(p.records)} ${p.records === 1 ? "record" : "records"}${restoring ? " restored" : ""}`, fraction === null ? null : `${Math.floor(fraction * 100)}% of the file`, left === null ? null : left < 1000 ? "under a second left" : `about ${formatDuration(left)} left`].filter(Boolean).join(", "),
    };
  };
  return {
    update(p: ImportProgress) {
      const { fraction, parts } = describe(p);
      if (tty) {
        const filled = Math.round((fraction ?? 0) * BAR_WIDTH);
        process.stderr.write(`\r[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${parts}\x1b[K`);
        drawn = true;
      } else if (p.elapsedMs - lastPlain >= PLAIN_PROGRESS_EVERY_MS) {
        lastPlain = p.elapsedMs;
        process.stderr.write(`Progress: ${parts}\n`);
      }
    },
    /** Ends the line the bar is on, before anything else is printed. */
    done() {
      if (drawn) process.stderr.write("\r\x1b[K");
      drawn = false;
    },
  };
}

/** The report: one CSV line per problem (one for a row without any), written as rows arrive. */
function reportWriter(file: string) {
  const stream: WriteStream = createWriteStream(file, { encoding: "utf8" });
  let failure: Error | null = null;
  stream.on("error", (error) => (failure ??= error));
  stream.write(UTF8_BOM + csvRecord(["line", "last_line", "external_id", "outcome", "slug", "column", "problem"]));
  return {
    row(r: ImportRowReport) {
      const base = [r.line, r.lastLine, r.externalId, r.outcome, r.slug] as const;
      if (r.problems.length === 0) stream.write(csvRecord([...base, null, null]));
      for (const p of r.problems) stream.write(csvRecord([...base, p.column, p.message]));
    },
    async close() {
      stream.end();
      if (!failure) await once(stream, "close").catch(() => {});
      if (failure) throw new Error(`Cannot write the report to ${file}: ${failure.message}`);
    },
  };
}

function printRejected(rejected: ImportRowReport[], more: number) {
  if (rejected.length === 0) return;
  console.error("Rejected rows:");
  for (const r of rejected) {
    const lines = r.lastLine !== r.line ? `lines ${r.line}–${r.lastLine}` : `line ${r.line}`;
    const id = r.externalId ? ` (external id ${r.externalId})` : "";
    if (r.problems.length === 0) console.error(`  ${lines}${id}: rejected`);
    for (const p of r.problems) console.error(`  ${lines}${id}: ${p.column ? `${p.column}: ` : ""}${p.message}`);
  }
  if (more > 0) console.error(`  …and ${number(more)} more`);
}

function printSummary(summary: ImportSummary): number {
  const { counts } = summary;
  console.error(
    `${number(summary.records)} ${summary.records === 1 ? "record" : "records"} in ${formatDuration(summary.elapsedMs)}: ${number(counts.created)} created, ${number(counts.updated)} updated, ${number(counts.unchanged)} unchanged, ${number(counts.rejected)} rejected.`,
  );
  if (summary.dryRun) {
    console.error("Dry run: nothing was written.");
    return counts.rejected > 0 ? 1 : 0;
  }
  if (summary.committed) {
    console.error("Imported.");
    return 0;
  }
  if (counts.rejected > 0) console.error(`Nothing was written: ${number(counts.rejected)} ${counts.rejected === 1 ? "row was" : "rows were"} rejected.`);
  else console.error(`Nothing was written${summary.reason ? `: ${summary.reason}` : "."}`);
  return 1;
}

async function main(): Promise<number> {
  const options = parseCommandLine(process.argv.slice(2));
  let size: number;
  try {
    const info = await stat(options.file);
    if (!info.isFile()) throw new UsageError(`"${options.file}" is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `There is no file "${options.file}".` : `Cannot read "${options.file}": ${(error as Error).message}.`);
  }
  const isDump = await looksLikeDump(options.file);
  if (isDump) {
    const refused = [options.kind && "--kind", options.dryRun && "--dry-run", options.report && "--report", options.format === "csv" && "--format csv"].filter(Boolean);
    if (refused.length > 0) {
      throw new UsageError(`"${path.basename(options.file)}" is a tracker dump: it is restored whole into an empty database, and ${refused.join(", ")} ${refused.length === 1 ? "does" : "do"} not apply to it. Leave ${refused.length === 1 ? "it" : "them"} out.`);
    }
  } else if (options.documents) {
    throw new UsageError("--documents is for a dump's documents; this file is not a tracker dump.");
  } else if (!options.kind) {
    throw new UsageError(`Say what the file holds with --kind: ${IMPORT_KINDS.join(", ")}.`);
  }
  const format = options.format ?? (isDump ? "json" : formatFromName(options.file));

  const target = databaseTarget(readEnv());
  const prisma = await openDatabase(target);

  const controller = new AbortController();
  let signals = 0;
  const onSignal = (name: string) => () => {
    signals++;
    if (signals > 1) {
      // A second Ctrl-C does not wait: closing the connection without a commit rolls back too.
      process.stderr.write("Interrupted: nothing was imported.\n");
      process.exit(1);
    }
    process.stderr.write(`\n${name}: stopping; nothing will be imported…\n`);
    controller.abort();
  };
  process.on("SIGINT", onSignal("Interrupted"));
  process.on("SIGTERM", onSignal("Terminated"));

  const printer = progressPrinter(isDump);
  const body = createReadStream(options.file);
  console.error(options.dryRun ? `Checking ${options.file} against the ${target.label} (dry run)…` : `${isDump ? "Restoring" : "Importing"} ${options.file} into the ${target.label}…`);
  try {
    if (isDump) {
      const { restoreDump } = await import("@/lib/server/import/restore-dump");
      const { documentStore, folderDocumentStore } = await import("@/lib/server/documents/document-store");
      const folder = options.documents ?? `${options.file}.documents`;
      const documents = { from: folderDocumentStore(folder), to: documentStore(), label: `the folder ${folder}` };
      const { counts, elapsedMs } = await restoreDump({ prisma, body, totalBytes: size, onProgress: printer.update, signal: controller.signal, documents });
      printer.done();
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([name, n]) => `${number(n)} ${name}`);
      console.error(`Restored ${number(total)} ${total === 1 ? "record" : "records"} in ${formatDuration(elapsedMs)}: ${parts.join(", ") || "none"}.`);
      if ((counts.users ?? 0) > 0) {
        console.error("Users come back as disabled accounts without an e-mail address or a password (a dump holds neither): an administrator gives each one an address and a password again.");
      }
      return 0;
    }
    const { runImport } = await import("@/lib/server/import/run-import");
    const rejected: ImportRowReport[] = [];
    let moreRejected = 0;
    const report = options.report ? reportWriter(options.report) : null;
    let summary: ImportSummary;
    try {
      summary = await runImport({
        actor: { kind: "operator", name: os.userInfo().username || process.env.USER || "operator" },
        kind: options.kind!,
        format,
        body,
        totalBytes: size,
        dryRun: options.dryRun,
        onProgress: printer.update,
        onRow: (row) => {
          report?.row(row);
          if (row.outcome !== "rejected") return;
          if (rejected.length < REJECTED_SHOWN) rejected.push(row);
          else moreRejected++;
        },
        signal: controller.signal,
        prisma,
      });
    } finally {
      printer.done();
      await report?.close();
    }
    if (controller.signal.aborted && !summary.committed) {
      console.error("Interrupted: nothing was imported.");
      return 1;
    }
    printRejected(rejected, moreRejected);
    const code = printSummary(summary);
    if (options.report) console.error(`The report of every row is in ${options.report}.`);
    return code;
  } catch (error) {
    printer.done();
    if (controller.signal.aborted) {
      console.error("Interrupted: nothing was imported.");
      return 1;
    }
    throw error;
  } finally {
    body.destroy();
  }
}

function describeError(error: unknown): string {
  if (error instanceof AppError) {
    const details = (error.details.errors ?? []).filter((e) => e.message !== error.message).map((e) => `\n  - ${e.parameter}: ${e.message}`);
    return error.message + details.join("");
  }
  if (error instanceof ImportFileError) return `The file cannot be read: ${error.message}. Nothing was imported.`;
  if (error instanceof ConfigurationError || error instanceof StartupError) return error.message;
  return `The import failed: ${(error as Error)?.message ?? String(error)}`;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(describeError(error));
    if (process.env.TRACKER_DEBUG) console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await closeSharedDatabase().catch(() => {});
    // Signal handlers and a half-read stream must not keep the process alive.
    process.exit(process.exitCode ?? 0);
  });
