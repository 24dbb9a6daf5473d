import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReadOptions } from "./pg-read";
import { databaseTarget } from "./env";
import { sharedDatabase, type Database } from "./prisma-client";

/**
 * The one Prisma client of the app. Lazy: nothing connects until the first query, so `next build`
 * never opens the database.
 */
export const db = new Proxy({} as ReturnType<typeof sharedDatabase>["prisma"], {
  get(_target, property) {
    const prisma = sharedDatabase(() => databaseTarget()).prisma;
    const value = Reflect.get(prisma, property, prisma);
    return typeof value === "function" ? value.bind(prisma) : value;
  },
});

/** The process's database (what `db` and readRows use), for state kept per database. */
export function currentDatabase(): Database {
  return sharedDatabase(() => databaseTarget());
}

/**
 * A hot read: one read-only statement outside any transaction, rows as `db.$queryRaw` returns
 * them, without Prisma's per-statement cost on a PostgreSQL server (lib/server/pg-read.ts).
 */
export function readRows<T>(statement: Prisma.Sql, options?: ReadOptions): Promise<T[]> {
  return sharedDatabase(() => databaseTarget()).read<T>(statement, options);
}

/** What a read of raw SQL needs of a client: Prisma's, a transaction's, or preparedReads. */
export type SqlReader = { $queryRaw<T = unknown>(statement: Prisma.Sql): Promise<T> };

/** readRows for code written against a client's `$queryRaw`, preparing each statement (ReadOptions.prepared): only for statements of one fixed shape. */
export const preparedReads: SqlReader = { $queryRaw: <T>(statement: Prisma.Sql): Promise<T> => readRows(statement, { prepared: true }) as Promise<T> };
