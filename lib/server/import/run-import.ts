import "server-only";
import { countingBytes, decodeUtf8 } from "@/lib/core/import/decode";
import { readCsv } from "@/lib/core/import/csv-reader";
import { readJson } from "@/lib/core/import/json-reader";
import { csvCaseRecord, csvHeader, csvRowRecord, jsonRecord, namedRecords, type Checked, type CsvHeader, type CsvRow, type RawRecord } from "@/lib/core/import/records";
import { emptyCounts, ImportFileError, type ImportFormat, type ImportKind, type ImportProblem, type ImportProgress, type ImportRowReport, type ImportSummary } from "@/lib/core/import/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requireRole, type Actor } from "../actor";
import { db } from "../db";
import { AppError, type FieldError } from "../errors";
import { codedValueProblems, type ImportVocabulary } from "@/lib/core/import/vocabulary";
import { caseImporter } from "./import-cases";
import { addNotFound } from "./import-references";
import { loadImportVocabulary } from "./import-vocabulary";
import { milestoneImporter } from "./import-milestones";
import { sourceImporter } from "./import-sources";
import type { Tx } from "../transaction";
import { ImportRejection, type BatchResult, type Importer } from "./importer";

export type RunImportOptions = {
  actor: Actor;
  kind: ImportKind;
  format: ImportFormat;
  /** The file's bytes as they arrive (a request body, a file stream): never held whole in memory. */
  body: AsyncIterable<Uint8Array>;
  /** The file's size when known (Content-Length, the file's stat): progress and time left use it. */
  totalBytes: number | null;
  /** Check everything, run every write, then roll back: the report says what a commit would do. */
  dryRun: boolean;
  /** Called at most every ~250 ms and once at the end. */
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Called once per record, in file order. It may return a promise: the import waits for it, so
   * a reader slower than the import (a browser on a slow line) holds it back instead of the
   * server queueing every row in memory.
   */
  onRow?: (row: ImportRowReport) => unknown;
  /** Aborting rolls the import back (the client went away, Ctrl-C). */
  signal?: AbortSignal;
  /** The database; the app's shared client when left out. */
  prisma?: PrismaClient;
  now?: Date;
  /** How long to wait for locks another transaction holds before giving up (tests shorten it). */
  lockTimeoutSeconds?: number;
  /** Every record through the use cases, one at a time, never the batch path: what the tests hold the batch path to. */
  useCasesOnly?: boolean;
  /** Records per batch on the batch path (tests cross batch boundaries with a few records). */
  batchSize?: number;
};

/** An import stopped by its caller (the signal): rolled back, nothing written. */
export class ImportAborted extends Error {
  constructor() {
    super("The import was interrupted: nothing was imported.");
    this.name = "ImportAborted";
  }
}

/** Thrown inside the transaction to roll it back after a dry run or a rejected record. */
class RollBack extends Error {}

// One import may run for minutes on a large file; it holds one connection, and its writes are
// invisible to others until the commit.
const IMPORT_TX = { timeout: 6 * 60 * 60 * 1000, maxWait: 60_000 } as const;
const PROGRESS_EVERY_MS = 250;
const LOCK_TIMEOUT_SECONDS = 60;

