import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DocumentStore } from "./document-store";
import { EXTRACTION_LIMITS, extractText, type Extraction, type ExtractionLimits } from "./extract-text";

/**
 * The background job that extracts the text of documents (docs/decisions/050-text-extraction-and-search-inside-documents.md).
 *
 * A blob waits in QUEUED (the upload writes it so). A job claims one in a short statement
 * (`FOR UPDATE SKIP LOCKED`, so two servers never claim the same), stamping `textClaimedAt` and
 * counting the attempt; reads the text outside any transaction (a PDF can take seconds, and the
 * embedded database serves one transaction at a time); then writes the pages and the state in one
 * transaction, only if its claim still stands. A server that dies mid-extraction leaves the blob
 * QUEUED with an old claim: once the claim is older than the lease, any job takes it again. After
 * `maxAttempts` claims that never finished (a file that kills the server each time), it is FAILED.
 */

/** How long a claim holds: longer than an extraction may take (EXTRACTION_LIMITS.maxMs). */
export const EXTRACTION_LEASE_MS = 10 * 60 * 1000;
export const MAX_EXTRACTION_ATTEMPTS = 3;
const PAGES_PER_INSERT = 50;

type Claim = { sha256: string; mediaType: string; attempts: number; claimedAt: Date };

type JobOptions = { prisma: PrismaClient; store: DocumentStore; leaseMs?: number; maxAttempts?: number; limits?: ExtractionLimits };

/** Claims the oldest QUEUED blob that no live job holds, or null when there is none. */
export async function claimQueuedDocument({ prisma, leaseMs = EXTRACTION_LEASE_MS }: Pick<JobOptions, "prisma" | "leaseMs">): Promise<Claim | null> {
  // Timestamps without a zone are written by Prisma in UTC; the claim compares and stamps in UTC too.
  const rows = await prisma.$queryRaw<Claim[]>`
    UPDATE "DocumentBlob" b
       SET "textClaimedAt" = (now() AT TIME ZONE 'UTC'), "textAttempts" = b."textAttempts" + 1
     WHERE b.sha256 = (
             SELECT sha256 FROM "DocumentBlob"
              WHERE "textState" = 'QUEUED'
                AND ("textClaimedAt" IS NULL OR "textClaimedAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${leaseMs / 1000}::float8))
              ORDER BY "createdAt", sha256
              LIMIT 1
                FOR UPDATE SKIP LOCKED)
    RETURNING b.sha256, b."mediaType", b."textAttempts" AS attempts, b."textClaimedAt" AS "claimedAt"`;
  return rows[0] ?? null;
}

/** Writes an extraction's outcome if the claim still stands (no later job took the blob over); true if written. */
export async function finishExtraction(prisma: PrismaClient, claim: Claim, outcome: Extraction): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const held = await tx.documentBlob.updateMany({
      where: { sha256: claim.sha256, textState: "QUEUED", textClaimedAt: claim.claimedAt },
      data: { textState: outcome.state, textReason: outcome.reason, textUpdatedAt: new Date(), textClaimedAt: null },
    });
    if (held.count === 0) return false;
    await tx.documentPage.deleteMany({ where: { sha256: claim.sha256 } });
    if (outcome.state === "DONE") {
      for (let i = 0; i < outcome.pages.length; i += PAGES_PER_INSERT) {
        await tx.documentPage.createMany({ data: outcome.pages.slice(i, i + PAGES_PER_INSERT).map((text, k) => ({ sha256: claim.sha256, page: i + k + 1, text: withoutNul(text) })) });
      }
    }
    return true;
  }, { timeout: 60_000, maxWait: 10_000 });
}

/** PostgreSQL's text cannot hold NUL. */
const withoutNul = (text: string) => text.replace(/\0/g, "");

/**
 * Extracts QUEUED documents until none is left for this job; returns the SHA-256 of each it
 * finished. Used by the server (kickExtraction) and by the tests, with their own store and limits.
 */
export async function extractQueuedDocuments({ prisma, store, leaseMs, maxAttempts = MAX_EXTRACTION_ATTEMPTS, limits = EXTRACTION_LIMITS }: JobOptions): Promise<string[]> {
  const done: string[] = [];
  for (;;) {
    const claim = await claimQueuedDocument({ prisma, leaseMs });
    if (!claim) return done;
    const outcome: Extraction =
      claim.attempts > maxAttempts
        ? { state: "FAILED", reason: `Reading the text was started ${maxAttempts} times and never finished (the server stopped during it); it is not tried again.` }
        : await extractText(claim.mediaType, async () => {
            const found = await store.get(claim.sha256);
            if (!found) throw new Error("the document's bytes are missing from the document store");
            return found.stream;
          }, limits);
    if (await finishExtraction(prisma, claim, outcome)) done.push(claim.sha256);
  }
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Starts this server's job in the background if it is not running (else makes it look again once
 * done): after an upload, at start and every few minutes (instrumentation.ts). Never throws.
 */
export function kickExtraction(): void {
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    try {
      const { db } = await import("../db");
      const { documentStore } = await import("./document-store");
      do {
        again = false;
        await extractQueuedDocuments({ prisma: db, store: documentStore() });
      } while (again);
    } catch (error) {
      console.error("[tracker] extracting the text of documents failed:", (error as Error).message);
    }
  })().finally(() => {
    running = null;
  });
}

/** The job at this server's start, then every `everyMs` (claims left by a server that died expire). */
export function startExtractionJob(everyMs = 5 * 60 * 1000): void {
  kickExtraction();
  setInterval(kickExtraction, everyMs).unref();
}
