import "server-only";
import { toIsoDate } from "@/lib/core/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { stageVerifiedCopy } from "../documents/copy-document";
import type { DocumentStore } from "../documents/document-store";

/**
 * The full dump behind `npm run export` (format: docs/decisions/014-export-format.md): one JSON
 * object, `format: "tracker-dump"`, `version` (DUMP_VERSION), then one array per kind of record, in an order an
 * importer can insert without deferring a foreign key, then the count of each array.
 *
 * Rows keep their database ids (so every reference resolves and a restore is exact) and their
 * slugs; columns keep their schema names. Never in a dump: password hashes, API tokens and their
 * hashes, feed token hashes, e-mail addresses, sign-in attempts, search vectors (derived, rebuilt
 * on import by lib/server/cases/search-document.ts). Each table is read in keyset pages by id and
 * written as it is read, so a large database is never held in memory.
 */
export const DUMP_FORMAT = "tracker-dump";
// 2: rules' conduct reached and kind of condition, instruments' and provisions' official texts,
// forums' note on covers, and the complementarity policies (issue 14). Version 1 dumps still restore.
// 3: accused's aliases (`accusedAliases`) and every stored translation (`translations`: reference
// data's Ukrainian and users' other-language texts, decision 042); version 2 lost both.
// 4: documents (`documentBlobs` before the milestones, `documentAttachments` after the notes), their
// bytes in a folder beside the dump, checked against their SHA-256, and a milestone's cited
// passage's document and page (`documentSha256`, `page` in its `sources`) (decision 053).
// 5: the documents' extracted text, page by page (`documentPages`, straight after `documentBlobs`),
// so a restored tracker finds words inside documents at once (decision 055). Version 4 dumps still
// restore: their extracted texts are read again by the server's extraction job.
export const DUMP_VERSION = 5;
const PAGE = 500;

/** Columns stored as calendar dates (`@db.Date`): written "YYYY-MM-DD", never as a timestamp. The restore reads them back. */
export const DATE_COLUMNS: ReadonlySet<string> = new Set(["publishedOn", "establishedOn", "adoptedOn", "validFrom", "validTo", "conductFrom", "conductTo", "occurredOn", "stageOn", "openedOn", "translatedOn"]);

/** The array of documents' bytes facts: its rows are keyed by sha256, and their bytes go beside the dump. */
export const DOCUMENT_BLOBS = "documentBlobs";
/** The array of the documents' extracted text, one row per page, keyed by sha256 and page. */
export const DOCUMENT_PAGES = "documentPages";

type Row = Record<string, unknown>;

function plain(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Date) out[key] = DATE_COLUMNS.has(key) ? toIsoDate(value) : value.toISOString();
    else if (typeof value === "bigint") out[key] = value.toString();
    else out[key] = value;
  }
  return out;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
const byId = (after: string | null) => ({ where: after ? { id: { gt: after } } : {}, orderBy: { id: "asc" as const }, take: PAGE });
const idOnly = { select: { id: true } } as const;

/** `key`: the column the pages are read by (default `id`); `cursor`: the cursor a row gives the next page, when it is not one column. */
type Table = { name: string; key?: string; cursor?: (row: Row) => string; page: (after: string | null) => Promise<Row[]>; count: () => Promise<number> };

/** The keyset page of documents' pages after the cursor `sha256:page`. */
function pagesAfter(after: string | null) {
  if (!after) return {};
  const [sha256, page] = after.split(":");
  return { OR: [{ sha256: { gt: sha256 } }, { sha256, page: { gt: Number(page) } }] };
}

