import "server-only";
import type { Tx } from "../transaction";
import { countingBytes, decodeUtf8 } from "@/lib/core/import/decode";
import { readJson } from "@/lib/core/import/json-reader";
import { ImportFileError, type ImportProgress } from "@/lib/core/import/types";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { refreshAnnotationSearch, refreshCaseSearch } from "../cases/search-document";
import { AppError } from "../errors";
import { stageVerifiedCopy, type BlobFacts } from "../documents/copy-document";
import type { DocumentStore, StagedDocument } from "../documents/document-store";
import { DATE_COLUMNS, DOCUMENT_BLOBS, DOCUMENT_PAGES, DUMP_FORMAT, DUMP_VERSION } from "../export/dump";

/**
 * Restores a dump written by lib/server/export/dump.ts (docs/decisions/014-export-format.md) into
 * an empty database, in one transaction: all of it, or nothing (a refusal, a damaged or cut file,
 * an abort). The file is read as it streams, one array element at a time, and written in batches
 * per table, so a large dump is never held in memory.
 *
 * Rows keep their ids, so every reference resolves and dump → restore → dump gives the same file
 * (but `exportedAt`). Users come back as disabled placeholder accounts: a dump carries no e-mail
 * and no password. Search documents are derived and rebuilt at the end. A dump of an older version
 * restores too (version 1 has no complementarity policies and no conduct, condition-kind, url or
 * covers-note columns; versions 1 and 2 no aliases and no translations; versions 1 to 3 no
 * documents; version 4 no pages of their text, which the extraction job reads again, decision 055):
 * what it lacks stays empty.
 *
 * Documents (version 4, decision 053): their rows come in the dump, their bytes from a folder beside
 * it. Once every row is in, each document's bytes are copied into the tracker's store through
 * `stage`, hashed on the way, and checked against the SHA-256, size and media type the dump
 * records; one missing or changed refuses the restore, naming the document, and nothing is written
 * (bytes copied before the refusal are discarded). The bytes are committed to the store only
 * after every document was checked, just before the transaction commits, as an upload's are.
 */

type Row = Record<string, unknown>;

const BATCH = 1000;
const PROGRESS_EVERY_MS = 250;
// A large dump (hundreds of thousands of cases) takes minutes; the transaction must outlive it.
const TX_OPTIONS = { timeout: 6 * 60 * 60_000, maxWait: 10_000 } as const;
// Bind parameters per join-table statement, well under Postgres's limit of 65,535.
const PAIRS_PER_STATEMENT = 10_000;

/** The timestamp columns; the calendar-date ones (written "YYYY-MM-DD") are dump.ts's. */
const TIMESTAMP_COLUMNS = new Set(["createdAt", "updatedAt", "deletedAt", "uploadedAt", "textUpdatedAt"]);

/** Implicit many-to-many tables (prisma/migrations): their names and which side is "A". */
type JoinTable =
  | "_ForumToMilestone" // A forum, B milestone
  | "_InstrumentToMilestone" // A instrument, B milestone
  | "_CrimeCategoryToJurisdictionRule" // A crime, B rule
  | "_AccusedKindToJurisdictionRule" // A accused kind, B rule
  | "_JurisdictionRuleToResponsibilityLevel" // A rule, B level
  | "_JurisdictionRuleToModeOfLiability" // A rule, B mode
  | "_MilestoneLinkedRules" // A rule, B milestone
  | "_ComplementarityPolicyToCrimeCategory" // A policy, B crime
  | "_AccusedKindToComplementarityPolicy" // A accused kind, B policy
  | "_ComplementarityPolicyToResponsibilityLevel" // A policy, B level
  | "_CaseToMilestone"; // A case, B milestone

/** What one batch of a table writes besides its own rows: join rows, child rows. */
type Extras = {
  joins: { table: JoinTable; pairs: [string, string][] }[];
  milestoneSources: Row[];
  caseAccused: Row[];
  caseSources: Row[];
  annotationVersions: Row[];
};

