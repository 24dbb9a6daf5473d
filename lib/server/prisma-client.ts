/**
 * Builds a Prisma client on the right driver adapter. The app uses the singleton in db.ts; the
 * start script, the seed and the tests call this directly (they run outside a React server).
 */
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatabaseTarget } from "./env";

export type Database = {
  prisma: PrismaClient;
  target: DatabaseTarget;
  /** Disconnects, and closes PGlite cleanly: a directory left open can be unusable afterwards. */
  close(): Promise<void>;
};

export function createDatabase(target: DatabaseTarget): Database {
  if (target.kind === "postgres") {
    // No JIT: compiling a plan costs 50-150 ms, more than the list's and the matrix's queries
    // themselves take at 200,000 cases (docs/decisions/016-counts-at-scale.md).
    const pool = new pg.Pool({ connectionString: target.url, max: 10, options: "-c jit=off" });
    // An idle connection the server dropped is replaced on next use; unheard, the error would end the process.
    pool.on("error", (error) => console.error("[tracker] an idle database connection failed:", error.message));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    let ended: Promise<void> | null = null;
    return {
      prisma,
      target,
      async close() {
        await prisma.$disconnect();
        await (ended ??= pool.end());
      },
    };
  }
  const pglite = new PGlite({ dataDir: target.dataDir });
  // pglite-prisma-adapter 0.6 types itself against driver-adapter-utils 6.10; same runtime shape.
  const adapter = new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory;
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    target,
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/**
 * What a database's data is at this moment, as text: `pg_current_snapshot()` changes whenever a
 * transaction that wrote ends. With the server's start time, since a server restored or failed
 * over behind the same address may hand out a snapshot seen before, over other data. The key of
 * the page cache (decision 017) and of the reference data held in memory (decision 020).
 */
export async function databaseSnapshot(database: Database): Promise<string> {
  const [row] = await database.prisma.$queryRaw<{ snapshot: string }[]>`SELECT pg_postmaster_start_time()::text || '/' || pg_current_snapshot()::text AS snapshot`;
  return row!.snapshot;
}

// One database per process. The key lives on globalThis so that Next's separately bundled route
// modules, dev-mode reloads and the server's shutdown hook (scripts/server.ts) share it.
const KEY = Symbol.for("tracker.database");
type Holder = { [KEY]?: Database };

export function sharedDatabase(target: () => DatabaseTarget): Database {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= createDatabase(target()));
}

/** Closes the process's shared database, if it was opened. */
export async function closeSharedDatabase(): Promise<void> {
  const holder = globalThis as Holder;
  const open = holder[KEY];
  delete holder[KEY];
  await open?.close();
}
