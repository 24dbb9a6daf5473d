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
  /**
   * Hears the notifications on `channel` (lib/server/table-changes.ts): on a PostgreSQL server
   * through a connection of its own, outside the pool; on PGlite, which tells its one connection's
   * notifications as each statement ends. `onLost` is called if the connection ends; the returned
   * function stops listening.
   */
  listen(channel: string, onNotice: (payload: string) => void, onLost: () => void): Promise<() => Promise<void>>;
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
    const listeners = new Set<() => Promise<void>>();
    let ended: Promise<void> | null = null;
    return {
      prisma,
      target,
      async listen(channel, onNotice, onLost) {
        const client = new pg.Client({ connectionString: target.url });
        let ending = false;
        const lost = () => {
          if (ending) return;
          ending = true;
          client.end().catch(() => {});
          onLost();
        };
        client.on("notification", (message) => {
          if (message.channel === channel) onNotice(message.payload ?? "");
        });
        client.on("error", lost);
        client.on("end", lost);
        try {
          await client.connect();
          await client.query(`LISTEN "${channel}"`);
        } catch (error) {
          ending = true;
          await client.end().catch(() => {});
          throw error;
        }
        const stop = async () => {
          ending = true;
          listeners.delete(stop);
          await client.end().catch(() => {});
        };
        listeners.add(stop);
        return stop;
      },
      async close() {
        for (const stop of [...listeners]) await stop();
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
    async listen(channel, onNotice) {
      const unlisten = await pglite.listen(channel, onNotice);
      return async () => {
        if (!pglite.closed) await unlisten();
      };
    },
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
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