type TableSpec = {
  /** The words the refusals use: "12 forums". */
  label: string;
  /** Arrays whose rows this table's rows refer to: they must come before it. */
  refersTo: readonly string[];
  count: (tx: Tx) => Promise<number>;
  /** Takes the join lists off a row into `extras`; returns the table's own columns. */
  split?: (row: Row, extras: Extras) => Row;
  insert: (tx: Tx, rows: Row[]) => Promise<unknown>;
};

const ALL_REFERENCE = ["sources"] as const;

/** The dump's arrays, in the order the export writes them. */
const TABLES: Record<string, TableSpec> = {
  users: {
    label: "users",
    refersTo: [],
    count: (tx) => tx.user.count(),
    insert: (tx, rows) => tx.user.createMany({ data: rows as never }),
  },
  sources: { label: "sources", refersTo: [], count: (tx) => tx.source.count(), insert: (tx, rows) => tx.source.createMany({ data: rows as never }) },
  instruments: { label: "instruments", refersTo: ALL_REFERENCE, count: (tx) => tx.instrument.count(), insert: (tx, rows) => tx.instrument.createMany({ data: rows as never }) },
  provisions: { label: "provisions", refersTo: ["instruments", "sources"], count: (tx) => tx.provision.count(), insert: (tx, rows) => tx.provision.createMany({ data: rows as never }) },
  forums: { label: "forums", refersTo: ["instruments", "sources"], count: (tx) => tx.forum.count(), insert: (tx, rows) => tx.forum.createMany({ data: rows as never }) },
  crimeCategories: { label: "crime categories", refersTo: ALL_REFERENCE, count: (tx) => tx.crimeCategory.count(), insert: (tx, rows) => tx.crimeCategory.createMany({ data: rows as never }) },
  modesOfLiability: { label: "modes of liability", refersTo: ["provisions", "sources"], count: (tx) => tx.modeOfLiability.count(), insert: (tx, rows) => tx.modeOfLiability.createMany({ data: rows as never }) },
  responsibilityLevels: { label: "responsibility levels", refersTo: ALL_REFERENCE, count: (tx) => tx.responsibilityLevel.count(), insert: (tx, rows) => tx.responsibilityLevel.createMany({ data: rows as never }) },
  accusedKinds: { label: "kinds of accused", refersTo: ALL_REFERENCE, count: (tx) => tx.accusedKind.count(), insert: (tx, rows) => tx.accusedKind.createMany({ data: rows as never }) },
  situations: { label: "situations", refersTo: ALL_REFERENCE, count: (tx) => tx.situation.count(), insert: (tx, rows) => tx.situation.createMany({ data: rows as never }) },
  milestoneTracks: { label: "milestone tracks", refersTo: [], count: (tx) => tx.milestoneTrack.count(), insert: (tx, rows) => tx.milestoneTrack.createMany({ data: rows as never }) },
  milestoneTypes: { label: "milestone types", refersTo: [], count: (tx) => tx.milestoneType.count(), insert: (tx, rows) => tx.milestoneType.createMany({ data: rows as never }) },
  [DOCUMENT_BLOBS]: { label: "documents", refersTo: [], count: (tx) => tx.documentBlob.count(), insert: (tx, rows) => tx.documentBlob.createMany({ data: rows as never }) },
  // Their search document is a generated column: computed as the rows go in.
  [DOCUMENT_PAGES]: { label: "pages of documents' text", refersTo: [DOCUMENT_BLOBS], count: (tx) => tx.documentPage.count(), insert: (tx, rows) => tx.documentPage.createMany({ data: rows as never }) },
  milestones: {
    label: "milestones",
    refersTo: ["milestoneTracks", "milestoneTypes", "situations", "users", "forums", "instruments", "sources", DOCUMENT_BLOBS],
    count: (tx) => tx.milestone.count(),
    split: (row, extras) => {
      const { forumIds, instrumentIds, sources, ...own } = row;
      const id = own.id as string;
      extras.joins.push({ table: "_ForumToMilestone", pairs: idList(forumIds, "milestones", "forumIds").map((f) => [f, id]) });
      extras.joins.push({ table: "_InstrumentToMilestone", pairs: idList(instrumentIds, "milestones", "instrumentIds").map((i) => [i, id]) });
      for (const s of objectList(sources, "milestones", "sources")) extras.milestoneSources.push({ ...s, milestoneId: id });
      return own;
    },
    insert: (tx, rows) => tx.milestone.createMany({ data: rows as never }),
  },
  jurisdictionRules: {
    label: "jurisdiction rules",
    refersTo: ["forums", "situations", "milestones", "provisions", "sources", "crimeCategories", "accusedKinds", "responsibilityLevels", "modesOfLiability"],
    count: (tx) => tx.jurisdictionRule.count(),
    split: (row, extras) => {
      const { crimeIds, accusedKindIds, levelIds, modeIds, linkedMilestoneIds, ...own } = row;
      const id = own.id as string;
      const list = (value: unknown, field: string) => idList(value, "jurisdictionRules", field);
      extras.joins.push({ table: "_CrimeCategoryToJurisdictionRule", pairs: list(crimeIds, "crimeIds").map((c) => [c, id]) });
      extras.joins.push({ table: "_AccusedKindToJurisdictionRule", pairs: list(accusedKindIds, "accusedKindIds").map((k) => [k, id]) });
      extras.joins.push({ table: "_JurisdictionRuleToResponsibilityLevel", pairs: list(levelIds, "levelIds").map((l) => [id, l]) });
      extras.joins.push({ table: "_JurisdictionRuleToModeOfLiability", pairs: list(modeIds, "modeIds").map((m) => [id, m]) });
      extras.joins.push({ table: "_MilestoneLinkedRules", pairs: list(linkedMilestoneIds, "linkedMilestoneIds").map((m) => [id, m]) });
      return own;
    },
    insert: (tx, rows) => tx.jurisdictionRule.createMany({ data: rows as never }),
  },
  complementarityPolicies: {
    label: "complementarity policies",
    refersTo: ["forums", "situations", "sources", "crimeCategories", "accusedKinds", "responsibilityLevels"],
    count: (tx) => tx.complementarityPolicy.count(),
    split: (row, extras) => {
      const { crimeIds, accusedKindIds, levelIds, ...own } = row;
      const id = own.id as string;
      const list = (value: unknown, field: string) => idList(value, "complementarityPolicies", field);
      extras.joins.push({ table: "_ComplementarityPolicyToCrimeCategory", pairs: list(crimeIds, "crimeIds").map((c) => [id, c]) });
      extras.joins.push({ table: "_AccusedKindToComplementarityPolicy", pairs: list(accusedKindIds, "accusedKindIds").map((k) => [k, id]) });
      extras.joins.push({ table: "_ComplementarityPolicyToResponsibilityLevel", pairs: list(levelIds, "levelIds").map((l) => [id, l]) });
      return own;
    },
    insert: (tx, rows) => tx.complementarityPolicy.createMany({ data: rows as never }),
  },
  accused: { label: "accused", refersTo: ["accusedKinds", "responsibilityLevels"], count: (tx) => tx.accused.count(), insert: (tx, rows) => tx.accused.createMany({ data: rows as never }) },
  accusedAliases: { label: "aliases", refersTo: ["accused"], count: (tx) => tx.accusedAlias.count(), insert: (tx, rows) => tx.accusedAlias.createMany({ data: rows as never }) },
  cases: {
    label: "cases",
    refersTo: ["forums", "situations", "accused", "sources", "milestones"],
    count: (tx) => tx.case.count(),
    split: (row, extras) => {
      const { accusedIds, sources, milestoneIds, ...own } = row;
      const id = own.id as string;
      for (const accusedId of idList(accusedIds, "cases", "accusedIds")) extras.caseAccused.push({ caseId: id, accusedId });
      for (const s of objectList(sources, "cases", "sources")) extras.caseSources.push({ ...s, caseId: id });
      extras.joins.push({ table: "_CaseToMilestone", pairs: idList(milestoneIds, "cases", "milestoneIds").map((m) => [id, m]) });
      return own;
    },
    insert: (tx, rows) => tx.case.createMany({ data: rows as never }),
  },
  charges: { label: "charges", refersTo: ["cases", "accused", "crimeCategories", "modesOfLiability", "provisions"], count: (tx) => tx.charge.count(), insert: (tx, rows) => tx.charge.createMany({ data: rows as never }) },
  stageChanges: { label: "stage changes", refersTo: ["cases", "sources", "users"], count: (tx) => tx.stageChange.count(), insert: (tx, rows) => tx.stageChange.createMany({ data: rows as never }) },
  annotations: {
    label: "notes",
    refersTo: ["cases", "users"],
    count: (tx) => tx.annotation.count(),
    split: (row, extras) => {
      const { versions, ...own } = row;
      for (const v of objectList(versions, "annotations", "versions")) extras.annotationVersions.push(convert(v, "annotations"));
      return own;
    },
    insert: (tx, rows) => tx.annotation.createMany({ data: rows as never }),
  },
  documentAttachments: {
    label: "attachments of documents",
    refersTo: [DOCUMENT_BLOBS, "sources", "cases", "milestones", "annotations", "users"],
    count: (tx) => tx.documentAttachment.count(),
    insert: (tx, rows) => tx.documentAttachment.createMany({ data: rows as never }),
  },
  // A translation's entityId may name a record of any array above, so it comes last.
  translations: {
    label: "translations",
    refersTo: ["sources", "users", "milestones", "cases", "annotations", "accused", "jurisdictionRules", "complementarityPolicies"],
    count: (tx) => tx.translation.count(),
    insert: (tx, rows) => tx.translation.createMany({ data: rows as never }),
  },
};

