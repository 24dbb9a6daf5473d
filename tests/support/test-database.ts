/**
 * Fresh databases for tests: each one a copy of the migrated template (see tests/support/postgres.ts),
 * with a unique name, dropped WITH (FORCE) afterwards.
 *
 *   const db = await createTestDatabase();      // in beforeAll / the test
 *   ... db.url, db.target (for createDatabase / prepareDatabase) ...
 *   await db.drop();                            // in afterAll / finally
 */
import { inject } from "vitest";
import type { DatabaseTarget } from "@/lib/server/env";
import { createDatabaseFromTemplate, databaseUrl } from "./postgres";

export type TestDatabase = {
  name: string;
  url: string;
  target: Extract<DatabaseTarget, { kind: "postgres" }>;
  drop(): Promise<void>;
};

export const postgresAdminUrl = () => inject("postgresAdminUrl");
export const postgresTemplate = () => inject("postgresTemplate");
export const templateUrl = () => databaseUrl(postgresAdminUrl(), postgresTemplate());

export async function createTestDatabase(prefix = "tracker_test"): Promise<TestDatabase> {
  const db = await createDatabaseFromTemplate(postgresAdminUrl(), postgresTemplate(), prefix);
  return { ...db, target: { kind: "postgres", url: db.url, label: `PostgreSQL test database ${db.name}` } };
}
