/**
 * A test file's own database with the reference data seeded, the app's shared client pointed at it
 * (DATABASE_URL), a psql-like client beside it, all closed after the file:
 *
 *   const seeded = seededDatabase("tracker_refdata");
 *   ... seeded.database.prisma, seeded.psql.query(...), seeded.testDb.url ...
 */
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "./test-database";

export type SeededDatabase = { testDb: TestDatabase; database: Database; psql: pg.Client };

/** Registers the file's beforeAll/afterAll; the fields are set once beforeAll has run. */
export function seededDatabase(prefix: string): SeededDatabase {
  const seeded = {} as SeededDatabase;
  beforeAll(async () => {
    seeded.testDb = await createTestDatabase(prefix);
    seeded.database = createDatabase(seeded.testDb.target);
    await seedReferenceData(seeded.database.prisma);
    seeded.psql = new pg.Client({ connectionString: seeded.testDb.url });
    await seeded.psql.connect();
    process.env.DATABASE_URL = seeded.testDb.url;
  });
  afterAll(async () => {
    await seeded.psql?.end();
    await closeSharedDatabase();
    await seeded.database?.close();
    await seeded.testDb?.drop();
  });
  return seeded;
}