const TABLE_NAMES = Object.keys(TABLES);
const SCALAR_MEMBERS = new Set(["format", "version", "exportedAt", "counts"]);

const dumpError = (message: string) => new AppError("INVALID_INPUT", message);

function idList(value: unknown, array: string, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) throw dumpError(`The dump's "${array}" array has a row whose "${field}" is not a list of ids.`);
  return value as string[];
}

function objectList(value: unknown, array: string, field: string): Row[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => v !== null && typeof v === "object" && !Array.isArray(v))) {
    throw dumpError(`The dump's "${array}" array has a row whose "${field}" is not a list of records.`);
  }
  return value as Row[];
}

/** The dump's text values back to what the columns store: dates and timestamps to Date. */
function convert(row: Row, array: string): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === "string" && (DATE_COLUMNS.has(key) || TIMESTAMP_COLUMNS.has(key))) {
      const date = new Date(DATE_COLUMNS.has(key) ? `${value}T00:00:00.000Z` : value);
      if (Number.isNaN(date.getTime())) throw dumpError(`The dump's "${array}" array has a row whose "${key}" is not a date: "${value}".`);
      out[key] = date;
    } else out[key] = value;
  }
  return out;
}

/** "12 forums and 3 cases". */
function listCounts(entries: [string, number][]): string {
  const parts = entries.map(([label, n]) => `${n} ${label}`);
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

async function refuseUnlessEmpty(tx: Tx): Promise<void> {
  const held: [string, number][] = [];
  for (const spec of Object.values(TABLES)) {
    const n = await spec.count(tx);
    if (n > 0) held.push([spec.label, n]);
  }
  if (held.length > 0) {
    throw new AppError(
      "CONFLICT",
      `The database is not empty: it holds ${listCounts(held)}. A dump restores into an empty database only (one migrated but not seeded), so that its ids and references come back exactly; nothing was written.`,
    );
  }
}

async function insertJoin(tx: Tx, table: JoinTable, pairs: [string, string][]): Promise<void> {
  for (let start = 0; start < pairs.length; start += PAIRS_PER_STATEMENT) {
    const slice = pairs.slice(start, start + PAIRS_PER_STATEMENT);
    // `table` comes from the JoinTable union above, never from the file.
    await tx.$executeRaw(Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} ("A", "B") VALUES ${Prisma.join(slice.map(([a, b]) => Prisma.sql`(${a}, ${b})`))}`);
  }
}

/** A database error while writing a batch, as a sentence about the dump. */
function writeError(error: unknown, array: string, firstLine: number, lastLine: number): Error {
  if (error instanceof AppError) return error;
  const e = error as { code?: string; message?: string; meta?: Record<string, unknown> };
  const where = `the "${array}" array (lines ${firstLine}–${lastLine})`;
  const text = String(e.message ?? error);
  if (e.code === "P2003" || /foreign key/i.test(text) || /23503/.test(text)) {
    return dumpError(`The dump cannot be restored: ${where} refers to records that are not in the dump before it. Its arrays must come in the order the export writes them, and nothing may be missing.`);
  }
  if (e.code === "P2002" || /unique constraint/i.test(text)) {
    return dumpError(`The dump cannot be restored: ${where} holds a record twice (the same id, slug or external id).`);
  }
  const line = text.split("\n").map((l) => l.trim()).filter(Boolean).at(-1) ?? "unknown error";
  return dumpError(`The dump cannot be restored: ${where} holds a row the database refuses: ${line}`);
}

export type RestoreDumpOptions = {
  prisma: PrismaClient;
  /** The dump's bytes as they arrive: never held whole in memory. */
  body: AsyncIterable<Uint8Array>;
  totalBytes: number | null;
  /** Called at most every 250 ms, and once at the end. */
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting rolls the restore back. */
  signal?: AbortSignal;
  /** When the restored users were disabled. */
  now?: Date;
  /**
   * Where the documents' bytes come from (`from`: the folder beside the dump, named by `label` in
   * the refusals) and go (`to`: the tracker's store). Needed only when the dump holds documents.
   */
  documents?: { from: DocumentStore; to: DocumentStore; label: string };
};

/**
 * Restores the dump into an empty database; returns the rows restored per array. Refuses (an
 * AppError, nothing written) a database that is not empty, a file that is not a tracker dump or is
 * of a newer version, an unknown array, arrays in an order that would break a reference, counts
 * that differ from the rows read, and a file that ends early.
 */
export async function restoreDump(options: RestoreDumpOptions): Promise<{ counts: Record<string, number>; elapsedMs: number }> {
  const { prisma, totalBytes, onProgress, signal } = options;
  const now = options.now ?? new Date();
  const started = Date.now();
  let bytesRead = 0;
  let records = 0;
  let lastProgress = 0;
  const progress = (force = false) => {
    if (!onProgress) return;
    const at = Date.now();
    if (!force && at - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = at;
    onProgress({ records, bytesRead, totalBytes, elapsedMs: at - started });
  };
  const checkAborted = () => {
    if (signal?.aborted) throw new AppError("CONFLICT", "The restore was interrupted: nothing was restored.");
  };
  checkAborted();

  const counts: Record<string, number> = {};
  // The documents' facts and a title for each (the first attachment's), checked once every row is in.
  const blobs: BlobFacts[] = [];
  const titles = new Map<string, string>();
  await prisma.$transaction(async (tx) => {
    await refuseUnlessEmpty(tx);

    let format: unknown;
    let version: unknown;
    let declared: Record<string, unknown> | null = null;
    const seen: string[] = [];
    let current: string | null = null;
    let batch: Row[] = [];
    let extras: Extras = emptyExtras();
    let batchFirstLine = 0;
    let batchLastLine = 0;

    const flush = async () => {
      if (!current || batch.length === 0) return;
      const spec = TABLES[current]!;
      try {
        await spec.insert(tx, batch);
        for (const join of extras.joins) if (join.pairs.length > 0) await insertJoin(tx, join.table, join.pairs);
        if (extras.milestoneSources.length) await tx.milestoneSource.createMany({ data: extras.milestoneSources as never });
        if (extras.caseAccused.length) await tx.caseAccused.createMany({ data: extras.caseAccused as never });
        if (extras.caseSources.length) await tx.caseSource.createMany({ data: extras.caseSources as never });
        if (extras.annotationVersions.length) await tx.annotationVersion.createMany({ data: extras.annotationVersions as never });
        if (current === "annotations") await refreshAnnotationSearch(tx, batch.map((r) => r.id as string));
        // A note's other-language body joins its search document once it is restored.
        if (current === "translations") await refreshAnnotationSearch(tx, [...new Set(batch.filter((r) => r.entityType === "Annotation").map((r) => r.entityId as string))]);
      } catch (error) {
        throw writeError(error, current, batchFirstLine, batchLastLine);
      }
      batch = [];
      extras = emptyExtras();
      checkAborted();
    };

    /** An array begins: known, not seen before, and no array already read refers to it. */
    const begin = async (name: string, line: number) => {
      if (format === undefined || version === undefined) {
        throw dumpError(`This file is not a tracker dump: an array ("${name}", line ${line}) comes before its "format" and "version".`);
      }
      if (!(name in TABLES)) {
        throw dumpError(`The dump holds an array this version of the tracker does not know: "${name}" (line ${line}). Known arrays: ${TABLE_NAMES.join(", ")}.`);
      }
      if (seen.includes(name)) throw dumpError(`The dump holds the "${name}" array twice (again at line ${line}).`);
      const before = seen.find((s) => TABLES[s]!.refersTo.includes(name));
      if (before) {
        throw dumpError(`The dump's arrays are out of order: "${name}" (line ${line}) comes after "${before}", which refers to it. Arrays must come in the order the export writes them.`);
      }
      await flush();
      seen.push(name);
      current = name;
      counts[name] = 0;
    };

    const add = async (name: string, value: unknown, line: number, lastLine: number) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) throw dumpError(`The dump's "${name}" array holds something that is not a record (line ${line}).`);
      const spec = TABLES[name]!;
      let row = value as Row;
      if (name === DOCUMENT_BLOBS) blobs.push({ sha256: String(row.sha256), size: Number(row.size), mediaType: String(row.mediaType) });
      if (name === "documentAttachments" && !titles.has(String(row.sha256))) titles.set(String(row.sha256), String(row.title));
      if (spec.split) row = spec.split(row, extras);
      row = convert(row, name);
      if (name === "users") row = placeholderUser(row, now);
      if (batch.length === 0) batchFirstLine = line;
      batchLastLine = lastLine;
      batch.push(row);
      counts[name]! += 1;
      records++;
      if (batch.length >= BATCH) await flush();
      progress();
    };

    const body = countingBytes(options.body, (total) => (bytesRead = total));
    try {
      for await (const item of readJson(decodeUtf8(body))) {
        checkAborted();
        if (item.kind === "element") {
          if (item.array === null) throw dumpError("This file is not a tracker dump: it is a JSON array, not a dump's object.");
          if (item.array !== current) await begin(item.array, item.line);
          await add(item.array, item.value, item.line, item.lastLine);
          continue;
        }
        const { key, value, line } = item;
        if (Array.isArray(value)) {
          // An array the reader hands over whole (an empty one): its elements, if any, one by one.
          if (key !== current) await begin(key, line);
          for (const element of value) await add(key, element, line, line);
          continue;
        }
        if (!SCALAR_MEMBERS.has(key)) throw dumpError(`The dump holds a field this version of the tracker does not know: "${key}" (line ${line}).`);
        if (key === "format") {
          format = value;
          if (value !== DUMP_FORMAT) throw dumpError(`This file is not a tracker dump: its "format" is ${JSON.stringify(value)}, not "${DUMP_FORMAT}".`);
        } else if (key === "version") {
          version = value;
          if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw dumpError(`The dump's "version" is ${JSON.stringify(value)}: not a version number.`);
          if (value > DUMP_VERSION) {
            throw dumpError(`The dump is version ${value}, newer than this tracker reads (version ${DUMP_VERSION}). Restore it with the version of the tracker that wrote it, or a newer one.`);
          }
        } else if (key === "counts") {
          if (value === null || typeof value !== "object") throw dumpError(`The dump's "counts" (line ${line}) is not a record of counts.`);
          declared = value as Record<string, unknown>;
        }
      }
    } catch (error) {
      if (error instanceof ImportFileError) {
        const hint = /cut short/.test(error.message) ? "" : " The file may have been cut short or damaged.";
        throw dumpError(`The dump cannot be read: ${error.message}.${hint} Nothing was restored.`);
      }
      throw error;
    }
    if (format === undefined) throw dumpError(`This file is not a tracker dump: it has no "format" field.`);
    await flush();
    if (declared === null) throw dumpError(`The dump ends without its "counts": the file was cut short (or the export did not finish); nothing was restored.`);
    // An empty array the reader may not announce: reported as the dump counts it.
    for (const name of Object.keys(declared)) if (name in TABLES) counts[name] ??= 0;
    const mismatches: string[] = [];
    for (const name of new Set([...TABLE_NAMES, ...Object.keys(declared)])) {
      const expected = declared[name] ?? 0;
      const read = counts[name] ?? 0;
      if (expected !== read) mismatches.push(`"${name}": ${JSON.stringify(expected)} counted, ${read} read`);
    }
    if (mismatches.length > 0) {
      throw dumpError(`The dump's counts do not match the rows it holds (${mismatches.join("; ")}): the file is incomplete or was changed; nothing was restored.`);
    }
    checkAborted();
    await requeueTextsWithoutPages(tx);
    await refreshCaseSearch(tx, "all");
    await restoreBytes(blobs, titles, options.documents, checkAborted);
  }, TX_OPTIONS);

  // The planner's statistics describe the empty tables until analysed; the list's queries need them.
  await prisma.$executeRawUnsafe("ANALYZE");
  progress(true);
  return { counts, elapsedMs: Date.now() - started };
}