/** Every kind of record the dump holds, in insertion order. Exported for the tests' comparisons. */
export function dumpTables(prisma: PrismaClient): Table[] {
  return [
    // Users: who wrote what (milestones, stages, notes). Only id, name and role: no e-mail (personal
    // data the dump does not need), no password or feed token hash.
    { name: "users", page: (a) => prisma.user.findMany({ ...byId(a), select: { id: true, name: true, role: true } }), count: () => prisma.user.count() },
    { name: "sources", page: (a) => prisma.source.findMany(byId(a)), count: () => prisma.source.count() },
    { name: "instruments", page: (a) => prisma.instrument.findMany(byId(a)), count: () => prisma.instrument.count() },
    { name: "provisions", page: (a) => prisma.provision.findMany(byId(a)), count: () => prisma.provision.count() },
    { name: "forums", page: (a) => prisma.forum.findMany(byId(a)), count: () => prisma.forum.count() },
    { name: "crimeCategories", page: (a) => prisma.crimeCategory.findMany(byId(a)), count: () => prisma.crimeCategory.count() },
    { name: "modesOfLiability", page: (a) => prisma.modeOfLiability.findMany(byId(a)), count: () => prisma.modeOfLiability.count() },
    { name: "responsibilityLevels", page: (a) => prisma.responsibilityLevel.findMany(byId(a)), count: () => prisma.responsibilityLevel.count() },
    { name: "accusedKinds", page: (a) => prisma.accusedKind.findMany(byId(a)), count: () => prisma.accusedKind.count() },
    { name: "situations", page: (a) => prisma.situation.findMany(byId(a)), count: () => prisma.situation.count() },
    { name: "milestoneTracks", page: (a) => prisma.milestoneTrack.findMany(byId(a)), count: () => prisma.milestoneTrack.count() },
    { name: "milestoneTypes", page: (a) => prisma.milestoneType.findMany(byId(a)), count: () => prisma.milestoneType.count() },
    // Documents' bytes facts (and extracted text), by SHA-256: before the milestones, whose citations may name one.
    {
      name: DOCUMENT_BLOBS,
      key: "sha256",
      page: (a) => prisma.documentBlob.findMany({ where: a ? { sha256: { gt: a } } : {}, orderBy: { sha256: "asc" }, take: PAGE }),
      count: () => prisma.documentBlob.count(),
    },
    // Their extracted text, page by page (its search document is a generated column, never dumped).
    {
      name: DOCUMENT_PAGES,
      cursor: (row) => `${row.sha256 as string}:${row.page as number}`,
      page: (a) => prisma.documentPage.findMany({ where: pagesAfter(a), orderBy: [{ sha256: "asc" }, { page: "asc" }], take: PAGE }),
      count: () => prisma.documentPage.count(),
    },
    {
      name: "milestones",
      page: async (a) =>
        (
          await prisma.milestone.findMany({
            ...byId(a),
            include: { forums: idOnly, instruments: idOnly, sources: { select: { sourceId: true, locator: true, documentSha256: true, page: true, sortOrder: true }, orderBy: [{ sortOrder: "asc" }, { sourceId: "asc" }] } },
          })
        ).map(({ forums, instruments, ...m }) => ({ ...m, forumIds: ids(forums), instrumentIds: ids(instruments) })),
      count: () => prisma.milestone.count(),
    },
    {
      // After milestones: a rule names the milestones that opened, closed or are linked to it.
      name: "jurisdictionRules",
      page: async (a) =>
        (
          await prisma.jurisdictionRule.findMany({
            ...byId(a),
            include: { crimes: idOnly, accusedKinds: idOnly, levels: idOnly, modes: idOnly, linkedMilestones: idOnly },
          })
        ).map(({ crimes, accusedKinds, levels, modes, linkedMilestones, ...r }) => ({
          ...r,
          crimeIds: ids(crimes),
          accusedKindIds: ids(accusedKinds),
          levelIds: ids(levels),
          modeIds: ids(modes),
          linkedMilestoneIds: ids(linkedMilestones),
        })),
      count: () => prisma.jurisdictionRule.count(),
    },
    {
      // The complementarity split: policy, not jurisdiction. After the reference data it names.
      name: "complementarityPolicies",
      page: async (a) =>
        (await prisma.complementarityPolicy.findMany({ ...byId(a), include: { crimes: idOnly, accusedKinds: idOnly, levels: idOnly } })).map(
          ({ crimes, accusedKinds, levels, ...p }) => ({ ...p, crimeIds: ids(crimes), accusedKindIds: ids(accusedKinds), levelIds: ids(levels) }),
        ),
      count: () => prisma.complementarityPolicy.count(),
    },
    { name: "accused", page: (a) => prisma.accused.findMany(byId(a)), count: () => prisma.accused.count() },
    // Other spellings of an accused's name, with their search keys as stored.
    { name: "accusedAliases", page: (a) => prisma.accusedAlias.findMany(byId(a)), count: () => prisma.accusedAlias.count() },
    {
      name: "cases",
      page: async (a) =>
        (
          await prisma.case.findMany({
            ...byId(a),
            include: { accused: { select: { accusedId: true }, orderBy: { accusedId: "asc" } }, sources: { select: { sourceId: true, locator: true }, orderBy: { sourceId: "asc" } }, milestones: idOnly },
          })
        ).map(({ accused, milestones, ...c }) => ({ ...c, accusedIds: accused.map((x) => x.accusedId), milestoneIds: ids(milestones) })),
      count: () => prisma.case.count(),
    },
    { name: "charges", page: (a) => prisma.charge.findMany(byId(a)), count: () => prisma.charge.count() },
    { name: "stageChanges", page: (a) => prisma.stageChange.findMany(byId(a)), count: () => prisma.stageChange.count() },
    {
      name: "annotations",
      page: (a) => prisma.annotation.findMany({ ...byId(a), include: { versions: { orderBy: { version: "asc" } } } }),
      count: () => prisma.annotation.count(),
    },
    // An attachment names its blob, its record (a source, a case or a milestone) and its uploader.
    { name: "documentAttachments", page: (a) => prisma.documentAttachment.findMany(byId(a)), count: () => prisma.documentAttachment.count() },
    // Last: a translation names its record by model and id (no foreign key), any record above.
    { name: "translations", page: (a) => prisma.translation.findMany(byId(a)), count: () => prisma.translation.count() },
  ];
}

