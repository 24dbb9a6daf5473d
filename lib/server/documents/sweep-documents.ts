import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { lockDocument } from "./document-lock";
import type { DocumentStore } from "./document-store";

/** How old a leftover must be before the sweep removes it: longer than any upload takes. */
export const SWEEP_GRACE_MS = 60 * 60 * 1000;

export type SweepReport = {
  /** Staged uploads a crash (or a killed server) left behind, removed. */
  stagedRemoved: number;
  /** Stored bytes that no DocumentBlob row names (a crash between the commit of the bytes and of their rows), removed. */
  unnamedRemoved: string[];
  /** Rows whose bytes are missing: never made by the tracker (the bytes are in place before the rows commit), reported for the operator. */
  rowsWithoutBytes: string[];
};

/**
 * Removes what a crash can leave in the document store (docs/decisions/049-documents-stored-by-fingerprint.md):
 * staged uploads, and stored bytes that no row names, once older than `graceMs` (an upload in
 * progress is younger). Each removal of bytes happens under the lock an upload of the same
 * SHA-256 takes, after checking again that no row names them, so it never races a commit.
 * Runs when the server starts (instrumentation.ts) and as `npm run documents:sweep`.
 */
export async function sweepDocuments({ prisma, store, graceMs = SWEEP_GRACE_MS, now = new Date() }: { prisma: PrismaClient; store: DocumentStore; graceMs?: number; now?: Date }): Promise<SweepReport> {
  const before = now.getTime() - graceMs;
  const report: SweepReport = { stagedRemoved: 0, unnamedRemoved: [], rowsWithoutBytes: [] };

  for await (const staged of store.listStaged()) {
    if (staged.writtenAt.getTime() > before) continue;
    await store.removeStaged(staged.id);
    report.stagedRemoved += 1;
  }

  const stored = new Set<string>();
  for await (const blob of store.list()) {
    stored.add(blob.sha256);
    if (blob.writtenAt.getTime() > before) continue;
    const named = await prisma.documentBlob.findUnique({ where: { sha256: blob.sha256 }, select: { sha256: true } });
    if (named) continue;
    const removed = await prisma.$transaction(async (tx) => {
      await lockDocument(tx, blob.sha256);
      if (await tx.documentBlob.findUnique({ where: { sha256: blob.sha256 }, select: { sha256: true } })) return false;
      // An upload of the same bytes that committed meanwhile wrote a fresh file (and a row).
      const written = await store.writtenAt(blob.sha256);
      if (!written || written.getTime() > before) return false;
      await store.delete(blob.sha256);
      return true;
    });
    if (removed) {
      report.unnamedRemoved.push(blob.sha256);
      stored.delete(blob.sha256);
    }
  }

  let cursor: string | undefined;
  for (;;) {
    const rows = await prisma.documentBlob.findMany({ select: { sha256: true }, orderBy: { sha256: "asc" }, take: 1000, ...(cursor ? { cursor: { sha256: cursor }, skip: 1 } : {}) });
    for (const row of rows) if (!stored.has(row.sha256) && !(await store.writtenAt(row.sha256))) report.rowsWithoutBytes.push(row.sha256);
    if (rows.length < 1000) break;
    cursor = rows.at(-1)!.sha256;
  }
  return report;
}

/** The sweep this server runs once it has started, in the background: logs what it removed, never fails the server. */
export async function sweepOnStart(log: (line: string) => void = (line) => console.log(`[tracker] ${line}`)): Promise<void> {
  try {
    const { db } = await import("../db");
    const { documentStore } = await import("./document-store");
    const report = await sweepDocuments({ prisma: db, store: documentStore() });
    if (report.stagedRemoved > 0 || report.unnamedRemoved.length > 0) {
      log(`Document store swept: ${report.stagedRemoved} unfinished upload(s) and ${report.unnamedRemoved.length} file(s) no record names removed.`);
    }
    if (report.rowsWithoutBytes.length > 0) log(`Document store: the bytes of ${report.rowsWithoutBytes.length} document(s) are missing: ${report.rowsWithoutBytes.join(", ")}.`);
  } catch (error) {
    console.error("[tracker] sweeping the document store failed:", (error as Error).message);
  }
}
