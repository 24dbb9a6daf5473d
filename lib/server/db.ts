import "server-only";
import { databaseTarget } from "./env";
import { sharedDatabase, type Database } from "./prisma-client";
import { tableChanges, TABLES_NOTHING_HELD_READS } from "./table-changes";

type Client = ReturnType<typeof sharedDatabase>["prisma"];

// Prisma's model operations that write.
const WRITES = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"]);
const modelsNothingHeldReads = new Set(TABLES_NOTHING_HELD_READS.map((table) => table[0]!.toLowerCase() + table.slice(1)));

/** `run`, then until what was held before the write has heard of it (table-changes.ts). */
function heardAfter<A extends unknown[], R>(database: Database, run: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const result = await run(...args);
    await tableChanges(database).heard();
    return result;
  };
}

/**
 * The one Prisma client of the app. Lazy: nothing connects until the first query, so `next build`
 * never opens the database. A write outside a transaction, and a transaction, return once this
 * process's held values have heard of it (docs/decisions/024-caches-dropped-by-changes.md): the
 * caller's next read then sees its own write, whatever it reads through.
 */
export const db = new Proxy({} as Client, {
  get(_target, property) {
    const database = currentDatabase();
    const prisma = database.prisma;
    const value = Reflect.get(prisma, property, prisma);
    if (property === "$transaction" || property === "$executeRaw" || property === "$executeRawUnsafe") return heardAfter(database, value.bind(prisma));
    if (typeof value === "function") return value.bind(prisma);
    if (typeof property === "string" && !property.startsWith("$") && value && typeof value === "object" && !modelsNothingHeldReads.has(property)) {
      return new Proxy(value, {
        get(model, operation) {
          const method = Reflect.get(model, operation, model);
          if (typeof method !== "function") return method;
          return typeof operation === "string" && WRITES.has(operation) ? heardAfter(database, method.bind(model)) : method.bind(model);
        },
      });
    }
    return value;
  },
});

/** The process's database (what `db` uses), for state kept per database. */
export function currentDatabase(): Database {
  return sharedDatabase(() => databaseTarget());
}