/** PostgreSQL's lock_not_available (55P03), however the driver adapter wraps it. */
function isLockTimeout(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const { code, originalCode } = e as { code?: unknown; originalCode?: unknown };
    if (code === "55P03" || originalCode === "55P03") return true;
    e = (e as { driverAdapterError?: unknown; cause?: unknown }).driverAdapterError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
// Records per batch on the fast path: large enough to pay few round trips, small enough to report often.
const BATCH_SIZE = 500;
// While a batch is written, the reader lets the event loop take the database's answers this often.
const YIELD_EVERY = 25;

const IMPORTERS: Record<ImportKind, Importer<unknown>> = {
  cases: caseImporter as Importer<unknown>,
  milestones: milestoneImporter as Importer<unknown>,
  sources: sourceImporter as Importer<unknown>,
};

/**
 * Imports a CSV or JSON file of cases, milestones or sources (docs/decisions/015-import.md), in
 * ONE transaction: all or nothing. Each record is checked with the form's schema and written by
 * the form's own use case (createCase, updateCase, recordStage, createMilestone…) inside that
 * transaction, each under a savepoint, so a refused record leaves no trace and the others go on
 * being checked: the report lists every problem of the file at once. A dry run, or any rejected
 * record, rolls the whole transaction back; so does a killed process (the database never saw a
 * commit). Records carry external ids: a known one is updated (or reported unchanged), never
 * duplicated. The file is read as a stream and each record forgotten once written.
 */
export async function runImport(options: RunImportOptions): Promise<ImportSummary> {
  const { actor, kind, format, dryRun, signal, onRow, onProgress } = options;
  requireRole(actor, "ANALYST");
  const prisma = options.prisma ?? db;
  const now = options.now ?? new Date();
  const importer: Importer<unknown> = options.useCasesOnly ? { ...IMPORTERS[kind], writeBatch: undefined } : IMPORTERS[kind];
  const lockTimeout = options.lockTimeoutSeconds ?? LOCK_TIMEOUT_SECONDS;
  const batchSize = importer.writeBatch ? (options.batchSize ?? BATCH_SIZE) : 1;
  const started = Date.now();
  const counts = emptyCounts();
  let records = 0;
  let bytesRead = 0;
  let lastProgress = 0;
  const progress = (): ImportProgress => ({ records, bytesRead, totalBytes: options.totalBytes, elapsedMs: Date.now() - started });
  const report = async (row: ImportRowReport) => {
    counts[row.outcome]++;
    await onRow?.(row);
    if (onProgress && Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = Date.now();
      onProgress(progress());
    }
  };
  // Small pieces: the readers pull the next one only when they need it, so the bytes counted are
  // where the import has got to (within 16 KB), and the progress bar and time left tell the truth.
  const text = decodeUtf8(countingBytes(inPieces(options.body, 16 * 1024), (n) => (bytesRead = n)));

  let committed = false;
  try {
    await prisma.$transaction(async (tx) => {
      // Another import (or an edit) writing the same records holds their locks until it ends, which
      // may be hours: rather than wait unseen, give up after a minute and say why.
      await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${Math.round(lockTimeout * 1000)}ms'`);
      const context = await importer.prepare(tx as Tx, { actor, now });
      const vocabulary = await loadImportVocabulary(tx as Tx);
      onProgress?.(progress());
      const seen = new Map<string, number>();
      let batch: Pending[] = [];
      // One batch is written while the next is read and checked: the database works on one while
      // node parses the other (a transaction runs one statement at a time, so never two writes).
      let writing: Promise<void> = Promise.resolve();
      let busy = false;
      const flush = async () => {
        const full = batch;
        batch = [];
        await writing;
        busy = true;
        writing = (async () => {
          for (const row of await writeBatch(tx as Tx, importer, context, full, vocabulary)) await report(row);
          busy = false;
        })();
        // Observed at the next flush or at the end; not an unhandled rejection meanwhile.
        writing.catch(() => {});
      };
      try {
        for await (const raw of rawRecords(kind, format, text)) {
          if (signal?.aborted) throw new ImportAborted();
          records++;
          batch.push(checkOne(importer, raw, seen));
          if (batch.length >= batchSize) await flush();
          // While a batch is being written, let its statements' answers in between records.
          else if (busy && records % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
        }
        await flush();
        await writing;
      } finally {
        // Never leave the transaction with a statement of it still running (a file error, an abort).
        await writing.catch(() => {});
      }
      if (signal?.aborted) throw new ImportAborted();
      if (records === 0) throw new ImportFileError(`the file holds no ${kind}.`, null);
      if (dryRun || counts.rejected > 0) throw new RollBack();
    }, IMPORT_TX);
    committed = true;
  } catch (error) {
    if (isLockTimeout(error)) {
      throw new AppError(
        "CONFLICT",
        `The import waited more than ${lockTimeout} seconds for records that another import or an edit is writing at the same moment, and stopped: nothing was imported. Try again when the other import has finished.`,
      );
    }
    if (!(error instanceof RollBack)) throw error;
  }
  if (!committed && records >= BATCH_SIZE) await vacuum(prisma, importer.tables ?? []);
  onProgress?.(progress());
  return {
    kind,
    format,
    dryRun,
    committed,
    records,
    counts,
    elapsedMs: Date.now() - started,
    reason: committed || dryRun ? null : `${counts.rejected} of ${records} ${counts.rejected === 1 ? "record was" : "records were"} rejected, so nothing was imported: the import is all or nothing. Correct the rows listed and import the file again.`,
  };
}

/**
 * After a rolled-back import of many records: its rows are dead in the tables it wrote, and the
 * import that follows a check (at once, as a rule) was a third slower wading through them. VACUUM
 * runs outside any transaction; where the database user may not vacuum, Postgres only warns.
 */
async function vacuum(prisma: PrismaClient, tables: readonly string[]): Promise<void> {
  if (tables.length === 0) return;
  try {
    await prisma.$executeRawUnsafe(`VACUUM ${tables.map((t) => `"${t}"`).join(", ")}`);
  } catch (error) {
    console.error("[tracker] could not vacuum after a rolled-back import (autovacuum will)", error);
  }
}

/** A record read and checked, waiting for its batch; `report` once it is settled. */
type Pending = { raw: RawRecord; checked: Checked<unknown>; externalId: string | null; report: ImportRowReport | null };

const rejected = (p: Pick<Pending, "raw" | "externalId">, problems: ImportProblem[]): ImportRowReport => ({ line: p.raw.line, lastLine: p.raw.lastLine, externalId: p.externalId, outcome: "rejected", slug: null, problems });
const written = (p: Pick<Pending, "raw" | "externalId">, outcome: "created" | "updated" | "unchanged", slug: string): ImportRowReport => ({ line: p.raw.line, lastLine: p.raw.lastLine, externalId: p.externalId, outcome, slug, problems: [] });

/** Checks a record with the form's schema, and refuses an external id given twice in the file. */
function checkOne(importer: Importer<unknown>, raw: RawRecord, seen: Map<string, number>): Pending {
  const checked = importer.check(raw);
  const externalId = checked.ok ? importer.externalIdOf(checked.value) : externalIdGiven(raw.value);
  const pending: Pending = { raw, checked, externalId, report: null };
  if (externalId !== null) {
    const earlier = seen.get(externalId);
    if (earlier !== undefined) {
      pending.report = rejected(pending, [
        {
          column: raw.columnOf(["externalId"]),
          message: `"${externalId}" was already given at line ${earlier}: give each record once${importer.kind === "cases" ? " (the rows of one case must come one after another)" : ""}.`,
        },
        ...(checked.ok ? [] : checked.problems),
      ]);
      return pending;
    }
    // A copy: a string cut from the file's text would keep its whole chunk of the file in memory.
    seen.set(Buffer.from(externalId, "utf8").toString("utf8"), raw.line);
  }
  if (!checked.ok) pending.report = rejected(pending, checked.problems);
  return pending;
}

/**
 * Writes a batch, in file order: the importer's fast path first, under one savepoint (an error it
 * did not foresee rolls it back and leaves every record to the use cases), then each record the
 * fast path left, through the use cases, under a savepoint of its own.
 */
async function writeBatch(tx: Tx, importer: Importer<unknown>, context: unknown, batch: Pending[], vocabulary: ImportVocabulary): Promise<ImportRowReport[]> {
  const refused = batch.filter((p) => p.report !== null);
  if (refused.length > 0) {
    await addNotFound(
      tx,
      refused.map((p) => ({ named: namedRecords(importer.kind, p.raw), add: (path, message) => p.report!.problems.push({ column: p.raw.columnOf(path), message }) })),
    );
  }
  const ready = batch.filter((p) => p.report === null);
  if (importer.writeBatch && ready.length > 0) {
    let results: BatchResult[] | null = null;
    await tx.$executeRawUnsafe("SAVEPOINT import_batch");
    try {
      results = await importer.writeBatch(tx, context, ready.map((p) => (p.checked as { value: unknown }).value));
      await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_batch");
    } catch (error) {
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_batch");
      // Waiting on another transaction's locks: one by one would wait again for every record.
      if (isLockTimeout(error)) throw error;
      console.error("[tracker] the import's fast path failed on a batch; its records go one by one", error);
    }
    results?.forEach((result, i) => {
      const p = ready[i]!;
      if ("outcome" in result) p.report = written(p, result.outcome, result.slug);
      else if ("problems" in result) p.report = rejected(p, result.problems.map((x) => ({ column: p.raw.columnOf(x.path), message: x.message })));
      else if ("errors" in result) p.report = rejected(p, problemsOfFieldErrors(result.errors, p.raw, importer));
    });
  }
  for (const p of batch) {
    if (p.report === null) p.report = await writeOne(tx, importer, context, p);
  }
  for (const p of batch) if (p.report!.outcome === "rejected") p.report!.problems = withCodedValues(p.report!.problems, codedValueProblems(importer.kind, p.raw, vocabulary));
  return batch.map((p) => p.report!);
}

/**
 * A refused record's problems, with its unknown codes said as the import page lists them (the
 * column, the values it takes, the one likely meant), in place of what the schema or a use case
 * said at that column ("No such record: justice."), and beside the others: whether the record was
 * refused by the check or by the use cases, its report gives every problem in one round.
 */
function withCodedValues(problems: readonly ImportProblem[], coded: readonly ImportProblem[]): ImportProblem[] {
  if (coded.length === 0) return [...problems];
  const columns = new Set(coded.map((p) => p.column));
  return [...problems.filter((p) => !columns.has(p.column)), ...coded];
}

/** Writes one record through the use cases under a savepoint: a refusal rolls back its writes and only its. */
async function writeOne(tx: Tx, importer: Importer<unknown>, context: unknown, p: Pending): Promise<ImportRowReport> {
  await tx.$executeRawUnsafe("SAVEPOINT import_record");
  try {
    const { outcome, slug } = await importer.write(tx, context, (p.checked as { value: unknown }).value);
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_record");
    return written(p, outcome, slug);
  } catch (error) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_record");
    if (error instanceof ImportRejection) return rejected(p, error.problems.map((x) => ({ column: p.raw.columnOf(x.path), message: x.message })));
    if (error instanceof AppError) {
      const errors = error.details.errors ?? [];
      return rejected(p, errors.length ? problemsOfFieldErrors(errors, p.raw, importer) : [{ column: p.raw.columnOf(["externalId"]), message: error.message }]);
    }
    throw error;
  }
}

const externalIdGiven = (value: unknown): string | null => {
  if (typeof value !== "object" || value === null) return null;
  const id = (value as { externalId?: unknown }).externalId;
  return typeof id === "string" && id.trim() !== "" ? id.trim() : null;
};

/**
 * A use case's refusals as the record's problems. Their field names are the form's
 * ("charges.0.crime", "initialStage.date"); each becomes the record's column through the
 * importer's path mapping.
 */
function problemsOfFieldErrors(errors: readonly FieldError[], raw: RawRecord, importer: Importer<unknown>): ImportProblem[] {
  return errors.map((e) => {
    const path = e.parameter.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const message = e.message.startsWith(`${e.parameter}: `) ? e.message.slice(e.parameter.length + 2) : e.message;
    // The values the tracker knows, so the reader can correct the cell without looking them up.
    const allowed = e.allowed?.length ? ` The known values are: ${e.allowed.join(", ")}.` : "";
    return { column: raw.columnOf(importer.recordPath(path)), message: message + allowed };
  });
}

/** The file's records in the JSON shape: CSV rows (a case's consecutive rows together) or JSON elements. */
async function* rawRecords(kind: ImportKind, format: ImportFormat, text: AsyncIterable<string>): AsyncGenerator<RawRecord> {
  if (format === "json") {
    for await (const item of readJson(text)) {
      if (item.kind === "member" || item.array !== null) {
        throw new ImportFileError(
          `the file must hold one JSON array of ${kind} ([{…}, {…}]). ${item.kind === "member" && item.key === "format" ? "This looks like a full dump from npm run export: restore it on the command line with npm run import -- <file>." : "It holds an object."}`,
          item.line,
        );
      }
      yield jsonRecord(item.value, item.line, item.lastLine);
    }
    return;
  }
  let header: CsvHeader | null = null;
  let group: CsvRow[] = [];
  let groupId = "";
  for await (const row of readCsv(text)) {
    if (!header) {
      header = csvHeader(kind, row.fields);
      continue;
    }
    if (kind !== "cases") {
      yield csvRowRecord(kind, header, row);
      continue;
    }
    const id = (row.fields[header.index.get("external_id")!] ?? "").trim();
    if (group.length > 0 && (id === "" || id !== groupId)) {
      yield csvCaseRecord(header, group);
      group = [];
    }
    group.push(row);
    groupId = id;
  }
  if (!header) throw new ImportFileError("the file is empty: it needs a header row, then one row per record.", null);
  if (group.length > 0) yield csvCaseRecord(header, group);
}

async function* inPieces(chunks: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.byteLength; i += size) yield chunk.subarray(i, Math.min(i + size, chunk.byteLength));
  }
}