function serialise(row: Row): string {
  const out = plain(row);
  for (const [key, value] of Object.entries(out)) {
    if (Array.isArray(value)) out[key] = value.map((v) => (v && typeof v === "object" && !Array.isArray(v) ? plain(v as Row) : v));
  }
  return JSON.stringify(out);
}

/**
 * Where the documents' bytes go: `from` is the tracker's store, `to` the folder beside the dump
 * (any DocumentStore). Each is copied through `stage`, hashed on the way, and refused when it is
 * missing or does not match its SHA-256, so a dump never carries bytes it cannot vouch for.
 */
export type DumpDocuments = { from: DocumentStore; to: DocumentStore };

/**
 * Writes the dump through `write`, which may return a promise (a file stream's backpressure).
 * Returns how many rows each array got. A tracker holding documents needs `documents`: a dump
 * without their bytes would not be whole.
 */
export async function writeDump(prisma: PrismaClient, write: (text: string) => unknown, now: Date, documents?: DumpDocuments): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await write(`{"format":${JSON.stringify(DUMP_FORMAT)},"version":${DUMP_VERSION},"exportedAt":${JSON.stringify(now.toISOString())}`);
  for (const table of dumpTables(prisma)) {
    await write(`,\n${JSON.stringify(table.name)}:[`);
    let count = 0;
    let after: string | null = null;
    for (;;) {
      const rows: Row[] = await table.page(after);
      if (rows.length === 0) break;
      if (table.name === DOCUMENT_BLOBS) await copyBytes(rows, documents);
      let chunk = "";
      for (const row of rows) chunk += `${count++ === 0 ? "\n" : ",\n"}${serialise(row)}`;
      await write(chunk);
      if (rows.length < PAGE) break;
      const last = rows.at(-1)!;
      after = table.cursor ? table.cursor(last) : (last[table.key ?? "id"] as string);
    }
    await write(count === 0 ? "]" : "\n]");
    counts[table.name] = count;
  }
  await write(`,\n"counts":${JSON.stringify(counts)}\n}\n`);
  return counts;
}

/** Copies the bytes of a page of documents beside the dump, checked; refuses (naming the document) bytes missing or changed. */
async function copyBytes(rows: Row[], documents: DumpDocuments | undefined): Promise<void> {
  if (!documents) throw new Error("The tracker holds documents, and this export was given no folder for their bytes: a dump without them would not be whole.");
  for (const row of rows) {
    const blob = { sha256: row.sha256 as string, size: row.size as number, mediaType: row.mediaType as string };
    const copy = await stageVerifiedCopy(documents.from, documents.to, blob);
    if (!copy.ok) throw new Error(`The document ${blob.sha256} ${copy.problem}. The export stopped: run \`npm run documents:sweep\` to list what is wrong.`);
    await documents.to.commit(copy.staged);
  }
}