/**
 * A version 4 dump carries a document's text state but not its pages (decision 055): a DONE text
 * without them would never be found. Such documents go back to the queue, unclaimed, and the
 * server's extraction job reads them again from their bytes (at its start, then every few minutes).
 */
async function requeueTextsWithoutPages(tx: Tx): Promise<void> {
  await tx.$executeRaw`
    UPDATE "DocumentBlob" b
       SET "textState" = 'QUEUED', "textReason" = NULL, "textUpdatedAt" = NULL, "textClaimedAt" = NULL, "textAttempts" = 0
     WHERE b."textState" = 'DONE' AND NOT EXISTS (SELECT 1 FROM "DocumentPage" p WHERE p.sha256 = b.sha256)`;
}

function emptyExtras(): Extras {
  return { joins: [], milestoneSources: [], caseAccused: [], caseSources: [], annotationVersions: [] };
}

/** A dump's user ({ id, name, role }) as a disabled account without an address or a password (decision 014). */
function placeholderUser(row: Row, now: Date): Row {
  const { id, name, role } = row;
  if (typeof id !== "string" || !/^[A-Za-z0-9_-]+$/.test(id)) throw dumpError(`The dump's "users" array has a user whose id is not an id: ${JSON.stringify(id)}.`);
  return { id, name, role, email: `user-${id}@restored.invalid`, disabledAt: now, passwordHash: null };
}

