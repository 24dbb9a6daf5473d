import "server-only";
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

/** The process's database (what `db` uses), for state kept per database. */
export function currentDatabase(): Database {
  return sharedDatabase(() => databaseTarget());
}
