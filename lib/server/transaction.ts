import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { AppError } from "./errors";

/** The client a use case writes with inside a transaction: its own, or its caller's. */
export type Tx = Prisma.TransactionClient;

/** Interactive transactions on a busy machine: more room than Prisma's 5-second default. */
export const TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 } as const;

/** How many times a use case's own transaction is run when PostgreSQL aborts it for a conflict. */
const TRIES = 3;

// PostgreSQL's deadlock_detected and serialization_failure, and Prisma's name for either.
const CONFLICT_CODES = new Set(["40P01", "40001", "P2034"]);

/**
 * Whether PostgreSQL aborted a transaction only because another one wrote the same rows at the same
 * moment (a deadlock, or a serialization failure), however Prisma and the driver adapter wrap it.
 * Nothing of such a transaction was written, so running it again is safe.
 */
export function isWriteConflict(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    // Prisma's own code, a raw query's SQLSTATE in `meta.code`, or the driver adapter's `originalCode`.
    const { code, originalCode, meta } = e as { code?: unknown; originalCode?: unknown; meta?: { code?: unknown } };
    if ([code, originalCode, meta?.code].some((c) => typeof c === "string" && CONFLICT_CODES.has(c))) return true;
    const wrapped = e as { driverAdapterError?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
    e = wrapped.driverAdapterError ?? wrapped.meta?.driverAdapterError ?? wrapped.cause;
  }
  return false;
}

/**
 * Runs a use case's writes in its own transaction, or in the caller's when given one: the bulk
 * import (lib/server/import) runs each record's use case inside its single all-or-nothing
 * transaction, so an imported record is checked and written exactly as the form's would be.
 *
 * Its own transaction is run again (up to three times in all) when PostgreSQL aborts it to break
 * a deadlock with another user's write (docs/decisions/054-writes-retried-after-a-deadlock.md):
 * `run` must therefore only write through `tx`. A caller's transaction is the caller's to retry.
 */
export async function inTransaction<T>(outer: Tx | undefined, run: (tx: Tx) => Promise<T>, options?: { timeout: number; maxWait: number }): Promise<T> {
  if (outer) return run(outer);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(run, options);
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      if (attempt >= TRIES) {
        throw new AppError("CONFLICT", "Others were saving the same records at the same moment, and your change could not be written after three tries: nothing was saved. Save again.");
      }
      // A short, random pause, so the two writers do not meet again at the same instant.
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80 * attempt));
    }
  }
}