/**
 * Copies every document's bytes into the tracker's store, each checked against what the dump
 * records; refuses (naming the document) any missing or changed, discarding what was copied.
 * Commits them all only once every one was checked.
 */
async function restoreBytes(blobs: BlobFacts[], titles: Map<string, string>, documents: RestoreDumpOptions["documents"], checkAborted: () => void): Promise<void> {
  if (blobs.length === 0) return;
  if (!documents) {
    throw dumpError(`The dump holds ${blobs.length} document${blobs.length === 1 ? "" : "s"}, but no folder of their bytes was given (the folder the export wrote beside the dump); nothing was restored.`);
  }
  const staged: StagedDocument[] = [];
  try {
    for (const blob of blobs) {
      checkAborted();
      const copy = await stageVerifiedCopy(documents.from, documents.to, blob);
      if (!copy.ok) {
        const title = titles.get(blob.sha256);
        throw dumpError(`The dump cannot be restored: the document ${title ? `"${title}" (SHA-256 ${blob.sha256})` : blob.sha256} ${copy.problem} (its bytes were looked for in ${documents.label}). Nothing was restored.`);
      }
      staged.push(copy.staged);
    }
    for (const copy of staged) await documents.to.commit(copy);
  } finally {
    // A no-op for those committed.
    for (const copy of staged) await documents.to.discard(copy);
  }
}
