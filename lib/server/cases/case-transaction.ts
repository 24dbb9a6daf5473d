import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inTransaction as inOuterOrOwn } from "../transaction";

export type Tx = Prisma.TransactionClient;

/** Interactive transactions on a busy machine: more room than Prisma's 5-second default. */
export const TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 } as const;

/** A case use case's writes, in its own transaction or in the caller's (lib/server/transaction.ts). */
export const inTransaction = <T>(outer: Tx | undefined, run: (tx: Tx) => Promise<T>) => inOuterOrOwn(outer, run, TX_OPTIONS);
