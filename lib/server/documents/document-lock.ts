import "server-only";
import type { Tx } from "../transaction";

/** The first key of the documents' advisory locks, so that they never meet another feature's. */
const DOCUMENT_LOCK_CLASS = 4918;

/**
 * Holds, until the transaction ends, the lock on one SHA-256 that the upload (commit the bytes,
 * write the rows) and the sweep (find no row, remove the bytes) both take: the sweep can never
 * remove bytes between an upload putting them in place and its rows being committed, on this
 * server or another sharing the database. `$executeRaw`, as the lock function returns `void`.
 */
export async function lockDocument(tx: Tx, sha256: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DOCUMENT_LOCK_CLASS}::integer, hashtext(${sha256}))`;
}
