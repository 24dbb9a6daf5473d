import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";

/** The client a use case writes with inside a transaction: its own, or its caller's. */
export type Tx = Prisma.TransactionClient;

/** Interactive transactions on a busy machine: more room than Prisma's 5-second default. */
export const TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 } as const;

/**
 * Runs a use case's writes in its own transaction, or in the caller's when given one: the bulk
 * import (lib/server/import) runs each record's use case inside its single all-or-nothing
 * transaction, so an imported record is checked and written exactly as the form's would be.
 */
export function inTransaction<T>(outer: Tx | undefined, run: (tx: Tx) => Promise<T>, options?: { timeout: number; maxWait: number }): Promise<T> {
  return outer ? run(outer) : db.$transaction(run, options);
}
